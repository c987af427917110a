using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// The shipped rules on the cases of issue 13: parts of the compute that sum to exactly 10^25, a part given alone that
/// already exceeds it, and estimates below it. Each is classified with and without trace, which must agree.
/// </summary>
public class ExactComputeTests
{
    private static readonly ClassifyOptions Untraced = Built.Traced with { Trace = false };

    private static Facts Settled(Facts facts) => facts.With("high_impact_capabilities_assessed", false).With("designated_by_commission", false);

    private static Verdict Classify(Facts facts)
    {
        var traced = Built.GpaiClassifier.Classify(facts, Built.Traced);
        var untraced = Built.GpaiClassifier.Classify(facts, Untraced);
        (untraced.Outcome, untraced.DecidingRule).ShouldBe((traced.Outcome, traced.DecidingRule));
        untraced.How.ShouldBe(traced.How);
        untraced.MissingFacts.ShouldBe(traced.MissingFacts);
        return traced;
    }

    [Test]
    public void Parts_summing_to_exactly_10_to_the_25_do_not_presume_high_impact_capabilities()
    {
        var verdict = Classify(Settled(Built.GeneralPurpose.With("pretraining_compute", 9.82e24).With("synthetic_data_compute", 9e22).With("finetuning_compute", 9e22)));

        verdict.Outcome.ShouldBe(Truth.No);
        var compute = ModelProfileTests.Find(verdict.Trace!, "training_compute");
        compute.Status.ShouldBe(StepStatus.Derived);
        compute.Value.ShouldBe(new StepValue.OfQuantity(Quantity.Of(1, 25), "FLOP"));
        var presumption = ModelProfileTests.Find(verdict.Trace!, "compute_presumption");
        presumption.Conditions.Single().Result.ShouldBe(Truth.No);
    }

    [Test]
    public void One_FLOP_more_than_10_to_the_25_is_greater_than_it()
    {
        var facts = Built.GeneralPurpose.With("pretraining_compute", Quantity.Of(1, 25)).With("synthetic_data_compute", Quantity.Of(1)).With("finetuning_compute", 0);

        Classify(Settled(facts)).Outcome.ShouldBe(Truth.Yes);
    }

    [Test]
    public void Pre_training_above_the_threshold_alone_is_a_lower_bound_that_presumes_with_parameters_and_tokens_given()
    {
        // 6 × 70 × 10^9 × 15 × 10^12 = 6.3 × 10^24 would say no; the pre-training given shows the compute is at least 2 × 10^25.
        var verdict = Classify(Built.GeneralPurpose.With("pretraining_compute", 2e25).With("parameters", 70e9).With("training_tokens", 15e12));

        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.DecidingRule.ShouldBe("high_impact_route");
        verdict.How.ShouldBe([Way.Met, Way.Presumed]);
        var compute = ModelProfileTests.Find(verdict.Trace!, "training_compute");
        compute.Status.ShouldBe(StepStatus.LowerBound);
        compute.Value.ShouldBe(new StepValue.OfQuantity(Quantity.Of(2, 25).AsLowerBound(), "FLOP"));
        compute.Formula.ShouldBe("pretraining_compute + synthetic_data_compute + finetuning_compute");
        compute.Children.Select(c => (c.Name, c.Status)).ShouldBe(
            [("pretraining_compute", StepStatus.Given), ("synthetic_data_compute", StepStatus.Missing), ("finetuning_compute", StepStatus.Missing)]);
        ModelProfileTests.Find(verdict.Trace!, "compute_presumption").Conditions.Single().Result.ShouldBe(Truth.Yes);
    }

    [Test]
    public void A_lower_bound_below_the_threshold_decides_nothing_and_never_says_no()
    {
        var verdict = Classify(Settled(Built.GeneralPurpose.With("pretraining_compute", 5e24)));

        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.MissingFacts.ShouldBe(["training_compute"]);
    }

    [Test]
    public void An_estimate_above_a_lower_bound_is_taken_and_marked()
    {
        var verdict = Classify(Built.GeneralPurpose.With("pretraining_compute", 1e24).With("parameters", 405e9).With("training_tokens", 15.6e12));

        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.How.ShouldBe([Way.Met, Way.Presumed, Way.Estimated]);
        ModelProfileTests.Find(verdict.Trace!, "training_compute").Status.ShouldBe(StepStatus.Estimated);
    }

    [TestCase("Llama 2 70B", 70e9, 2e12)]
    [TestCase("Chinchilla 70B", 70e9, 1.4e12)]
    [TestCase("BLOOM 176B", 176e9, 366e9)]
    public void A_no_resting_on_6_times_parameters_times_tokens_is_marked_estimated(string model, double parameters, double tokens)
    {
        var verdict = Classify(Settled(Built.GeneralPurpose.With("parameters", parameters).With("training_tokens", tokens)));

        verdict.Outcome.ShouldBe(Truth.No, model);
        verdict.How.ShouldBe([Way.Estimated], model);
        verdict.IsEstimated.ShouldBeTrue();
        var compute = ModelProfileTests.Find(verdict.Trace!, "training_compute");
        compute.Formula.ShouldBe("6 × parameters × training_tokens");
        compute.Citations.Select(c => c.Provision).ShouldNotContain("anx_XIII__pnt_c");
    }

    [Test]
    public void A_no_on_compute_given_is_not_marked_estimated()
    {
        var verdict = Classify(Settled(Built.GeneralPurpose.With("training_compute", 3.14e23).With("parameters", 175e9)));

        verdict.Outcome.ShouldBe(Truth.No);
        verdict.How.ShouldBeEmpty();
    }

    [Test]
    public void A_threshold_of_more_digits_than_a_long_holds_is_compiled_exactly()
    {
        var rules = Built.Check(Built.Gpai.Syntax.Text.Replace("value 10^25 FLOP", "value 10000000000000000000000001 FLOP", StringComparison.Ordinal), Built.GpaiPath);
        using var loaded = Built.Load(rules);

        loaded.Classifier.Definition.Parameters.Single(p => p.Name == "compute_threshold").Values.Single().Value
            .ShouldBe(Quantity.Of(1, 25) + Quantity.Of(1));
        foreach (var trace in new[] { true, false })
        {
            var options = Built.Traced with { Trace = trace };
            loaded.Classifier.Classify(Settled(Built.GeneralPurpose.With("training_compute", Quantity.Of(1, 25) + Quantity.Of(1))), options).Outcome.ShouldBe(Truth.No);
            loaded.Classifier.Classify(Settled(Built.GeneralPurpose.With("training_compute", Quantity.Of(1, 25) + Quantity.Of(2))), options).Outcome.ShouldBe(Truth.Yes);
        }
    }
}
