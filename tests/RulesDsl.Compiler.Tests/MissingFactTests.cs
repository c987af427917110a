using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>A fact not given is unknown, never no: the verdict says so and names the facts that would decide it.</summary>
public class MissingFactTests
{
    [Test]
    public void Below_the_threshold_with_nothing_else_known_the_verdict_is_unknown_not_no()
    {
        var verdict = Built.GpaiClassifier.Classify(Built.GeneralPurpose.With("training_compute", 5e24), Built.Traced);

        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.DecidingRule.ShouldBeNull();
        verdict.MissingFacts.ShouldBe(["designated_by_commission", "high_impact_capabilities_assessed"]);
    }

    [Test]
    public void Nothing_known_lists_the_compute_and_the_other_routes_as_deciding()
    {
        var verdict = Built.GpaiClassifier.Classify(Built.GeneralPurpose, Built.Traced);

        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.MissingFacts.ShouldBe(["designated_by_commission", "high_impact_capabilities_assessed", "training_compute"]);
    }

    [Test]
    public void A_missing_rebuttal_leaves_the_presumption_standing()
    {
        var verdict = Built.GpaiClassifier.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25), Built.Traced);

        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.How.ShouldContain(Way.Presumed);
        verdict.MissingFacts.ShouldBeEmpty();
        var route = verdict.Trace!.Children.Single(c => c.Name == "high_impact_route");
        route.Children.ShouldContain(c => c.Name == "rebuttal_accepted" && c.Value == new StepValue.OfTruth(Truth.Unknown));
    }

    [Test]
    public void An_accepted_rebuttal_with_the_designation_unknown_is_unknown_and_names_the_designation()
    {
        var facts = Built.GeneralPurpose.With("training_compute", 3.8e25).With("rebuttal_accepted", true);

        var verdict = Built.GpaiClassifier.Classify(facts, Built.Traced);

        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.MissingFacts.ShouldBe(["designated_by_commission"]);
    }

    [Test]
    public void The_trace_shows_the_threshold_in_force_and_the_date_it_took_force()
    {
        var verdict = Built.GpaiClassifier.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25), Built.Traced);

        var threshold = ModelProfileTests.Find(verdict.Trace!, "compute_threshold");
        threshold.Kind.ShouldBe(StepKind.Parameter);
        threshold.Value.ShouldBe(new StepValue.OfQuantity(Quantity.Of(1e25), "FLOP"));
        threshold.Status.ShouldBe(StepStatus.InForce);
        threshold.InForceFrom.ShouldBe(new DateOnly(2025, 8, 2));
        threshold.Citations.Select(c => c.Provision).ShouldBe(["art_51__para_2", "art_51__para_3"]);
    }

    [Test]
    public void Before_the_threshold_took_force_the_presumption_cannot_be_decided()
    {
        var verdict = Built.GpaiClassifier.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)
            .With("high_impact_capabilities_assessed", false).With("designated_by_commission", false),
            new ClassifyOptions(new DateOnly(2025, 8, 1)));

        verdict.Outcome.ShouldBe(Truth.Unknown);
    }

    [Test]
    public void Without_trace_the_verdict_is_the_same_and_carries_no_trace()
    {
        var facts = Built.GeneralPurpose.With("parameters", 405e9).With("training_tokens", 15.6e12);
        var traced = Built.GpaiClassifier.Classify(facts, Built.Traced);

        var plain = Built.GpaiClassifier.Classify(facts, Built.Traced with { Trace = false });

        plain.Trace.ShouldBeNull();
        plain.Outcome.ShouldBe(traced.Outcome);
        plain.DecidingRule.ShouldBe(traced.DecidingRule);
        plain.How.ShouldBe(traced.How);
        plain.MissingFacts.ShouldBe(traced.MissingFacts);
    }

    [Test]
    public void The_compiled_rules_trace_the_comparison_that_decided_the_presumption_with_both_operands_and_their_unit()
    {
        var verdict = Built.GpaiClassifier.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25), Built.Traced);

        var presumption = ModelProfileTests.Find(verdict.Trace!, "compute_presumption");
        presumption.Kind.ShouldBe(StepKind.Presumption);
        presumption.Conditions.ShouldBe([
            new Condition(Comparator.GreaterThan, new StepValue.OfQuantity(Quantity.Of(3.8e25), "FLOP"), new StepValue.OfQuantity(Quantity.Of(1e25), "FLOP"), Truth.Yes),
        ]);
        Built.GpaiClassifier.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25), Built.Traced with { Trace = false }).Trace.ShouldBeNull();
    }
}
