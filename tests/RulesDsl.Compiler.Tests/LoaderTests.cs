using System.Runtime.Loader;
using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;
using RulesDsl.Language.Checking;
using RulesDsl.Runtime;
using RulesDsl.Workspace;

namespace RulesDsl.Compiler.Tests;

/// <summary>In-process classifiers: cached by content hash on disk, swapped when the rules change, old ones unloaded.</summary>
[NonParallelizable]
public class LoaderTests
{
    private string cacheFolder = "";

    [SetUp]
    public void CreateCache() => cacheFolder = Directory.CreateTempSubdirectory("rulesdsl-cache-").FullName;

    [TearDown]
    public void RemoveCache() => Directory.Delete(cacheFolder, recursive: true);

    [Test]
    public void A_load_writes_the_build_to_the_cache_under_its_content_hash()
    {
        var loader = new ClassifierLoader(new ClassifierCache(cacheFolder));

        using var loaded = loader.Load(Built.Gpai, Built.Corpus).Classifier!;

        Directory.GetFiles(cacheFolder).Select(Path.GetFileName).Order().ShouldBe([loaded.Key + ".dll", loaded.Key + ".json", loaded.Key + ".pdb"]);
        loaded.Key.Length.ShouldBe(64);
    }

    [Test]
    public void A_cached_build_is_loaded_without_compiling_again()
    {
        var cache = new ClassifierCache(cacheFolder);
        string key;
        using (var first = new ClassifierLoader(cache).Load(Built.Gpai, Built.Corpus).Classifier!)
        {
            key = first.Key;
        }

        using var second = new ClassifierLoader(cache).Load(Built.Gpai, Built.Corpus).Classifier!;

        second.Key.ShouldBe(key);
        second.FromCache.ShouldBeTrue();
        second.Classifier.Classify(Built.GeneralPurpose.With("training_compute", 3e25).With("high_impact_capabilities_assessed", false)
            .With("designated_by_commission", false), Built.Traced).Outcome.ShouldBe(Truth.Yes);
    }

    [Test]
    public void The_key_is_known_from_the_rules_and_the_cited_texts_without_writing_the_classifiers_CSharp()
    {
        using var loaded = new ClassifierLoader(new ClassifierCache(cacheFolder)).Load(Built.Gpai, Built.Corpus).Classifier!;

        ClassifierCache.Key(ClassifierGenerator.Plan(Built.Gpai, Built.Corpus)).ShouldBe(loaded.Key);
    }

    [Test]
    public void A_cited_text_changed_in_the_corpus_changes_the_key_though_the_rules_did_not()
    {
        // The key is not the hash of the C# any more: what the C# is built from must be in it, the law it cites too.
        using var copy = new TempCorpus();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*", SearchOption.AllDirectories))
        {
            copy.Write(Path.GetRelativePath(RepoPaths.Corpus, file), File.ReadAllBytes(file));
        }

        var oj = Path.Combine(copy.Folder, "eu-ai-act", "en", "oj.md");
        const string Article51 = "shall be presumed to have high impact capabilities";
        File.ReadAllText(oj).ShouldContain(Article51);
        File.WriteAllText(oj, File.ReadAllText(oj).Replace(Article51, "shall be presumed to have high-impact capabilities", StringComparison.Ordinal));
        var amended = RulesWorkspace.Open(copy.Folder, null, null, new FixedClock(Built.Today));

        var plan = ClassifierGenerator.Plan(amended.Check(Built.GpaiPath, Built.GpaiText), amended.Graph);

        plan.HasErrors.ShouldBeFalse();
        ClassifierCache.Key(plan).ShouldNotBe(ClassifierCache.Key(ClassifierGenerator.Plan(Built.Gpai, Built.Corpus)));
    }

    [Test]
    public void An_unwritable_cache_only_costs_a_compilation()
    {
        var file = Path.Combine(cacheFolder, "not-a-folder");
        File.WriteAllText(file, "");

        var result = new ClassifierLoader(new ClassifierCache(file)).Load(Built.Gpai, Built.Corpus);

        using var loaded = result.Classifier.ShouldNotBeNull();
        loaded.Classifier.Classify(Built.GeneralPurpose.With("training_compute", 3e25), Built.Traced).Outcome.ShouldBe(Truth.Yes);
    }

