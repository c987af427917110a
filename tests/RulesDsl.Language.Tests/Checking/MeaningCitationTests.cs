using RulesDsl.Diagnostics;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>
/// RD0180: a conclusion's <c>means</c> is sourced in what it cites, checked on the shipped rules (edited) against the
/// shipped corpus, where "systemic risk" is defined in Article 3, point (65).
/// </summary>
public class MeaningCitationTests
{
    private static readonly Shipped SystemicRisk = Shipped.Read("gpai-systemic-risk.rules");

    private const string Conclusion = "  means ^sysrisk\n  cites Article 51(1); Article 3, point (65)\n";

    private static IReadOnlyList<Diagnostic> Meanings(Shipped file) =>
        [.. Against.Check(file.Text, file.Path).Diagnostics.Where(d => d.Id == "RD0180")];

    private static Shipped Citing(string cites)
    {
        SystemicRisk.Text.ShouldContain(Conclusion);
        return SystemicRisk with { Text = SystemicRisk.Text.Replace(Conclusion, $"  means ^sysrisk\n  cites {cites}\n", StringComparison.Ordinal) };
    }

    [Test]
    public void The_shipped_rules_cite_the_definitions_of_what_their_conclusions_mean()
    {
        foreach (var name in new[] { "gpai-systemic-risk.rules", "gpai-models.rules" })
        {
            Meanings(Shipped.Read(name)).ShouldBeEmpty(name);
        }
    }

    [Test]
    public void Systemic_risk_citing_only_Annex_XIII_f_warns_naming_the_term_its_definition_and_the_citation()
    {
        var edited = Citing("Annex XIII, point (f)");

        var warning = Meanings(edited).ShouldHaveSingleItem();

        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Message.ShouldBe("the conclusion means \"systemic risk\", defined in Article 3, point (65), but it cites only Annex XIII, point (f)");
        warning.Hint.ShouldBe("cite Article 3, point (65) beside what the conclusion cites");
        var line = edited.Text.Split('\n')[warning.Position.Line - 1];
        line[(warning.Position.Column - 1)..].ShouldBe("^sysrisk");
        warning.Length.ShouldBe("^sysrisk".Length);
    }

    [Test]
    public void Citing_a_provision_that_holds_the_definition_is_enough()
    {
        Meanings(Citing("Article 51(1); Article 3")).ShouldBeEmpty();
    }

    [Test]
    public void A_term_named_in_words_is_checked_as_its_anchor_is()
    {
        var models = Shipped.Read("gpai-models.rules");
        var edited = models with
        {
            Text = models.Text.Replace("  means \"general-purpose AI model\"\n  cites Article 3, point (63)\n",
                "  means \"general-purpose AI model\"\n  cites Article 51(1)\n", StringComparison.Ordinal),
        };

        Meanings(edited).ShouldHaveSingleItem().Message.ShouldBe(
            "the conclusion means \"general-purpose AI model\", defined in Article 3, point (63), but it cites only Article 51(1)");
    }
}
