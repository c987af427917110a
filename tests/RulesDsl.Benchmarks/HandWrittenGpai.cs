using RulesDsl.Runtime;

namespace RulesDsl.Benchmarks;

/// <summary>
/// A general-purpose AI model's facts as a plain object, typed as the rules type them: amounts as exact quantities,
/// yes/no as bool; null when not given.
/// </summary>
public sealed class GpaiModel
{
    public Quantity? TrainingCompute { get; set; }

    public Quantity? PretrainingCompute { get; set; }

    public Quantity? SyntheticDataCompute { get; set; }

    public Quantity? FinetuningCompute { get; set; }

    public Quantity? Parameters { get; set; }

    public Quantity? TrainingTokens { get; set; }

    public bool? HighImpactCapabilitiesAssessed { get; set; }

    public bool? SignificantGenerality { get; set; }

    public bool? IntegrableDownstream { get; set; }

    public bool? PlacedOnMarket { get; set; }

    public bool? ResearchDevelopmentOrPrototyping { get; set; }

    public bool? DesignatedByCommission { get; set; }

    public bool? RebuttalAccepted { get; set; }

    /// <summary>The model a case's facts describe.</summary>
    public static GpaiModel Of(Facts facts) => new()
    {
        TrainingCompute = facts.Get("training_compute") as Quantity?,
        PretrainingCompute = facts.Get("pretraining_compute") as Quantity?,
        SyntheticDataCompute = facts.Get("synthetic_data_compute") as Quantity?,
        FinetuningCompute = facts.Get("finetuning_compute") as Quantity?,
        Parameters = facts.Get("parameters") as Quantity?,
        TrainingTokens = facts.Get("training_tokens") as Quantity?,
        HighImpactCapabilitiesAssessed = facts.Get("high_impact_capabilities_assessed") as bool?,
        SignificantGenerality = facts.Get("significant_generality") as bool?,
        IntegrableDownstream = facts.Get("integrable_downstream") as bool?,
        PlacedOnMarket = facts.Get("placed_on_market") as bool?,
        ResearchDevelopmentOrPrototyping = facts.Get("research_development_or_prototyping") as bool?,
        DesignatedByCommission = facts.Get("designated_by_commission") as bool?,
        RebuttalAccepted = facts.Get("rebuttal_accepted") as bool?,
    };
}

/// <summary>
/// rules/gpai-systemic-risk.rules written by hand in plain C#: the baselines the compiled classifier is measured
/// against. Over <see cref="Facts"/> it gives the verdict the classifier gives without trace (outcome, deciding rule,
/// how, the missing facts when unknown, and whether the law applied); over a <see cref="GpaiModel"/> it gives that
/// verdict as a value, as the classifier's typed facts do, naming rules and facts by their index in the rule set.
/// </summary>
public static class HandWrittenGpai
{
    private static readonly Quantity Threshold = Quantity.Of(1, 25);

    private static readonly Quantity Six = Quantity.Of(6);

    // Article 51(2)'s threshold, and Chapter V, from 2 August 2025 (Article 113, point (b)).
    private static readonly DateOnly ThresholdFrom = new(2025, 8, 2), AppliesFrom = new(2025, 8, 2);

    // The ways a verdict can be reached, as the runtime spells them.
    private static readonly How Met = How.Of(Way.Met), MetEstimated = Met.Then(Way.Estimated), MetPresumed = Met.Then(Way.Presumed),
        MetPresumedEstimated = MetPresumed.Then(Way.Estimated), Rebutted = How.Of(Way.Rebutted),
        Estimated = How.Of(Way.Estimated), RebuttedEstimated = Rebutted.Then(Way.Estimated);

    // The rules and facts by index in the rule set (gpai-models.rules' first, as imported).
    private const int HighImpactRoute = 4, DesignationRoute = 5;
    private const ulong TrainingCompute = 1UL << 0, Assessed = 1UL << 6, SignificantGenerality = 1UL << 7, IntegrableDownstream = 1UL << 8,
        PlacedOnMarket = 1UL << 9, Research = 1UL << 10, Designated = 1UL << 15;

    // Facts by bit, in the ordinal order of their names, as the runtime lists missing facts.
    private static readonly (ulong Bit, string Name)[] Names =
    [
        (Designated, "designated_by_commission"), (Assessed, "high_impact_capabilities_assessed"), (IntegrableDownstream, "integrable_downstream"),
        (PlacedOnMarket, "placed_on_market"), (Research, "research_development_or_prototyping"), (SignificantGenerality, "significant_generality"),
        (TrainingCompute, "training_compute"),
    ];

