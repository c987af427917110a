using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesDsl.Caching;
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
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private string cacheFolder = "";
    private string keyFolder = "";

    // Article 51(2): above 10^25 FLOP the model is presumed to have high-impact capabilities.
    private static readonly Facts Above = Built.GeneralPurpose.With("training_compute", 3e25).With("high_impact_capabilities_assessed", false)
        .With("designated_by_commission", false);

    [SetUp]
    public void CreateCache()
    {
        cacheFolder = Directory.CreateTempSubdirectory("rulesdsl-cache-").FullName;
        keyFolder = Directory.CreateTempSubdirectory("rulesdsl-key-").FullName;
    }

    [TearDown]
    public void RemoveCache()
    {
        Directory.Delete(cacheFolder, recursive: true);
        Directory.Delete(keyFolder, recursive: true);
    }

    private string KeyFile => Path.Combine(keyFolder, "config", "rulesdsl", "cache.key");

    private ClassifierCache Cache => new(cacheFolder, KeyFile);

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
    public void A_dll_of_other_rules_with_the_manifest_copied_and_its_hash_recomputed_is_refused_by_the_MAC()
    {
        var key = Fill();
        var forged = Forged();
        // Every other check passes: the forged dll embeds the manifest just generated and stays in the sandbox.
        ClassifierCache.Verify(forged, ClassifierGenerator.Generate(Built.Gpai, Built.Corpus).Manifest.ToJson()).ShouldBeNull();
        File.WriteAllBytes(Dll(key), forged);
        var record = CacheRecord.FromJson(File.ReadAllText(Record(key)))!;
        File.WriteAllText(Record(key), (record with { AssemblySha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(forged)) }).ToJson());

        RefusedAndRebuilt(key, "not signed with this user's cache key");
    }

    [Test]
    public void Signed_with_the_users_key_the_forged_dll_would_be_loaded_and_change_the_verdict()
    {
        // What the MAC stops: the same forgery, signed as only the user's own rulesdsl can, is a proven entry.
        var key = Fill();
        Substitute(key, Forged());

        var result = Load();

        using var loaded = result.Classifier.ShouldNotBeNull();
        loaded.FromCache.ShouldBeTrue();
        loaded.Classifier.Classify(Above, Built.Traced).Outcome.ShouldNotBe(Truth.Yes);
    }

    [Test]
    public void An_entry_recorded_without_a_MAC_is_refused()
    {
        var key = Fill();
        var record = CacheRecord.FromJson(File.ReadAllText(Record(key)))!;
        File.WriteAllText(Record(key), (record with { Mac = null }).ToJson());

        RefusedAndRebuilt(key, "not signed");
    }

    [Test]
    public void An_entry_signed_with_another_key_is_refused()
    {
        var key = Fill();
        var other = Path.Combine(keyFolder, "other.key");
        var record = CacheRecord.FromJson(File.ReadAllText(Record(key)))!;
        File.WriteAllText(Record(key), new ClassifierCache(cacheFolder, other).Sign(key, record).ToJson());

        RefusedAndRebuilt(key, "not signed");
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_key_is_made_on_first_use_readable_by_its_user_only_outside_the_cache_folder()
    {
        Fill();

        File.ReadAllBytes(KeyFile).Length.ShouldBe(CacheSigningKey.Length);
        File.GetUnixFileMode(KeyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(Path.GetDirectoryName(KeyFile)!).ShouldBe(Private);
        Directory.GetFiles(cacheFolder).ShouldNotContain(f => f.EndsWith(".key", StringComparison.Ordinal));
    }

    [Test]
    public void The_key_file_is_set_by_RULESDSL_CACHE_KEY_and_is_otherwise_in_the_users_config_folder()
    {
        var before = Environment.GetEnvironmentVariable(CacheSigningKey.Variable);
        try
        {
            Environment.SetEnvironmentVariable(CacheSigningKey.Variable, KeyFile);
            CacheSigningKey.DefaultFile().ShouldBe(KeyFile);
            new ClassifierCache(cacheFolder).KeyFile.ShouldBe(KeyFile);
            Environment.SetEnvironmentVariable(CacheSigningKey.Variable, null);
            CacheSigningKey.DefaultFile().ShouldEndWith(Path.Combine("rulesdsl", "cache.key"));
            CacheSigningKey.DefaultFile().ShouldNotStartWith(ClassifierCache.DefaultFolder());
        }
        finally
        {
            Environment.SetEnvironmentVariable(CacheSigningKey.Variable, before);
        }
    }

    [Test]
    public void A_key_inside_the_cache_folder_is_RD0341_and_the_cache_is_not_used()
    {
        var result = new ClassifierLoader(new ClassifierCache(cacheFolder, Path.Combine(cacheFolder, "cache.key"))).Load(Built.Gpai, Built.Corpus);

        NotUsed(result, "inside the cache folder");
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_cache_folder_of_the_users_own_open_to_others_is_made_private_and_used()
    {
        var key = Fill();
        File.SetUnixFileMode(cacheFolder, Private | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

        var result = Load();

        File.GetUnixFileMode(cacheFolder).ShouldBe(Private);
        result.Cache.ShouldBeEmpty();
        using var loaded = result.Classifier.ShouldNotBeNull();
        loaded.FromCache.ShouldBeTrue();
        loaded.Key.ShouldBe(key);
    }

    [Test]
    [Platform(Include = "Linux")]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_cache_folder_another_user_owns_is_RD0341_and_not_used()
    {
        if (GetEffectiveUser() != 0)
        {
            Assert.Ignore("only root can give a folder to another user");
        }

        var key = Fill();
        File.SetUnixFileMode(cacheFolder, Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        ChangeOwner(cacheFolder, Nobody, Nobody).ShouldBe(0);

        var result = Load();

        NotUsed(result, $"belongs to another user (uid {Nobody})");
        File.Exists(Dll(key)).ShouldBeTrue();
        File.GetUnixFileMode(cacheFolder).ShouldNotBe(Private);
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
        // Roslyn is named without loading it: the identity the compiler was built against and the size and time of the
        // file beside it, which another build of it changes.
        var roslyn = typeof(CSharpCompilation).Assembly;
        var file = new FileInfo(roslyn.Location);
        ClassifierCache.Tools.ShouldContain(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"roslyn {roslyn.GetName().FullName} {file.Length} {file.LastWriteTimeUtc.Ticks}"), Case.Sensitive);
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

        using var loaded = new ClassifierLoader(new ClassifierCache(folder, KeyFile)).Load(Built.Gpai, Built.Corpus).Classifier.ShouldNotBeNull();

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

    /// <summary>The cache is reported once, at the rules file, and left alone; the rules' own build gives the verdict.</summary>
    private static void NotUsed(LoadResult result, string reason)
    {
        var warning = result.Cache.ShouldHaveSingleItem();
        warning.Id.ShouldBe("RD0341");
        warning.IsError.ShouldBeFalse();
        warning.Position.File.ShouldBe(Built.Gpai.Syntax.Path);
        warning.Message.ShouldContain(reason);
        using var loaded = result.Classifier.ShouldNotBeNull();
        loaded.FromCache.ShouldBeFalse();
        loaded.Classifier.Classify(Above, Built.Traced).Outcome.ShouldBe(Truth.Yes);
    }

    private LoadResult Load() => new ClassifierLoader(Cache).Load(Built.Gpai, Built.Corpus);

    /// <summary>Fills the cache with the shipped rules' build; returns its key.</summary>
    private string Fill()
    {
        using var loaded = Load().Classifier.ShouldNotBeNull();
        File.Exists(Record(loaded.Key)).ShouldBeTrue();
        return loaded.Key;
    }

    /// <summary>
    /// Puts bytes in the place of the entry's dll and records their hash, signed as only one who holds the user's key
    /// could: the checks behind the MAC still refuse what is not the build of the rules.
    /// </summary>
    private void Substitute(string key, byte[] dll)
    {
        File.WriteAllBytes(Dll(key), dll);
        var record = CacheRecord.FromJson(File.ReadAllText(Record(key)))!;
        File.WriteAllText(Record(key), Cache.Sign(key, record with { AssemblySha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(dll)) }).ToJson());
    }

    private const uint Nobody = 65534;

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUser();

    [DllImport("libc", EntryPoint = "chown")]
    private static extern int ChangeOwner([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);

    /// <summary>The rules with the threshold at 5e25 (3e25 FLOP no longer presumed), compiled with the manifest of the
    /// shipped rules embedded: a dll of other rules that claims to be theirs.</summary>
    private static byte[] Forged()
    {
        var shipped = ClassifierGenerator.Generate(Built.Gpai, Built.Corpus);
        var other = ClassifierGenerator.Generate(Threshold("5e25"), Built.Corpus);
        other.Source.ShouldNotBe(shipped.Source);
        return Compiled(shipped.AssemblyName, CSharpSyntaxTree.ParseText(other.Source, new CSharpParseOptions(LanguageVersion.Latest)), shipped.Manifest.ToJson());
    }

    private static byte[] Compiled(string assemblyName, SyntaxTree tree, string manifestJson)
    {
        var core = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var compilation = CSharpCompilation.Create(assemblyName, [tree],
            [
                MetadataReference.CreateFromFile(typeof(Classifier).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
                MetadataReference.CreateFromFile(Path.Combine(core, "System.Runtime.dll")),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var manifest = Encoding.UTF8.GetBytes(manifestJson);
        using var assembly = new MemoryStream();
        var emitted = compilation.Emit(assembly, manifestResources: [new ResourceDescription(ClassifierManifest.ResourceName, () => new MemoryStream(manifest), isPublic: true)]);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        return assembly.ToArray();
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
        return Compiled(generated.AssemblyName, root.SyntaxTree, generated.Manifest.ToJson());
    }

    private static CheckedRules Threshold(string value) =>
        Built.Check(Built.Gpai.Syntax.Text.Replace("value 10^25 FLOP", $"value {value} FLOP", StringComparison.Ordinal), Built.GpaiPath);
}
