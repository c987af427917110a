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
        var reach = Built.GpaiClassifier.Conclude("high_impact_on_internal_market", Facts.None.With("business_users_eu", 12_000), options);
        return Explainer.Explain(new Classification(reach, []), Built.GpaiClassifier.Definition, new ExplainOptions("en"));
    }

    private static Quote PointF(Explanation explanation) =>
        All(explanation.Root).Single(s => s.Name == "reach_presumption").Citations.Single(c => c.Provision == "anx_XIII__pnt_f").Quote!;

    [Test]
    public void As_of_10_May_2024_point_f_is_quoted_from_the_version_of_8_May_2024_and_as_of_today_from_the_Official_Journal()
    {
        var then = ExplainReach(new DateOnly(2024, 5, 10));
        var now = ExplainReach(Built.Today);

        then.AsOf.ShouldBe(new DateOnly(2024, 5, 10));
        var old = PointF(then);
        old.Version.ShouldBe(new DateOnly(2024, 5, 8));
        old.Text.ShouldContain("at least 10 000 registered business users");
        All(then.Root).Single(s => s.Name == "reach_presumption").Citations.Single().Source.ShouldNotBeNull()
            .ShouldContain("eu-ai-act/en/annex-xiii.scraped.md(");
        // The Regulation set no threshold before 2 August 2025: the reach is not presumed then.
        var threshold = All(then.Root).Single(s => s.Name == "business_users_threshold");
        threshold.Status.ShouldBe("no value in force on 10 May 2024");
        then.Outcome.ShouldBe("unknown");

        var current = PointF(now);
        current.Version.ShouldBe(new DateOnly(2024, 7, 12));
        All(now.Root).Single(s => s.Name == "reach_presumption").Citations.Single().Source.ShouldNotBeNull()
            .ShouldContain("eu-ai-act/en/oj.md(");
        now.Outcome.ShouldBe("yes");
    }

    [Test]
    public void As_of_the_day_between_the_two_scraped_versions_and_after_the_later_one()
    {
        PointF(ExplainReach(new DateOnly(2024, 5, 21))).Version.ShouldBe(new DateOnly(2024, 5, 21));
        PointF(ExplainReach(new DateOnly(2024, 7, 11))).Version.ShouldBe(new DateOnly(2024, 5, 21));
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
        var facts = Facts.None.With("training_compute", 3e25);

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
