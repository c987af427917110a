using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;
using RulesDsl.Language.Checking;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// The classifier cache loads only what it proves to be the build of the rules (issue 14): every substitution an
/// adversary or a broken disk makes under a cached key is refused with RD0340, removed and rebuilt, and the verdict
/// stays that of the shipped rules.
/// </summary>
[NonParallelizable]
public class CacheTests
{
    private string cacheFolder = "";

    // Article 51(2): above 10^25 FLOP the model is presumed to have high-impact capabilities.
    private static readonly Facts Above = Built.GeneralPurpose.With("training_compute", 3e25).With("high_impact_capabilities_assessed", false)
        .With("designated_by_commission", false);

    [SetUp]
    public void CreateCache() => cacheFolder = Directory.CreateTempSubdirectory("rulesdsl-cache-").FullName;

    [TearDown]
    public void RemoveCache() => Directory.Delete(cacheFolder, recursive: true);

    [Test]
    public void A_proven_entry_is_loaded_without_compiling_and_without_a_warning()
    {
        var key = Fill();

        var result = Load();

        using var loaded = result.Classifier.ShouldNotBeNull();
        loaded.FromCache.ShouldBeTrue();
        loaded.Key.ShouldBe(key);
        result.Cache.ShouldBeEmpty();
        loaded.Classifier.Classify(Above, Built.Traced).Outcome.ShouldBe(Truth.Yes);
    }

    [Test]
    public void A_dll_of_other_rules_under_the_key_with_its_hash_recorded_is_refused_by_its_manifest()
    {
        var key = Fill();
        // The same rules with the threshold at 5e25: 3e25 FLOP would no longer be presumed.
        Substitute(key, [.. Built.Compile(Threshold("5e25")).Assembly]);

        RefusedAndRebuilt(key, "built from other rules");
    }

    [Test]
    public void A_dll_of_other_rules_copied_over_the_entry_is_refused_by_its_hash()
    {
        var key = Fill();
        File.WriteAllBytes(Dll(key), [.. Built.Compile(Threshold("5e25")).Assembly]);

        RefusedAndRebuilt(key, "its hash differs");
    }

    [Test]
    public void An_empty_dll_is_refused()
    {
        var key = Fill();
        Substitute(key, []);

        RefusedAndRebuilt(key, "not an assembly");
    }

    [Test]
    public void A_truncated_dll_is_refused()
    {
        var key = Fill();
        var dll = File.ReadAllBytes(Dll(key));
        Substitute(key, dll[..(dll.Length / 2)]);

        RefusedAndRebuilt(key, "not an assembly");
    }

    [Test]
    public void Random_bytes_are_refused()
    {
        var key = Fill();
        var bytes = new byte[4096];
        new Random(14).NextBytes(bytes);
        Substitute(key, bytes);

        RefusedAndRebuilt(key, "not an assembly");
    }

    [Test]
    public void A_dll_whose_static_constructor_writes_a_file_is_refused_before_any_of_it_runs()
    {
        var key = Fill();
        var written = Path.Combine(cacheFolder, "static-constructor-ran");
        Substitute(key, WritesOnLoad(written));

        RefusedAndRebuilt(key, "outside the sandbox");

        File.Exists(written).ShouldBeFalse();
    }

    [Test]
    public void An_entry_recorded_by_another_runtime_or_compiler_is_refused()
    {
        var key = Fill();
        var record = CacheRecord.FromJson(File.ReadAllText(Record(key)))!;
        File.WriteAllText(Record(key), (record with { Tools = record.Tools.Replace("runtime ", "runtime 0.9.0 ", StringComparison.Ordinal) }).ToJson());

        RefusedAndRebuilt(key, "other versions");
    }

    [Test]
    public void An_entry_of_the_old_layout_without_a_record_is_refused()
    {
        var key = Fill();
        File.Delete(Record(key));

        RefusedAndRebuilt(key, "incomplete");
    }

