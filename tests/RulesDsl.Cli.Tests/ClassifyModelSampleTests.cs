namespace RulesDsl.Cli.Tests;

/// <summary>
/// samples/ClassifyModel, built and run as its README says against a classifier that <c>rulesdsl build</c> wrote to a
/// temporary folder; its build output goes there too, so the checkout stays clean.
/// </summary>
public class ClassifyModelSampleTests
{
    private TempCorpus temp = null!;

    private string classifiers = null!;

    private string artifacts = null!;

    [OneTimeSetUp]
    public void BuildTheClassifier()
    {
        temp = new TempCorpus();
        classifiers = Path.Combine(temp.Root, "classifiers");
        artifacts = Path.Combine(temp.Root, "artifacts");
        var (exit, output, error) = Cli.Run("build", "--rules", Path.Combine(RepoPaths.Root, "rules"), "--corpus", RepoPaths.Corpus, "--out", classifiers);
        exit.ShouldBe(0, output + error);
    }

    [OneTimeTearDown]
    public void RemoveTheBuild() => temp.Dispose();

    [Test]
    public void A_model_above_the_compute_threshold_is_presumed_to_have_systemic_risk()
    {
        var (exit, output, error) = RunSample("""{"significant_generality": true, "integrable_downstream": true, "placed_on_market": true, "training_compute": 3.8e25}""");

        exit.ShouldBe(0, output + error);
        output.ReplaceLineEndings("\n").ShouldBe("systemic_risk: yes\nhow: met, presumed\ndeciding rule: high_impact_route\nmissing facts: none\n");
    }

    [Test]
    public void The_sample_runs_on_the_runtime_and_the_classifier_alone()
    {
        RunSample("""{"significant_generality": true, "integrable_downstream": true, "placed_on_market": true, "training_compute": 3.8e25}""").Exit.ShouldBe(0);

        var bin = Path.Combine(artifacts, "bin", "ClassifyModel", "debug");
        var files = Directory.EnumerateFiles(bin).Select(Path.GetFileName).ToList();
        files.ShouldContain("gpai-systemic-risk.dll");
        files.ShouldContain("RulesDsl.Runtime.dll");
        files.ShouldNotContain(f => f!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        files.ShouldNotContain("RulesDsl.Compiler.dll");
    }

    [Test]
    public void Facts_that_cannot_be_read_are_printed_at_their_json_path()
    {
        var (exit, output, error) = RunSample("""{"training_compute": "a lot", "trainig_tokens": 1e13}""");

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("$.training_compute: expected a number of FLOP");
        error.ShouldContain("$.trainig_tokens: there is no fact named 'trainig_tokens'; did you mean 'training_tokens'?");
    }

    private (int Exit, string Output, string Error) RunSample(string facts)
    {
        var file = Path.Combine(temp.Root, $"facts-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, facts);
        return Dotnet.Run(
            "run", "--project", Path.Combine(RepoPaths.Root, "samples", "ClassifyModel"),
            $"-p:ClassifierDir={classifiers}", "--artifacts-path", artifacts,
            "--", file);
    }
}
