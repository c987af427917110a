using RulesDsl.Runtime;

namespace RulesDsl.Benchmarks;

/// <summary>
/// rules/gpai-systemic-risk.rules written by hand in plain C#: the baseline the compiled classifier is measured against.
/// It reads the same <see cref="Facts"/> and gives the verdict the classifier gives without trace: outcome, deciding
/// rule, how, and the missing facts when unknown.
/// </summary>
public static class HandWrittenGpai
{
    private static readonly Quantity Threshold = Quantity.Of(1, 25);

    private static readonly Quantity Six = Quantity.Of(6);

    private static readonly DateOnly ThresholdFrom = new(2025, 8, 2);

    // The ways a verdict can be reached, as the runtime spells them.
    private static readonly Way[] Met = [Way.Met], MetEstimated = [Way.Met, Way.Estimated], MetPresumed = [Way.Met, Way.Presumed],
        MetPresumedEstimated = [Way.Met, Way.Presumed, Way.Estimated], Rebutted = [Way.Rebutted],
        Estimated = [Way.Estimated], RebuttedEstimated = [Way.Rebutted, Way.Estimated];

    /// <summary>Article 51(1): is the model a general-purpose AI model with systemic risk?</summary>
    public static Verdict SystemicRisk(Facts facts, DateOnly asOf)
    {
        var (compute, estimated) = TrainingCompute(facts);
        var assessed = YesNo(facts, "high_impact_capabilities_assessed");
        var greater = asOf < ThresholdFrom ? Truth.Unknown : Quantity.GreaterThan(compute, Threshold);
        bool? exceeds = greater == Truth.Unknown ? null : greater == Truth.Yes;

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

            if (routeUnknown && !compute.IsKnown)
            {
                missing.Add("training_compute");
            }

            return new Verdict("systemic_risk", Truth.Unknown, null, [], missing, asOf, null);
        }

        // A "no" that read an estimated compute is an estimate too.
        var no = highImpact == true ? estimated ? RebuttedEstimated : Rebutted : estimated ? Estimated : [];
        return new Verdict("systemic_risk", Truth.No, null, no, [], asOf, null);
    }

    /// <summary>
    /// Given, else the sum of its parts (recital 111; with parts missing, a lower bound), else 6 × parameters × tokens, an
    /// estimate, unless below that bound; else the bound.
    /// </summary>
    private static (Quantity Value, bool Estimated) TrainingCompute(Facts facts)
    {
        var given = facts.Quantity("training_compute");
        if (given.IsKnown)
        {
            return (given, false);
        }

        var bound = Quantity.Unknown;
        var derived = facts.Quantity("pretraining_compute") + facts.Quantity("synthetic_data_compute") + facts.Quantity("finetuning_compute");
        if (Quantity.Settles(derived, ref bound))
        {
            return (derived, false);
        }

        var estimate = (Six * facts.Quantity("parameters") * facts.Quantity("training_tokens")).AsEstimate();
        return Quantity.Settles(estimate, ref bound) ? (estimate, true) : (bound, false);
    }

    private static bool? YesNo(Facts facts, string name) => facts.Get(name) as bool?;
}