    [Test]
    public void The_key_covers_the_compiler_the_runtime_and_the_sandbox()
    {
        ClassifierCache.Tools.ShouldContain("roslyn " + typeof(CSharpCompilation).Assembly.GetName().Version!.ToString(3), Case.Sensitive);
        ClassifierCache.Tools.ShouldContain(typeof(Classifier).Assembly.ManifestModule.ModuleVersionId.ToString(), Case.Sensitive);
        ClassifierCache.Tools.ShouldContain("System.Private.CoreLib", Case.Sensitive);
        File.ReadAllText(Record(Fill())).ShouldContain(typeof(Classifier).Assembly.ManifestModule.ModuleVersionId.ToString(), Case.Sensitive);
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_cache_folder_is_created_readable_by_its_user_only()
    {
        var folder = Path.Combine(cacheFolder, "new", "rulesdsl");

        using var loaded = new ClassifierLoader(new ClassifierCache(folder)).Load(Built.Gpai, Built.Corpus).Classifier.ShouldNotBeNull();

        File.GetUnixFileMode(folder).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.GetFiles(folder).Select(Path.GetFileName).Order().ShouldBe([loaded.Key + ".dll", loaded.Key + ".json", loaded.Key + ".pdb"]);
    }

    /// <summary>
    /// The load reports the entry once, with the reason, at the rules file; loads the rules' own build; leaves a proven
    /// entry behind, which the next load takes without a warning.
    /// </summary>
    private void RefusedAndRebuilt(string key, string reason)
    {
        var result = Load();

        using (var loaded = result.Classifier.ShouldNotBeNull())
        {
            loaded.FromCache.ShouldBeFalse();
            loaded.Classifier.Classify(Above, Built.Traced).Outcome.ShouldBe(Truth.Yes);
        }

        var warning = result.Cache.ShouldHaveSingleItem();
        warning.Id.ShouldBe("RD0340");
        warning.IsError.ShouldBeFalse();
        warning.Position.File.ShouldBe(Built.Gpai.Syntax.Path);
        warning.Message.ShouldContain(reason);
        warning.Message.ShouldContain(key);
        result.Diagnostics.ShouldContain(warning);

        var again = Load();
        using var next = again.Classifier.ShouldNotBeNull();
        again.Cache.ShouldBeEmpty();
        next.FromCache.ShouldBeTrue();
        next.Classifier.Classify(Above, Built.Traced).Outcome.ShouldBe(Truth.Yes);
    }

    private LoadResult Load() => new ClassifierLoader(new ClassifierCache(cacheFolder)).Load(Built.Gpai, Built.Corpus);

    /// <summary>Fills the cache with the shipped rules' build; returns its key.</summary>
    private string Fill()
    {
        using var loaded = Load().Classifier.ShouldNotBeNull();
        File.Exists(Record(loaded.Key)).ShouldBeTrue();
        return loaded.Key;
    }

    /// <summary>Puts bytes in the place of the entry's dll and records their hash, as one who can write the folder would.</summary>
    private void Substitute(string key, byte[] dll)
    {
        File.WriteAllBytes(Dll(key), dll);
        var record = CacheRecord.FromJson(File.ReadAllText(Record(key)))!;
        File.WriteAllText(Record(key), (record with { AssemblySha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(dll)) }).ToJson());
    }

    private string Dll(string key) => Path.Combine(cacheFolder, key + ".dll");

    private string Record(string key) => Path.Combine(cacheFolder, key + ".json");

    /// <summary>
    /// The shipped rules' own classifier, manifest and all, with a static constructor that writes a file: were it
    /// loaded, creating the classifier would run it.
    /// </summary>
    private static byte[] WritesOnLoad(string path)
    {
        var generated = ClassifierGenerator.Generate(Built.Gpai, Built.Corpus);
        var tree = CSharpSyntaxTree.ParseText(generated.Source, new CSharpParseOptions(LanguageVersion.Latest));
        var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.BaseList is not null);
        var constructor = SyntaxFactory.ParseMemberDeclaration(
            $"static {type.Identifier.Text}() {{ System.IO.File.WriteAllText({SymbolDisplay.FormatLiteral(path, quote: true)}, \"ran\"); }}")!;
        var root = tree.GetRoot().ReplaceNode(type, type.AddMembers(constructor));
        var core = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var compilation = CSharpCompilation.Create(generated.AssemblyName, [root.SyntaxTree],
            [
                MetadataReference.CreateFromFile(typeof(Classifier).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
                MetadataReference.CreateFromFile(Path.Combine(core, "System.Runtime.dll")),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var manifest = Encoding.UTF8.GetBytes(generated.Manifest.ToJson());
        using var assembly = new MemoryStream();
        var emitted = compilation.Emit(assembly, manifestResources: [new ResourceDescription(ClassifierManifest.ResourceName, () => new MemoryStream(manifest), isPublic: true)]);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        return assembly.ToArray();
    }

    private static CheckedRules Threshold(string value) =>
        Built.Check(Built.Gpai.Syntax.Text.Replace("value 10^25 FLOP", $"value {value} FLOP", StringComparison.Ordinal), Built.GpaiPath);
}
