using RulesDsl.Runtime;

namespace RulesDsl.Benchmarks;

/// <summary>
/// rules/gpai-systemic-risk.rules written by hand in plain C#: the baseline the compiled classifier is measured against.
/// It reads the same <see cref="Facts"/> and gives the verdict the classifier gives without trace: outcome, deciding
/// rule, how, and the missing facts when unknown.
/// </summary>
public static class HandWrittenGpai
{
    private const double Threshold = 1e25;

    private static readonly DateOnly ThresholdFrom = new(2025, 8, 2);

    // The ways a verdict can be reached, as the runtime spells them.
    private static readonly Way[] Met = [Way.Met], MetEstimated = [Way.Met, Way.Estimated], MetPresumed = [Way.Met, Way.Presumed],
        MetPresumedEstimated = [Way.Met, Way.Presumed, Way.Estimated], Rebutted = [Way.Rebutted];

    /// <summary>Article 51(1): is the model a general-purpose AI model with systemic risk?</summary>
    public static Verdict SystemicRisk(Facts facts, DateOnly asOf)
    {
        var (compute, estimated) = TrainingCompute(facts);
        var assessed = YesNo(facts, "high_impact_capabilities_assessed");
        bool? exceeds = compute is null || asOf < ThresholdFrom ? null : compute > Threshold;

        // high_impact_capabilities: assessed_capabilities first, else compute_presumption.
        bool? highImpact = assessed == true || exceeds == true ? true : assessed is null || exceeds is null ? null : false;
        var presumed = assessed != true && exceeds == true;

        var rebuttal = YesNo(facts, "rebuttal_accepted");
        var designated = YesNo(facts, "designated_by_commission");
        if (highImpact == true && rebuttal != true)
        {
            // Compute is read under high_impact_route whichever rule decides, so an estimate marks the route.
            var how = presumed ? estimated ? MetPresumedEstimated : MetPresumed : estimated ? MetEstimated : Met;
            return new Verdict("systemic_risk", Truth.Yes, "high_impact_route", how, [], asOf, null);
        }

        if (designated == true)
        {
            return new Verdict("systemic_risk", Truth.Yes, "designation_route", Met, [], asOf, null);
        }

        var routeUnknown = highImpact is null && rebuttal != true;
        if (routeUnknown || designated is null)
        {
            // Sorted as the runtime lists them.
            var missing = new List<string>(3);
            if (designated is null)
            {
                missing.Add("designated_by_commission");
            }

            if (routeUnknown && assessed is null)
            {
                missing.Add("high_impact_capabilities_assessed");
            }

            if (routeUnknown && compute is null)
            {
                missing.Add("training_compute");
            }

            return new Verdict("systemic_risk", Truth.Unknown, null, [], missing, asOf, null);
        }

        return new Verdict("systemic_risk", Truth.No, null, highImpact == true ? Rebutted : [], [], asOf, null);
    }

    /// <summary>Given, else the sum of its parts (recital 111), else 6 × parameters × tokens (Annex XIII), an estimate.</summary>
    private static (double? Value, bool Estimated) TrainingCompute(Facts facts)
    {
        if (Quantity(facts, "training_compute") is { } given)
        {
            return (given, false);
        }

        if (Quantity(facts, "pretraining_compute") + Quantity(facts, "synthetic_data_compute") + Quantity(facts, "finetuning_compute") is { } derived)
        {
            return (derived, false);
        }

        return 6 * Quantity(facts, "parameters") * Quantity(facts, "training_tokens") is { } estimate ? (estimate, true) : (null, false);
    }

    private static double? Quantity(Facts facts, string name) => facts.Get(name) as double?;

    private static bool? YesNo(Facts facts, string name) => facts.Get(name) as bool?;
}
