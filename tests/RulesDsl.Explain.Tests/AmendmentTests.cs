using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>The law as in force on a date: the version of a clause quoted, and a threshold amended from a later date.</summary>
public class AmendmentTests
{
    private static readonly Explainer Explainer = new(Built.Corpus);

    private static IEnumerable<ExplanationStep> All(ExplanationStep step) => step.Steps.SelectMany(All).Prepend(step);

    /// <summary>The reach criterion explained as of a date, from its own trace (it is not the rule set's verdict).</summary>
    private static Explanation ExplainReach(DateOnly asOf)
    {
        var options = new ClassifyOptions(asOf, Trace: true);
        var reach = Built.GpaiClassifier.Conclude("high_impact_on_internal_market", Built.GeneralPurpose.With("business_users_eu", 12_000), options);
        return Explainer.Explain(new Classification(reach, []), Built.GpaiClassifier.Definition, new ExplainOptions("en"));
    }

    private static Quote PointF(Explanation explanation) =>
        All(explanation.Root).Single(s => s.Name == "reach_presumption").Citations.Single(c => c.Provision == "anx_XIII__pnt_f").Quote!;

    [Test]
    public void As_of_10_May_2024_the_law_did_not_apply_so_no_draft_of_point_f_is_quoted_as_law_and_as_of_today_the_Official_Journal_is()
    {
        var then = ExplainReach(new DateOnly(2024, 5, 10));
        var now = ExplainReach(Built.Today);

        then.AsOf.ShouldBe(new DateOnly(2024, 5, 10));
        // The Parliament's page of 8 May 2024 was a draft: the Regulation was published on 12 July 2024 and Chapter V
        // applies from 2 August 2025 (Article 113, point (b)). Before then the explanation says so and quotes Article 113.
        then.Outcome.ShouldBe("not applicable");
        var applicability = then.Applicability.ShouldNotBeNull();
        applicability.Status.ShouldBe("not yet applicable");
        applicability.Label.ShouldBe("not yet applicable: applies from 2 August 2025 (Article 113, point (b))");
        // Article 113 itself was published on 12 July 2024: cited then, not quoted, for no text of it was in force.
        applicability.Citations.ShouldHaveSingleItem().Quote.ShouldBeNull();
        then.Root.Citations.Select(c => c.Provision).ShouldBe(["art_113__pnt_b"]);
        ExplainReach(new DateOnly(2025, 8, 1)).Root.Citations.ShouldHaveSingleItem().Quote.ShouldNotBeNull().Text.ShouldContain("shall apply from 2 August 2025");
        All(then.Root).SelectMany(s => s.Citations).ShouldNotContain(c => c.Source != null && c.Source.Contains("annex-xiii.scraped.md", StringComparison.Ordinal));

        var current = PointF(now);
        current.Version.ShouldBe(new DateOnly(2024, 7, 12));
        All(now.Root).Single(s => s.Name == "reach_presumption").Citations.Single().Source.ShouldNotBeNull()
            .ShouldContain("eu-ai-act/en/oj.md(");
        now.Outcome.ShouldBe("yes");
    }

    [Test]
    public void On_no_day_before_the_law_applies_is_a_scraped_version_quoted()
    {
        foreach (var day in new[] { new DateOnly(2024, 5, 21), new DateOnly(2024, 7, 11), new DateOnly(2025, 8, 1) })
        {
            var explanation = ExplainReach(day);
            explanation.Outcome.ShouldBe("not applicable");
            All(explanation.Root).SelectMany(s => s.Citations).Select(c => c.Provision).ShouldNotContain("anx_XIII__pnt_f");
        }

        PointF(ExplainReach(new DateOnly(2025, 8, 2))).Version.ShouldBe(new DateOnly(2024, 7, 12));
    }

    [Test]
    public void A_threshold_moved_to_5e25_FLOP_from_2027_changes_the_verdict_from_that_date_only_and_the_explanation_cites_the_value_in_force()
    {
        var models = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules"));
        const string line = "  value 10^25 FLOP from 2025-08-02\n";
        models.ShouldContain(line);
        // A delegated act under Article 51(3) moving the threshold, written as a second dated value in the one file
        // that holds it, gpai-models.rules, which the shipped rules import.
        using var folder = new TempCorpus();
        folder.Write("rules/gpai-models.rules", models.Replace(line, line + "  value 5e25 FLOP from 2027-01-01\n", StringComparison.Ordinal));
        var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, Built.GpaiPath));
        var amended = Built.Check(shipped, folder.Write("rules/amended.rules", shipped));
        amended.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var classifier = Built.Load(amended).Classifier;
        var facts = Built.GeneralPurpose.With("training_compute", 3e25);

        Explanation Explain(DateOnly asOf) => Explainer.Explain(
            Classification.Run(classifier, facts, new ClassifyOptions(asOf, Trace: true)), classifier.Definition, new ExplainOptions("en"));

        var before = Explain(new DateOnly(2026, 12, 31));
        before.Outcome.ShouldBe("yes");
        before.DecidingRule.ShouldBe("high_impact_route");
        var oldThreshold = All(before.Root).Single(s => s.Name == "compute_threshold");
        oldThreshold.Outcome.ShouldBe("10^25 FLOP");
        oldThreshold.InForceFrom.ShouldBe(new DateOnly(2025, 8, 2));
        oldThreshold.Status.ShouldBe("in force from 2 August 2025");
        All(before.Root).Single(s => s.Name == "compute_presumption").Status.ShouldBe("applies");

        var after = Explain(new DateOnly(2027, 1, 1));
        after.Outcome.ShouldBe("unknown");
        after.DecidingRule.ShouldBeNull();
        var newThreshold = All(after.Root).Single(s => s.Name == "compute_threshold");
        newThreshold.Outcome.ShouldBe("5 × 10^25 FLOP");
        newThreshold.InForceFrom.ShouldBe(new DateOnly(2027, 1, 1));
        newThreshold.Status.ShouldBe("in force from 1 January 2027");
        newThreshold.Citations.Select(c => c.Label).ShouldBe(["Article 51(2)", "Article 51(3)"]);
        All(after.Root).Single(s => s.Name == "compute_presumption").Status.ShouldBe("does not apply");
        after.Missing.Select(m => m.Name).ShouldBe(["designated_by_commission", "high_impact_capabilities_assessed"]);

        // The shipped rules, without the amendment, still presume the model in 2027.
        Classification.Run(Built.GpaiClassifier, facts, new ClassifyOptions(new DateOnly(2027, 1, 1))).Verdict.Outcome.ShouldBe(Truth.Yes);
    }
}
