using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;
using RulesDsl.Explain.Batches;
using RulesDsl.Runtime;

namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl build</c>: the shipped rules to classifier files, deterministic, and all or nothing on the way to disk.</summary>
public class BuildCommandTests
{
    private static readonly string Rules = Path.Combine(RepoPaths.Root, "rules");

    // Each shipped rules file builds its own classifier.
    private static readonly string[] Written =
    [
        "gpai-systemic-risk.dll", "gpai-systemic-risk.pdb", "gpai-systemic-risk.g.cs", "gpai-systemic-risk.manifest.json",
        "gpai-notification.dll", "gpai-notification.pdb", "gpai-notification.g.cs", "gpai-notification.manifest.json",
    ];

    /// <summary>A day the threshold of Article 51(2) is in force on.</summary>
    private const string AsOf = "2026-11-23";

    private TempCorpus temp = null!;

    private string shipped = null!;

    [OneTimeSetUp]
    public void BuildTheShippedRules()
    {
        temp = new TempCorpus();
        shipped = Path.Combine(temp.Root, "shipped");
        var (exit, output, error) = Build(shipped);
        exit.ShouldBe(0, output + error);
    }

    [OneTimeTearDown]
    public void RemoveTheBuild() => temp.Dispose();

    [Test]
    public void The_shipped_rules_build_into_a_dll_a_pdb_the_generated_source_and_a_manifest()
    {
        var folder = Path.Combine(temp.Root, "listed");
        var (exit, output, _) = Build(folder);

        exit.ShouldBe(0);
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(Written.Order(StringComparer.Ordinal));
        foreach (var name in Written)
        {
            output.ShouldContain($"wrote {Path.Combine(folder, name)}");
        }

        File.ReadAllText(Path.Combine(folder, "gpai-systemic-risk.g.cs")).ShouldContain("public sealed class GpaiSystemicRisk : R.Classifier");
    }

    [Test]
    public void The_built_dll_loads_and_finds_systemic_risk_above_the_compute_threshold()
    {
        using var loaded = Load(shipped);
        var reading = FactsJson.Read("""{"significant_generality": true, "integrable_downstream": true, "placed_on_market": true, "training_compute": 3.8e25}""", loaded.Classifier.Definition);
        reading.Errors.ShouldBeEmpty();

        var verdict = loaded.Classifier.Classify(reading.Facts, new ClassifyOptions(DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture)));

