using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RulesDsl.Compiler.Emit;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// Generated code can do nothing but classify: rules text reaches it only as escaped literals, and the emitted
/// metadata references no I/O, process, reflection, threading, network or native API.
/// </summary>
public class SandboxTests
{
    // C#-looking payloads in every place rules text reaches generated code: the title (strings cannot hold a quote,
    // so the quote comes as a C# escape that would turn into one if spliced), fact, conclusion, rule, parameter and
    // enumeration names.
    private const string Title = @"\u0022); System.IO.File.Delete(\u0022x\u0022); System.Diagnostics.Process.Start(\u0022sh\u0022); typeof(System.IO.File) {0} */ // \";

    private static readonly Lazy<string> Payload = new(() => Built.GpaiText
        .Replace("rules \"General-purpose AI models with systemic risk\"", $"rules \"{Title}\"", StringComparison.Ordinal)
        .Replace("rebuttal_accepted", "typeof", StringComparison.Ordinal)
        .Replace("designated_by_commission", "Process_Start", StringComparison.Ordinal)
        .Replace("systemic_risk", "System_IO_File_Delete", StringComparison.Ordinal)
        .Replace("compute_threshold", "GetType", StringComparison.Ordinal)
        .Replace("biological_sequences", "Thread_Sleep", StringComparison.Ordinal)
        .Replace("high_impact_route", "HttpClient", StringComparison.Ordinal));

    /// <summary>The shipped rules with the payloads, checked.</summary>
    internal static CheckedRules PayloadRules => Built.Check(Payload.Value, "rules/payload.rules");

    private static readonly string[] Forbidden = ["System.IO.", "System.Diagnostics.Process", "System.Reflection.", "System.Threading.", "System.Net.", "System.Type", "System.Activator", "System.Environment", "System.Runtime.InteropServices."];

    [Test]
    public void Payloads_in_every_string_and_name_position_compile_to_an_assembly_that_only_classifies()
    {
        var rules = PayloadRules;
        rules.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        var compiled = Built.Compile(rules);

        compiled.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        compiled.Generated.Source.ShouldNotContain("System.IO.File.Delete(\"x\")");
        var (assemblies, types) = Metadata([.. compiled.Assembly]);
        assemblies.ShouldBeSubsetOf(Sandbox.Assemblies);
        foreach (var type in types)
        {
            Forbidden.ShouldNotContain(f => type.StartsWith(f, StringComparison.Ordinal), $"the classifier refers to {type}");
            (Sandbox.CoreTypes.Contains(type) || type.StartsWith("RulesDsl.Runtime.", StringComparison.Ordinal)).ShouldBeTrue(type);
        }
    }

    [Test]
    public void The_payloads_arrive_as_plain_data_and_the_classifier_still_classifies()
    {
        using var loaded = Built.Load(PayloadRules);
        var classifier = loaded.Classifier;

        classifier.Definition.Title.ShouldBe(Title);
        classifier.Definition.Facts.Select(f => f.Name).ShouldContain("typeof");
        var verdict = classifier.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25).With("typeof", false), Built.Traced);
        verdict.Conclusion.ShouldBe("System_IO_File_Delete");
        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.DecidingRule.ShouldBe("HttpClient");
        classifier.Classify(Built.GeneralPurpose.With("Process_Start", true), Built.Traced).Outcome.ShouldBe(Truth.Yes);
    }

    [Test]
    public void The_shipped_classifier_references_only_the_runtime_and_the_core_library()
    {
        var (assemblies, _) = Metadata([.. Built.Compile(Built.Gpai).Assembly]);

        assemblies.ShouldContain("RulesDsl.Runtime");
        assemblies.ShouldBeSubsetOf(Sandbox.Assemblies);
    }

    // The check itself: code that does reach outside is refused, naming what it used.
    [TestCase("public static class Evil { public static void Go() => System.IO.File.Delete(\"x\"); }", "type 'System.IO.File'")]
    [TestCase("public static class Evil { public static object Go() => typeof(object).Assembly; }", "type 'System.Type'")]
    [TestCase("public static class Evil { public static void Go() => new System.Threading.Thread(() => { }).Start(); }", "type 'System.Threading.Thread'")]
    [TestCase("public static class Evil { public static void Go() => System.Environment.Exit(1); }", "type 'System.Environment'")]
    [TestCase("public static class Evil { [System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int getpid(); }", "native code")]
    public void Code_that_reaches_outside_is_refused(string code, string what)
    {
        var core = typeof(object).Assembly.Location;
        var compilation = CSharpCompilation.Create("Evil", [CSharpSyntaxTree.ParseText(code)],
            [MetadataReference.CreateFromFile(core), MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(core)!, "System.Runtime.dll"))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        compilation.Emit(stream).Success.ShouldBeTrue();

        var diagnostics = Sandbox.Check(stream.ToArray(), new SourcePosition("evil.g.cs", 1, 1)).ToList();

        diagnostics.ShouldContain(d => d.Id == "RD0204" && d.Message.Contains(what, StringComparison.Ordinal) && d.IsError);
    }

    private static (ImmutableHashSet<string> Assemblies, IReadOnlyList<string> Types) Metadata(byte[] assembly)
    {
        using var pe = new PEReader(ImmutableArray.Create(assembly));
        var metadata = pe.GetMetadataReader();
        var assemblies = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToImmutableHashSet();
        return (assemblies, [.. Sandbox.TypeReferences(metadata)]);
    }
}
