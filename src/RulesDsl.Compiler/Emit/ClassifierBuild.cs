using System.Collections.Immutable;
using System.Text;
using RulesDsl.Compiler.Diagnostics;
using RulesDsl.Compiler.Generation;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;

namespace RulesDsl.Compiler.Emit;

/// <summary>One file a build writes: its name in the output folder and its bytes.</summary>
public sealed record BuildFile(string Name, ImmutableArray<byte> Bytes);

/// <summary>What a build gives: every file to write, or none when a diagnostic is an error.</summary>
public sealed record BuildResult(ImmutableArray<BuildFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Checked rules files to the files of their classifiers: per rules file <c>&lt;stem&gt;.dll</c>, <c>&lt;stem&gt;.pdb</c>,
/// the generated <c>&lt;stem&gt;.g.cs</c> for review, and <c>&lt;stem&gt;.manifest.json</c>. All of them or, when any file
/// has an error, none.
/// </summary>
public static class ClassifierBuild
{
    public static BuildResult Compile(IReadOnlyList<CheckedRules> rules, LinkGraph graph, CancellationToken cancellation = default)
    {
        var files = new List<BuildFile>();
        var diagnostics = new List<Diagnostic>();
        var builtBy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // A declarations file is made to be imported: it returns no verdict, so it makes no classifier of its own. Given
        // without any rules file, nothing would be built: each is generated, to report RD0206 at it.
        var buildable = rules.Where(r => !r.Syntax.Header.IsDeclarations).ToList();
        foreach (var file in buildable.Count > 0 ? buildable : rules)
        {
            cancellation.ThrowIfCancellationRequested();
            var generated = ClassifierGenerator.Generate(file, graph);
            // Case-insensitive, as the output folder may be on a file system that is.
            if (!builtBy.TryAdd(generated.AssemblyName, file.Syntax.Path))
            {
                diagnostics.AddRange(file.Diagnostics);
                diagnostics.Add(CompilerDiagnostics.SameOutputName(new SourcePosition(file.Syntax.Path, 1, 1), generated.AssemblyName + ".dll", builtBy[generated.AssemblyName]));
                continue;
            }

            var compiled = ClassifierCompiler.Compile(generated, file.Syntax.Text, file.RuleSet.Imported);
            diagnostics.AddRange(compiled.Diagnostics);
            if (!compiled.HasErrors)
            {
                files.Add(new BuildFile(generated.AssemblyName + ".dll", compiled.Assembly));
                files.Add(new BuildFile(generated.AssemblyName + ".pdb", compiled.Pdb));
                files.Add(new BuildFile(generated.SourcePath, Utf8(generated.Source)));
                files.Add(new BuildFile(generated.AssemblyName + ".manifest.json", Utf8(generated.Manifest.ToJson())));
            }
        }

        return diagnostics.Any(d => d.IsError) ? new BuildResult([], [.. diagnostics]) : new BuildResult([.. files], [.. diagnostics]);
    }

    private static ImmutableArray<byte> Utf8(string text) => [.. Encoding.UTF8.GetBytes(text)];
}
