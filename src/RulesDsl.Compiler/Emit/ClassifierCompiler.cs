using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using RulesDsl.Language.Syntax;
using RulesDsl.Compiler.Diagnostics;
using RulesDsl.Compiler.Generation;
using RulesDsl.Diagnostics;
using RulesDsl.Runtime;
using Diagnostic = RulesDsl.Diagnostics.Diagnostic;

namespace RulesDsl.Compiler.Emit;

/// <summary>A classifier assembly and its pdb, as bytes, with what was generated and every diagnostic.</summary>
/// <param name="Assembly">Empty when there are errors.</param>
public sealed record CompiledClassifier(GeneratedClassifier Generated, ImmutableArray<byte> Assembly, ImmutableArray<byte> Pdb, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Compiles generated C# with Roslyn into a classifier assembly: deterministic (equal sources give equal bytes),
/// referencing only the runtime and the core library, its manifest embedded, and checked against the sandbox before
/// anyone loads it.
/// </summary>
public static class ClassifierCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        deterministic: true,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false);

    /// <summary>The runtime and the core library's facade and implementation: all generated code may see.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        MetadataReference.CreateFromFile(typeof(Classifier).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
        MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll")),
    ]);

    public static CompiledClassifier Compile(GeneratedClassifier generated, string? rulesText = null, IEnumerable<RulesFile>? imported = null)
    {
        if (generated.HasErrors)
        {
            return new CompiledClassifier(generated, [], [], generated.Diagnostics);
        }

        var text = SourceText.From(generated.Source, Encoding.UTF8);
        var tree = CSharpSyntaxTree.ParseText(text, ParseOptions, generated.SourcePath);
        var compilation = CSharpCompilation.Create(generated.AssemblyName, [tree], References.Value, Options);
        var manifest = Encoding.UTF8.GetBytes(generated.Manifest.ToJson());
        imported ??= [];
        var embedded = new List<EmbeddedText> { EmbeddedText.FromSource(generated.SourcePath, text) };
        if (rulesText is not null)
        {
            // The rules file itself, so that a debugger stepping through #line-mapped code shows the rules.
            embedded.Add(EmbeddedText.FromSource(generated.Manifest.RulesFiles[0].Path, SourceText.From(rulesText, Encoding.UTF8)));
        }

        // The files it imports, which #line directives name as well.
        embedded.AddRange(imported.Select(file => EmbeddedText.FromSource(file.Path, SourceText.From(file.Text, Encoding.UTF8))));

        using var assembly = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(
            assembly,
            pdb,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: generated.AssemblyName + ".pdb"),
            manifestResources: [new ResourceDescription(ClassifierManifest.ResourceName, () => new MemoryStream(manifest), isPublic: true)],
            embeddedTexts: embedded);
        var diagnostics = generated.Diagnostics.Concat(result.Diagnostics
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => CompilerDiagnostics.GeneratedCodeError(Position(d, generated), d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        if (!result.Success || diagnostics.Any(d => d.IsError))
        {
            return new CompiledClassifier(generated, [], [], [.. diagnostics]);
        }

        var bytes = assembly.ToArray();
        diagnostics.AddRange(Sandbox.Check(bytes, new SourcePosition(generated.SourcePath, 1, 1)));
        return diagnostics.Any(d => d.IsError)
            ? new CompiledClassifier(generated, [], [], [.. diagnostics])
            : new CompiledClassifier(generated, [.. bytes], [.. pdb.ToArray()], [.. diagnostics]);
    }

    /// <summary>Where a Roslyn message points: the rules line its #line maps to, else the generated file.</summary>
    /// <summary>
    /// Compiles a small class the way <see cref="Compile"/> compiles a classifier, laid out as the generator lays one
    /// out, and throws the result away: what a fresh process pays for Roslyn's first use (its assemblies loaded, its
    /// types initialised, what ReadyToRun could not precompile) paid on another core while the rules are still being
    /// read and checked. True when the class compiled, as it must for the warm-up to have gone all the way through.
    /// </summary>
    public static bool WarmUp()
    {
        const string Source = "namespace W { public sealed class C { public static int F(int[] a) { var s = 0; foreach (var x in a) { s += x switch { 0 => 1, _ => x }; } System.Func<int, bool> p = static y => y > 1; return p(s) ? s : -s; } } }";
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(Source, Encoding.UTF8), ParseOptions, "warm-up.cs");
        _ = tree.GetRoot().NormalizeWhitespace(eol: "\n").ToFullString();
        var compilation = CSharpCompilation.Create("warm-up", [tree], References.Value, Options);
        using var assembly = new MemoryStream();
        using var pdb = new MemoryStream();
        return compilation.Emit(assembly, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: "warm-up.pdb")).Success;
    }

    private static SourcePosition Position(Microsoft.CodeAnalysis.Diagnostic diagnostic, GeneratedClassifier generated)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var file = span.HasMappedPath ? span.Path : generated.SourcePath;
        return new SourcePosition(file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