    [Test]
    public void The_cache_folder_is_set_by_RULESDSL_CACHE()
    {
        var before = Environment.GetEnvironmentVariable(ClassifierCache.Variable);
        try
        {
            Environment.SetEnvironmentVariable(ClassifierCache.Variable, cacheFolder);
            ClassifierCache.DefaultFolder().ShouldBe(cacheFolder);
            Environment.SetEnvironmentVariable(ClassifierCache.Variable, null);
            ClassifierCache.DefaultFolder().ShouldEndWith(Path.Combine(".cache", "rulesdsl"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ClassifierCache.Variable, before);
        }
    }

    [Test]
    public void Rules_with_errors_load_nothing_and_say_why()
    {
        var result = new ClassifierLoader().Load(Built.Check(Built.Gpai.Syntax.Text.Replace("when training_compute greater", "when training_compute_x greater", StringComparison.Ordinal), Built.GpaiPath), Built.Corpus);

        result.Classifier.ShouldBeNull();
        var line = CompilerDiagnosticTests.LineOf(Built.Gpai.Syntax.Text, CompilerDiagnosticTests.ComputePresumption);
        result.Diagnostics.ShouldContain(d => d.Id == "RD0101" && d.Position.Line == line);
    }

    [Test]
    public void A_host_swaps_the_classifier_when_the_rules_change_and_keeps_it_when_they_do_not()
    {
        var facts = Built.GeneralPurpose.With("training_compute", 3e25).With("high_impact_capabilities_assessed", false).With("designated_by_commission", false);
        using var host = new ClassifierHost(new ClassifierLoader());

        host.Reload(Built.Gpai, Built.Corpus);
        var first = host.Current!;
        first.Classifier.Classify(facts, Built.Traced).Outcome.ShouldBe(Truth.Yes);

        host.Reload(Built.Gpai, Built.Corpus).Classifier.ShouldBeSameAs(first);

        host.Reload(Threshold("5e25"), Built.Corpus);
        host.Current.ShouldNotBeSameAs(first);
        host.Current!.Classifier.Classify(facts, Built.Traced).Outcome.ShouldBe(Truth.No);

        var broken = host.Reload(Built.Check("rules \"broken\"\n", Built.GpaiPath), Built.Corpus);
        broken.Diagnostics.ShouldContain(d => d.IsError);
        host.Current!.Classifier.Classify(facts, Built.Traced).Outcome.ShouldBe(Truth.No);
    }

    [Test]
    public void Fifty_recompilations_leave_one_context_loaded_and_memory_flat()
    {
        using var host = new ClassifierHost(new ClassifierLoader());
        var unloaded = new int[1];
        Recompile(host, 0, 10, unloaded);
        var baseline = Settle();

        Recompile(host, 10, 50, unloaded);
        // Each swap unloads the old context at once, not whenever a collection finalizes it.
        unloaded[0].ShouldBe(49);
        var after = Settle();

        Contexts().ShouldBeLessThanOrEqualTo(1);
        // Fifty assemblies kept alive would hold several megabytes; an unloaded one holds nothing.
        (after - baseline).ShouldBeLessThan(4L * 1024 * 1024);
    }

    private static void Recompile(ClassifierHost host, int from, int to, int[] unloaded)
    {
        for (var i = from; i < to; i++)
        {
            if (host.Current is { } current)
            {
                AssemblyLoadContext.GetLoadContext(current.Classifier.GetType().Assembly)!.Unloading += _ => unloaded[0]++;
            }

            var result = host.Reload(Threshold($"{i + 1}e24"), Built.Corpus);
            result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        }
    }

    private static long Settle()
    {
        for (var i = 0; i < 10 && Contexts() > 1; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static int Contexts() => AssemblyLoadContext.All.Count(c => c.Name?.StartsWith("rulesdsl:", StringComparison.Ordinal) == true && c.IsCollectible) - Shared();

    // The shipped classifier other tests share stays loaded for the whole run.
    private static int Shared() => AssemblyLoadContext.All.Count(c => c.Name?.StartsWith("rulesdsl:", StringComparison.Ordinal) == true
        && c.Assemblies.Any(a => a.GetName().Name == "gpai-systemic-risk") && ReferenceEquals(c, AssemblyLoadContext.GetLoadContext(Built.GpaiClassifier.GetType().Assembly)));

    private static CheckedRules Threshold(string value) =>
        Built.Check(Built.Gpai.Syntax.Text.Replace("value 10^25 FLOP", $"value {value} FLOP", StringComparison.Ordinal), Built.GpaiPath);
}
