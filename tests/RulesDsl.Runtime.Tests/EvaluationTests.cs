using RulesDsl.Runtime;

namespace RulesDsl.Runtime.Tests;

public class EvaluationTests
{
    private static readonly ClassifyOptions Today = new(new DateOnly(2026, 11, 23));
    private static readonly SmallRuleSet Rules = new();

    [Test]
    public void Above_the_threshold_the_presumption_decides()
    {
        var verdict = Rules.Classify(Facts.None.With("training_compute", 3e25), Today);

        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.DecidingRule.ShouldBe("high_impact_route");
        verdict.How.ShouldBe([Way.Met, Way.Presumed]);
        verdict.AsOf.ShouldBe(new DateOnly(2026, 11, 23));
        var trace = verdict.Trace.ShouldNotBeNull();
        trace.Kind.ShouldBe(StepKind.Conclusion);
        trace.Value.ShouldBe(new StepValue.OfTruth(Truth.Yes));
        trace.DecidedBy.ShouldBe("high_impact_route");
    }

    [Test]
    public void Exactly_the_threshold_is_not_greater()
    {
        var verdict = Rules.Classify(Facts.None.With("training_compute", 1e25).With("designated_by_commission", false), Today);

        verdict.Outcome.ShouldBe(Truth.No);
        verdict.DecidingRule.ShouldBeNull();
    }

    [Test]
    public void A_missing_rebuttal_leaves_the_presumption_standing_and_an_accepted_one_rebuts_it()
    {
        Rules.Classify(Facts.None.With("training_compute", 3e25), Today).Outcome.ShouldBe(Truth.Yes);

        var rebutted = Rules.Classify(Facts.None.With("training_compute", 3e25).With("rebuttal_accepted", true).With("designated_by_commission", false), Today);
        rebutted.Outcome.ShouldBe(Truth.No);
        rebutted.How.ShouldBe([Way.Rebutted]);
        var route = Flatten(rebutted.Trace!).Single(n => n.Name == "high_impact_route");
        route.Kind.ShouldBe(StepKind.Rule);
        route.Status.ShouldBe(StepStatus.Rebutted);
        route.Value.ShouldBe(StepValue.NotDecisive);
        Flatten(rebutted.Trace!).Single(n => n.Name == "compute_presumption").Kind.ShouldBe(StepKind.Presumption);
    }

    [Test]
    public void A_missing_fact_that_decides_gives_unknown_never_no_with_the_facts_that_would_decide()
    {
        var verdict = Rules.Classify(Facts.None, Today);

        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.MissingFacts.ShouldBe(["designated_by_commission", "training_compute"]);
    }

    [Test]
    public void Derived_then_estimated_and_marked()
    {
        var derived = Rules.Classify(Facts.None.With("pretraining_compute", 2e25), Today);
        derived.Outcome.ShouldBe(Truth.Yes);
        derived.IsEstimated.ShouldBeFalse();

        var estimated = Rules.Classify(Facts.None.With("parameters", 4e11).With("training_tokens", 15e12), Today);
        estimated.Outcome.ShouldBe(Truth.Yes);
        estimated.IsEstimated.ShouldBeTrue();
        Flatten(estimated.Trace!).ShouldContain(n => n.Name == "training_compute" && n.Status == StepStatus.Estimated && n.IsEstimated);
    }

    [Test]
    public void The_parameter_in_force_on_the_date_applies()
    {
        var facts = Facts.None.With("training_compute", 3e25).With("designated_by_commission", false);

        Rules.Classify(facts, new ClassifyOptions(new DateOnly(2031, 1, 1))).Outcome.ShouldBe(Truth.No);
        Rules.Classify(facts, new ClassifyOptions(new DateOnly(2020, 1, 1))).Outcome.ShouldBe(Truth.Unknown);
        var parameter = Flatten(Rules.Classify(facts, Today).Trace!).Single(n => n.Kind == StepKind.Parameter);
        parameter.Status.ShouldBe(StepStatus.InForce);
        parameter.InForceFrom.ShouldBe(new DateOnly(2025, 8, 2));
        parameter.Value.ShouldBe(new StepValue.OfQuantity(Quantity.Of(1e25), "FLOP"));
        var early = Flatten(Rules.Classify(facts, new ClassifyOptions(new DateOnly(2020, 1, 1))).Trace!).Single(n => n.Kind == StepKind.Parameter);
        early.Status.ShouldBe(StepStatus.NotInForce);
        early.InForceFrom.ShouldBeNull();
    }

    [Test]
    public void The_trace_names_rules_facts_and_citations()
    {
        var trace = Rules.Classify(Facts.None.With("designated_by_commission", true), Today).Trace!;

        trace.Children.Select(c => (c.Name, c.Status)).ShouldBe([
            ("high_impact_route", StepStatus.Undecided),
            ("designation_route", StepStatus.Applies),
        ]);
        trace.Children[1].Citations.Single().Provision.ShouldBe("art_51__para_1__pnt_b");
        Rules.Classify(Facts.None, Today with { Trace = false }).Trace.ShouldBeNull();
    }

    [Test]
    public void The_trace_keeps_each_comparison_a_condition_made_with_both_operands_as_read()
    {
        var presumption = Flatten(Rules.Classify(Facts.None.With("training_compute", 3e25), Today).Trace!)
            .Single(n => n.Name == "compute_presumption");

        presumption.Conditions.ShouldBe([
            new Condition(Comparator.GreaterThan, new StepValue.OfQuantity(Quantity.Of(3e25), "FLOP"), new StepValue.OfQuantity(Quantity.Of(1e25), "FLOP"), Truth.Yes),
        ]);
        Flatten(Rules.Classify(Facts.None, Today).Trace!).Single(n => n.Name == "compute_presumption").Conditions.Single()
            .ShouldBe(new Condition(Comparator.GreaterThan, new StepValue.OfQuantity(Quantity.Unknown, "FLOP"), new StepValue.OfQuantity(Quantity.Of(1e25), "FLOP"), Truth.Unknown));
    }

    [Test]
    public void Any_conclusion_can_be_asked_for()
    {
        Rules.Conclude("high_impact_capabilities", Facts.None.With("training_compute", 3e25), Today).DecidingRule.ShouldBe("compute_presumption");
        Should.Throw<ArgumentException>(() => Rules.Conclude("nope", Facts.None, Today));
    }

    private static IEnumerable<TraceNode> Flatten(TraceNode node) => node.Children.SelectMany(Flatten).Prepend(node);
}