    private static readonly ApplicationDate Chapter5 = new(AppliesFrom, []);

    private static readonly Applicability[] Applicabilities =
    [
        new(ApplicabilityStatus.Applies, Chapter5, "general_purpose_ai_model", null),
        new(ApplicabilityStatus.NotYetApplicable, Chapter5, null, null),
        new(ApplicabilityStatus.OutsideScope, Chapter5, "general_purpose_ai_model", null),
        new(ApplicabilityStatus.ScopeUndetermined, Chapter5, "general_purpose_ai_model", null),
    ];

    /// <summary>Article 51(1): is the model a general-purpose AI model with systemic risk?</summary>
    public static Verdict SystemicRisk(Facts facts, DateOnly asOf)
    {
        var value = Decide(asOf, new FromFacts(facts));
        var rule = value.Rule switch
        {
            HighImpactRoute => "high_impact_route",
            DesignationRoute => "designation_route",
            _ => null,
        };
        return new Verdict("systemic_risk", value.Outcome, rule, value.How.Ways, value.Outcome == Truth.Unknown ? Missing(value.Missing) : [], asOf, null)
        {
            Applicability = Applicabilities[(int)value.Applicability],
        };
    }

    /// <summary>The same over a plain object, as a value: nothing allocated.</summary>
    public static VerdictValue SystemicRisk(GpaiModel model, DateOnly asOf) => Decide(asOf, new FromModel(model));

    /// <summary>The verdict, each fact read where the rules read it (a struct, so that the reads are inlined as if written out).</summary>
    private static VerdictValue Decide<T>(DateOnly asOf, T facts)
        where T : struct, IReads
    {
        if (asOf < AppliesFrom)
        {
            return new VerdictValue(Truth.Unknown, -1, How.None, 0, ApplicabilityStatus.NotYetApplicable);
        }

        // Article 3(63): significant generality, integrable downstream, and placed on the market or not for research alone.
        var (generality, integrable, placed, research) = (facts.SignificantGenerality, facts.IntegrableDownstream, facts.PlacedOnMarket, facts.Research);
        var general = Logic.And(Logic.And(Of(generality), Of(integrable)), Logic.Or(Of(placed), Logic.Not(Of(research))));
        if (general == Truth.No)
        {
            return new VerdictValue(Truth.Unknown, -1, How.None, 0, ApplicabilityStatus.OutsideScope);
        }

        var verdict = SystemicRisk(asOf, facts);
        if (general == Truth.Yes)
        {
            return verdict;
        }

        var missing = (generality is null ? SignificantGenerality : 0) | (integrable is null ? IntegrableDownstream : 0)
            | (placed is null ? PlacedOnMarket : 0) | (research is null ? Research : 0);
        return new VerdictValue(Truth.Unknown, -1, How.None, missing | (verdict.Outcome == Truth.Unknown ? verdict.Missing : 0), ApplicabilityStatus.ScopeUndetermined);
    }

    private static VerdictValue SystemicRisk<T>(DateOnly asOf, T facts)
        where T : struct, IReads
    {
        var (compute, estimated) = Compute(facts);
        var assessed = facts.Assessed;
        var greater = asOf < ThresholdFrom ? Truth.Unknown : Quantity.GreaterThan(compute, Threshold);
        bool? exceeds = greater == Truth.Unknown ? null : greater == Truth.Yes;

        // high_impact_capabilities: assessed_capabilities first, else compute_presumption.
        bool? highImpact = assessed == true || exceeds == true ? true : assessed is null || exceeds is null ? null : false;
        var presumed = assessed != true && exceeds == true;
        var rebuttal = facts.RebuttalAccepted;
        var designated = facts.Designated;
        if (highImpact == true && rebuttal != true)
        {
            // Compute is read under high_impact_route whichever rule decides, so an estimate marks the route.
            var how = presumed ? estimated ? MetPresumedEstimated : MetPresumed : estimated ? MetEstimated : Met;
            return new VerdictValue(Truth.Yes, HighImpactRoute, how, 0, ApplicabilityStatus.Applies);
        }

        if (designated == true)
        {
            return new VerdictValue(Truth.Yes, DesignationRoute, Met, 0, ApplicabilityStatus.Applies);
        }

        var routeUnknown = highImpact is null && rebuttal != true;
        if (routeUnknown || designated is null)
        {
            var missing = (designated is null ? Designated : 0) | (routeUnknown && assessed is null ? Assessed : 0)
                | (routeUnknown && !compute.IsKnown ? TrainingCompute : 0);
            return new VerdictValue(Truth.Unknown, -1, How.None, missing, ApplicabilityStatus.Applies);
        }

        // A "no" that read an estimated compute is an estimate too.
        var no = highImpact == true ? estimated ? RebuttedEstimated : Rebutted : estimated ? Estimated : How.None;
        return new VerdictValue(Truth.No, -1, no, 0, ApplicabilityStatus.Applies);
    }

