using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// A classifier of a rules file that imports another: the shipped rules/gpai-systemic-risk.rules with the threshold,
/// facts and presumption of rules/gpai-models.rules.
/// </summary>
public class ImportBuildTests
{
    private const string ModelsPath = "rules/gpai-models.rules";

    private static readonly string Shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, Built.GpaiPath));

    [Test]
    public void Each_imported_condition_is_mapped_to_the_line_of_the_file_that_writes_it()
    {
        var generated = ClassifierGenerator.Generate(Built.Check(Shipped, Built.GpaiPath), Built.Corpus);
        generated.Diagnostics.ShouldBeEmpty();

        var models = File.ReadAllLines(Path.Combine(RepoPaths.Root, ModelsPath));
        var presumption = Array.IndexOf(models, "  when training_compute greater than compute_threshold") + 1;
        var rules = File.ReadAllLines(Path.Combine(RepoPaths.Root, Built.GpaiPath));
        var reach = Array.IndexOf(rules, "  when business_users_eu at least business_users_threshold") + 1;
        generated.Source.ShouldContain($"#line {presumption} \"{ModelsPath}\"\n");
        generated.Source.ShouldContain($"#line {reach} \"{Built.GpaiPath}\"\n");
    }

    [TestCase("parameters", 70e9, "training_tokens", 15e12, "6 × parameters × training_tokens")]
    [TestCase("pretraining_compute", 2e25, "finetuning_compute", 1e24, "pretraining_compute + synthetic_data_compute + finetuning_compute")]
    public void An_imported_derivation_shows_its_formula_from_the_file_that_writes_it(string first, double a, string second, double b, string formula)
    {
        var loaded = Built.Load(Built.Check(Shipped, Built.GpaiPath));

        var verdict = loaded.Classifier.Classify(Built.GeneralPurpose.With(first, a).With(second, b), Built.Traced);

        ModelProfileTests.Find(verdict.Trace!, "training_compute").Formula.ShouldBe(formula);
    }

    [Test]
    public void The_manifest_hashes_the_imported_file_too()
    {
        var manifest = ClassifierManifest.Of(Built.Check(Shipped, Built.GpaiPath), Built.Corpus, "test");

        manifest.RulesFiles.Select(f => f.Path).ShouldBe([Built.GpaiPath, ModelsPath]);
        manifest.RulesFiles[1].Sha256.ShouldBe(ClassifierManifest.Sha256(File.ReadAllText(Path.Combine(RepoPaths.Root, ModelsPath))));
    }

    [Test]
    public void A_threshold_changed_in_the_imported_file_alone_changes_the_cache_key_and_the_verdict()
    {
        using var folder = new TempCorpus();
        var models = File.ReadAllText(Path.Combine(RepoPaths.Root, ModelsPath));
        folder.Write("rules/gpai-models.rules", models);
        var path = folder.Write("rules/gpai-systemic-risk.rules", Shipped);
        var before = ClassifierGenerator.Plan(Built.Check(Shipped, path), Built.Corpus);
        folder.Write("rules/gpai-models.rules", models.Replace("value 10^25 FLOP", "value 5e25 FLOP", StringComparison.Ordinal));

        var after = Built.Check(Shipped, path);

        ClassifierCache.Key(ClassifierGenerator.Plan(after, Built.Corpus)).ShouldNotBe(ClassifierCache.Key(before));
        using var loaded = Built.Load(after);
        var facts = Built.GeneralPurpose.With("training_compute", 3e25).With("high_impact_capabilities_assessed", false).With("designated_by_commission", false);
        loaded.Classifier.Classify(facts, Built.Traced).Outcome.ShouldBe(Truth.No);
    }
}
