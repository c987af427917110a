using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// Real models through the compiled GPAI classifier. Training compute figures are public estimates (Epoch AI's
/// "Notable AI Models" data, rounded as published); the verdicts are those of Article 51(2): compute greater than
/// 10^25 FLOP presumes high-impact capabilities, hence systemic risk under Article 51(1)(a) unless rebutted.
/// </summary>
public class ModelProfileTests
{
    private static readonly object[] Profiles =
    [
        new object[] { "GPT-4", 2.1e25, true },
        new object[] { "Gemini 1.0 Ultra", 5.0e25, true },
        new object[] { "Llama 3.1 405B", 3.8e25, true },
        new object[] { "GPT-4o", 3.8e25, true },
        new object[] { "Nemotron-4 340B", 1.8e25, true },
        new object[] { "Claude 3 Opus", 1.6e25, true },
        new object[] { "Llama 3 70B", 7.9e24, false },
        new object[] { "Falcon 180B", 3.76e24, false },
        new object[] { "DeepSeek-V3", 3.4e24, false },
        new object[] { "PaLM 540B", 2.5e24, false },
        new object[] { "Llama 2 70B", 8.1e23, false },
        new object[] { "Llama 3 8B", 7.2e23, false },
        new object[] { "Gopher 280B", 6.3e23, false },
        new object[] { "Chinchilla 70B", 5.8e23, false },
        new object[] { "BLOOM 176B", 3.65e23, false },
        new object[] { "GPT-3 175B", 3.14e23, false },
        // Article 51(2) says "greater than": the threshold itself is not enough.
        new object[] { "exactly 10^25 FLOP", 1e25, false },
        new object[] { "just above 10^25 FLOP", 1.0000001e25, true },
    ];

    [TestCaseSource(nameof(Profiles))]
    public void A_model_gives_the_verdict_of_Article_51(string model, double compute, bool systemicRisk)
    {
        // Neither assessed to have high-impact capabilities otherwise nor designated: compute alone decides.
        var facts = Built.GeneralPurpose
            .With("training_compute", compute)
            .With("high_impact_capabilities_assessed", false)
            .With("designated_by_commission", false);

        var verdict = Built.GpaiClassifier.Classify(facts, Built.Traced);

        verdict.Outcome.ShouldBe(systemicRisk ? Truth.Yes : Truth.No, model);
        if (systemicRisk)
        {
            verdict.DecidingRule.ShouldBe("high_impact_route");
            verdict.How.ShouldContain(Way.Presumed);
            verdict.IsEstimated.ShouldBeFalse();
        }
        else
        {
            verdict.DecidingRule.ShouldBeNull();
            verdict.MissingFacts.ShouldBeEmpty();
        }
    }

    [Test]
    public void The_table_holds_at_least_fifteen_real_models_on_both_sides_of_the_threshold()
    {
        var real = Profiles.Cast<object[]>().Where(p => !((string)p[0]).Contains("10^25", StringComparison.Ordinal)).ToList();
        real.Count.ShouldBeGreaterThanOrEqualTo(15);
        real.Count(p => (bool)p[2]).ShouldBeGreaterThanOrEqualTo(5);
        real.Count(p => !(bool)p[2]).ShouldBeGreaterThanOrEqualTo(5);
    }

    [Test]
    public void Parameters_and_tokens_alone_are_classified_by_the_six_N_D_estimate_marked_as_estimated()
    {
        // Llama 3.1 405B: 405 billion parameters trained on 15.6 trillion tokens; 6 · N · D ≈ 3.79 × 10^25 FLOP.
        var facts = Built.GeneralPurpose.With("parameters", 405e9).With("training_tokens", 15.6e12);

        var verdict = Built.GpaiClassifier.Classify(facts, Built.Traced);

        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.DecidingRule.ShouldBe("high_impact_route");
        verdict.How.ShouldBe([Way.Met, Way.Presumed, Way.Estimated], ignoreOrder: true);
        verdict.IsEstimated.ShouldBeTrue();
        var compute = Find(verdict.Trace!, "training_compute");
        compute.Status.ShouldBe(StepStatus.Estimated);
        compute.IsEstimated.ShouldBeTrue();
        compute.Value.ShouldBeOfType<StepValue.OfQuantity>().Value.ShouldBe(Quantity.Of(6 * 405 * 156, 20).AsEstimate());
        compute.Citations.Select(c => c.Provision).ShouldBe(["art_51__para_2", "art_3__pnt_67", "rct_111"]);
    }

    [Test]
    public void An_estimate_below_the_threshold_is_no_presumption()
    {
        // Llama 3 70B: 70 billion parameters, 15 trillion tokens; 6 · N · D ≈ 6.3 × 10^24 FLOP.
        var facts = Built.GeneralPurpose.With("parameters", 70e9).With("training_tokens", 15e12)
            .With("high_impact_capabilities_assessed", false).With("designated_by_commission", false);

        Built.GpaiClassifier.Classify(facts, Built.Traced).Outcome.ShouldBe(Truth.No);
    }

    [Test]
    public void Compute_given_wins_over_the_estimate()
    {
        var facts = Built.GeneralPurpose.With("training_compute", 5e24).With("parameters", 405e9).With("training_tokens", 15.6e12)
            .With("high_impact_capabilities_assessed", false).With("designated_by_commission", false);

        var verdict = Built.GpaiClassifier.Classify(facts, Built.Traced);

        verdict.Outcome.ShouldBe(Truth.No);
        verdict.IsEstimated.ShouldBeFalse();
    }

    internal static TraceNode Find(TraceNode node, string name) =>
        node.Name == name ? node : node.Children.Select(c => Find(c, name)).FirstOrDefault(n => n is not null)!;
}