    /// <summary>
    /// Given, else the sum of its parts (recital 111; with parts missing, a lower bound), else 6 × parameters × tokens, an
    /// estimate, unless below that bound; else the bound.
    /// </summary>
    private static (Quantity Value, bool Estimated) Compute<T>(T facts)
        where T : struct, IReads
    {
        var given = facts.TrainingCompute;
        if (given.IsKnown)
        {
            return (given, false);
        }

        var bound = Quantity.Unknown;
        var derived = facts.PretrainingCompute + facts.SyntheticDataCompute + facts.FinetuningCompute;
        if (Quantity.Settles(derived, ref bound))
        {
            return (derived, false);
        }

        var estimate = (Six * facts.Parameters * facts.TrainingTokens).AsEstimate();
        return Quantity.Settles(estimate, ref bound) ? (estimate, true) : (bound, false);
    }

    private static Truth Of(bool? yes) => yes is { } value ? Logic.Of(value) : Truth.Unknown;

    private static string[] Missing(ulong missing)
    {
        var names = new string[System.Numerics.BitOperations.PopCount(missing)];
        var next = 0;
        foreach (var (bit, name) in Names)
        {
            if ((missing & bit) != 0)
            {
                names[next++] = name;
            }
        }

        return names;
    }

    /// <summary>The facts the rules read; unknown or null when not given.</summary>
    private interface IReads
    {
        Quantity TrainingCompute { get; }

        Quantity PretrainingCompute { get; }

        Quantity SyntheticDataCompute { get; }

        Quantity FinetuningCompute { get; }

        Quantity Parameters { get; }

        Quantity TrainingTokens { get; }

        bool? Assessed { get; }

        bool? SignificantGenerality { get; }

        bool? IntegrableDownstream { get; }

        bool? PlacedOnMarket { get; }

        bool? Research { get; }

        bool? Designated { get; }

        bool? RebuttalAccepted { get; }
    }

    private readonly struct FromFacts(Facts facts) : IReads
    {
        public Quantity TrainingCompute => facts.Quantity("training_compute");

        public Quantity PretrainingCompute => facts.Quantity("pretraining_compute");

        public Quantity SyntheticDataCompute => facts.Quantity("synthetic_data_compute");

        public Quantity FinetuningCompute => facts.Quantity("finetuning_compute");

        public Quantity Parameters => facts.Quantity("parameters");

        public Quantity TrainingTokens => facts.Quantity("training_tokens");

        public bool? Assessed => facts.Get("high_impact_capabilities_assessed") as bool?;

        public bool? SignificantGenerality => facts.Get("significant_generality") as bool?;

        public bool? IntegrableDownstream => facts.Get("integrable_downstream") as bool?;

        public bool? PlacedOnMarket => facts.Get("placed_on_market") as bool?;

        public bool? Research => facts.Get("research_development_or_prototyping") as bool?;

        public bool? Designated => facts.Get("designated_by_commission") as bool?;

        public bool? RebuttalAccepted => facts.Get("rebuttal_accepted") as bool?;
    }

    private readonly struct FromModel(GpaiModel model) : IReads
    {
        public Quantity TrainingCompute => model.TrainingCompute ?? Quantity.Unknown;

        public Quantity PretrainingCompute => model.PretrainingCompute ?? Quantity.Unknown;

        public Quantity SyntheticDataCompute => model.SyntheticDataCompute ?? Quantity.Unknown;

        public Quantity FinetuningCompute => model.FinetuningCompute ?? Quantity.Unknown;

        public Quantity Parameters => model.Parameters ?? Quantity.Unknown;

        public Quantity TrainingTokens => model.TrainingTokens ?? Quantity.Unknown;

        public bool? Assessed => model.HighImpactCapabilitiesAssessed;

        public bool? SignificantGenerality => model.SignificantGenerality;

        public bool? IntegrableDownstream => model.IntegrableDownstream;

        public bool? PlacedOnMarket => model.PlacedOnMarket;

        public bool? Research => model.ResearchDevelopmentOrPrototyping;

        public bool? Designated => model.DesignatedByCommission;

        public bool? RebuttalAccepted => model.RebuttalAccepted;
    }
}