        verdict.Conclusion.ShouldBe("systemic_risk");
        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.DecidingRule.ShouldBe("high_impact_route");
    }

    [Test]
    public void Two_builds_give_the_same_dll_and_pdb_byte_for_byte()
    {
        var again = Path.Combine(temp.Root, "again");
        Build(again).Exit.ShouldBe(0);

        File.ReadAllBytes(Path.Combine(again, "gpai-systemic-risk.dll")).ShouldBe(File.ReadAllBytes(Path.Combine(shipped, "gpai-systemic-risk.dll")));
        File.ReadAllBytes(Path.Combine(again, "gpai-systemic-risk.pdb")).ShouldBe(File.ReadAllBytes(Path.Combine(shipped, "gpai-systemic-risk.pdb")));
    }

    [Test]
    public void A_build_in_another_process_gives_the_same_dll_as_one_in_this_process()
    {
        var child = Path.Combine(temp.Root, "child");

        var (exit, output, error) = Dotnet.Run(Dotnet.Rulesdsl, "build", "--rules", Rules, "--corpus", RepoPaths.Corpus, "--out", child, "--as-of", AsOf);

        exit.ShouldBe(0, output + error);
        File.ReadAllBytes(Path.Combine(child, "gpai-systemic-risk.dll")).ShouldBe(File.ReadAllBytes(Path.Combine(shipped, "gpai-systemic-risk.dll")));
        File.ReadAllBytes(Path.Combine(child, "gpai-systemic-risk.pdb")).ShouldBe(File.ReadAllBytes(Path.Combine(shipped, "gpai-systemic-risk.pdb")));
    }

    [Test]
    public void The_manifest_file_is_the_manifest_the_dll_embeds()
    {
        using var loaded = Load(shipped);
        using var resource = loaded.Classifier.GetType().Assembly.GetManifestResourceStream(ClassifierManifest.ResourceName).ShouldNotBeNull();
        using var embedded = new MemoryStream();
        resource.CopyTo(embedded);

        File.ReadAllBytes(Path.Combine(shipped, "gpai-systemic-risk.manifest.json")).ShouldBe(embedded.ToArray());
        // The rules file and the file it imports.
        loaded.Manifest.RulesFiles.Select(f => f.Path[(f.Path.LastIndexOf('/') + 1)..]).ShouldBe(["gpai-systemic-risk.rules", "gpai-models.rules"]);
    }

    [Test]
    public void Rules_with_an_error_write_nothing_and_leave_an_earlier_build_as_it_was()
    {
        temp.Write("bad.rules", "rules \"Bad\"\nfact parameters: count\n  cites Annex XIII, point (h)\n");
        var folder = Path.Combine(temp.Root, "earlier");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "bad.dll"), "an earlier build");

        var (exit, output, error) = Cli.Run("build", "--rules", temp.Folder, "--corpus", RepoPaths.Corpus, "--out", folder, "--as-of", AsOf);

        exit.ShouldBe(1);
        output.ShouldContain("bad.rules(3,9): error RD0109: the corpus has no Annex XIII, point (h)");
        error.ShouldContain("nothing was written");
        Directory.EnumerateFileSystemEntries(folder).ShouldHaveSingleItem().ShouldEndWith("bad.dll");
        File.ReadAllText(Path.Combine(folder, "bad.dll")).ShouldBe("an earlier build");
    }

    [Test]
    public void Two_rules_files_of_the_same_name_are_refused()
    {
        using var rules = new TempCorpus();
        var text = File.ReadAllText(Path.Combine(Rules, "gpai-systemic-risk.rules"));
        rules.Write("a/gpai-systemic-risk.rules", text);
        rules.Write("b/gpai-systemic-risk.rules", text);
        // Each beside the declarations it imports.
        rules.Write("a/gpai-models.rules", File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules")));
        rules.Write("b/gpai-models.rules", File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules")));
        var folder = Path.Combine(rules.Root, "out");

        var (exit, output, _) = Cli.Run("build", "--rules", rules.Folder, "--corpus", RepoPaths.Corpus, "--out", folder, "--as-of", AsOf);

        exit.ShouldBe(1);
        output.ShouldContain("b/gpai-systemic-risk.rules(1,1): error RD0205: this rules file builds gpai-systemic-risk.dll, as");
        Directory.Exists(folder).ShouldBeFalse();
    }

    [Test]
    public void A_declarations_file_alone_builds_nothing_and_says_so_with_exit_1()
    {
        var folder = Path.Combine(temp.Root, "declarations-only");

        var (exit, output, error) = Cli.Run("build", "--rules", Path.Combine(Rules, "gpai-models.rules"), "--corpus", RepoPaths.Corpus, "--out", folder, "--as-of", AsOf);

        exit.ShouldBe(1);
        output.ShouldContain("gpai-models.rules(5,1): error RD0206: ");
        output.ShouldContain("is a declarations file: it has no verdict, so it builds no classifier of its own");
        error.ShouldContain("nothing was written");
        Directory.Exists(folder).ShouldBeFalse();
    }

    [Test]
    public void Out_naming_a_file_is_refused()
    {
        var file = Path.Combine(temp.Root, "not-a-folder");
        File.WriteAllText(file, "kept");

        var (exit, _, error) = Build(file);

        exit.ShouldBe(1);
        error.ShouldContain($"--out '{file}' is a file");
        File.ReadAllText(file).ShouldBe("kept");
    }

    [Test]
    public void A_folder_holding_files_no_build_wrote_is_RD0351_and_left_as_it_was()
    {
        var folder = Path.Combine(temp.Root, "mixed");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "gpai-systemic-risk.dll"), "an earlier dll");
        Directory.CreateDirectory(Path.Combine(folder, "notes"));

        var (exit, _, error) = Build(folder);

        exit.ShouldBe(1);
        error.ShouldContain($"{folder}(1,1): error RD0351: the output could not be written: '{folder}' holds files rulesdsl did not write; nothing was changed");
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["gpai-systemic-risk.dll", "notes"]);
        File.ReadAllText(Path.Combine(folder, "gpai-systemic-risk.dll")).ShouldBe("an earlier dll");
        Directory.EnumerateFileSystemEntries(temp.Root, ".mixed*").ShouldBeEmpty();
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "Windows writes a build file by file: no links to switch (AllOrNothing.WriteVersion)")]
    public void A_folder_of_an_earlier_build_becomes_a_link_to_the_new_build_and_the_next_build_leaves_one_version()
    {
        var folder = Path.Combine(temp.Root, "earlier-build");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "gpai-systemic-risk.dll"), "an earlier dll");
        File.WriteAllText(Path.Combine(folder, "gpai-old.manifest.json"), "{}");

        Build(folder).Exit.ShouldBe(0);
        Build(folder).Exit.ShouldBe(0);

        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(Written.Order(StringComparer.Ordinal));
        File.ReadAllBytes(Path.Combine(folder, "gpai-systemic-risk.dll")).ShouldBe(File.ReadAllBytes(Path.Combine(shipped, "gpai-systemic-risk.dll")));
        var version = Directory.EnumerateFileSystemEntries(temp.Root, ".earlier-build*").ShouldHaveSingleItem();
        new FileInfo(folder).LinkTarget.ShouldBe(Path.GetFileName(version));
    }

    private static (int Exit, string Output, string Error) Build(string folder) =>
        Cli.Run("build", "--rules", Rules, "--corpus", RepoPaths.Corpus, "--out", folder, "--as-of", AsOf);

    private static LoadedClassifier Load(string folder) => ClassifierLoader.Load(
        File.ReadAllBytes(Path.Combine(folder, "gpai-systemic-risk.dll")),
        File.ReadAllBytes(Path.Combine(folder, "gpai-systemic-risk.pdb")),
        Guid.NewGuid().ToString("N"));
}
