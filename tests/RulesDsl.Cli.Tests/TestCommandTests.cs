namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl test</c>: the shipped examples pass, coverage names what they leave untried, a wrong expectation fails.</summary>
public class TestCommandTests
{
    private static readonly string Rules = Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules");

    [Test]
    public void The_shipped_examples_all_pass_and_coverage_names_what_they_leave_untried()
    {
        var (exit, output, error) = Cli.Run("test", "--rules", Rules, "--corpus", RepoPaths.Corpus, "--as-of", "2026-11-23", "--coverage");

        exit.ShouldBe(0, error);
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Count(l => l.StartsWith("PASS ", StringComparison.Ordinal)).ShouldBe(19);
        lines.ShouldContain(l => l.EndsWith($"({ShippedRules.LineOf("example \"designated by the Commission\"")},1) \"designated by the Commission\": systemic_risk = yes by designation_route", StringComparison.Ordinal));
        lines.SkipWhile(l => !l.StartsWith("coverage", StringComparison.Ordinal)).ShouldBe([
            $"coverage of {Rules.Replace('\\', '/')}: 6 of 6 rules reached, 17 of 19 branches taken, 22 of 25 cited clauses read",
            "  branch no example takes: reach_presumption does not apply",
            "  branch no example takes: reach_presumption unknown",
            "  clause no example reads: Annex XIII, point (d)",
            "  clause no example reads: Annex XIII, point (e)",
            "  clause no example reads: Annex XIII, point (g)",
            "19 examples: 19 passed, 0 failed",
        ]);
    }

    [Test]
    public void A_wrong_expectation_fails_with_exit_1_naming_the_example_and_why_with_its_explanation()
    {
        using var folder = new TempCorpus();
        var text = File.ReadAllText(Rules).Replace(
            "  given high_impact_capabilities_assessed = no\n  given designated_by_commission = no\n  expect systemic_risk = no",
            "  given high_impact_capabilities_assessed = no\n  given designated_by_commission = no\n  expect systemic_risk = yes",
            StringComparison.Ordinal);
        var path = folder.Write("wrong.rules", text);
        folder.Write("gpai-models.rules", File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules")));

        var (exit, output, _) = Cli.Run("test", "--rules", path, "--corpus", RepoPaths.Corpus, "--as-of", "2026-11-23");

        exit.ShouldBe(1);
        output.ShouldContain($"FAIL {path.Replace('\\', '/')}({ShippedRules.LineOf("example \"exactly 10^25")},1) \"exactly 10^25 FLOP is not greater than 10^25\": expected systemic_risk = yes, got systemic_risk = no");
        // The explanation of the failure, as a tree: the verdict and the presumption that did not apply at exactly 10^25.
        output.ShouldContain("Verdict: general-purpose AI model with systemic risk — no");
        output.ShouldContain("presumption of high-impact capabilities from the cumulative amount of computation used for training: no");
        // Three examples expect no with those two facts given, the first at exactly 10^25.
        output.ShouldContain("19 examples: 16 passed, 3 failed");
    }
}
