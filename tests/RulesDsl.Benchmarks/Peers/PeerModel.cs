using System.Globalization;
using RulesDsl.Runtime;

namespace RulesDsl.Benchmarks.Peers;

/// <summary>
/// A general-purpose AI model's facts as the peers' users write them: amounts as decimals (a double's 6 × parameters ×
/// tokens lands on 10^25 where the exact product is above it, as ours computes it), yes/no as bool, null when not given,
/// and the day the verdict is asked for.
/// </summary>
public sealed class PeerModel
{
    public DateTime AsOf { get; set; }

    public decimal? TrainingCompute { get; set; }

    public decimal? PretrainingCompute { get; set; }

    public decimal? SyntheticDataCompute { get; set; }

    public decimal? FinetuningCompute { get; set; }

    public decimal? Parameters { get; set; }

    public decimal? TrainingTokens { get; set; }

    public bool? HighImpactCapabilitiesAssessed { get; set; }

    public bool? SignificantGenerality { get; set; }

    public bool? IntegrableDownstream { get; set; }

    public bool? PlacedOnMarket { get; set; }

    public bool? ResearchDevelopmentOrPrototyping { get; set; }

    public bool? DesignatedByCommission { get; set; }

    public bool? RebuttalAccepted { get; set; }

    /// <summary>The model a case's facts describe, read as the hand-written baseline reads them, amounts as decimals.</summary>
    public static PeerModel Of(Facts facts, DateOnly asOf)
    {
        var model = GpaiModel.Of(facts);
        return new()
        {
            AsOf = asOf.ToDateTime(TimeOnly.MinValue),
            TrainingCompute = Amount(model.TrainingCompute),
            PretrainingCompute = Amount(model.PretrainingCompute),
            SyntheticDataCompute = Amount(model.SyntheticDataCompute),
            FinetuningCompute = Amount(model.FinetuningCompute),
            Parameters = Amount(model.Parameters),
            TrainingTokens = Amount(model.TrainingTokens),
            HighImpactCapabilitiesAssessed = model.HighImpactCapabilitiesAssessed,
            SignificantGenerality = model.SignificantGenerality,
            IntegrableDownstream = model.IntegrableDownstream,
            PlacedOnMarket = model.PlacedOnMarket,
            ResearchDevelopmentOrPrototyping = model.ResearchDevelopmentOrPrototyping,
            DesignatedByCommission = model.DesignatedByCommission,
            RebuttalAccepted = model.RebuttalAccepted,
        };
    }

    private static decimal? Amount(Quantity? amount) =>
        amount is { IsKnown: true } known ? decimal.Parse(known.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture) : null;
}

/// <summary>A two-valued verdict on systemic risk: "yes" (with the route that decided it), "no" or "not applicable".</summary>
public readonly record struct PeerVerdict(string Outcome, string? Rule)
{
    public static readonly PeerVerdict No = new("no", null), NotApplicable = new("not applicable", null);

    public static PeerVerdict Yes(string rule) => new("yes", rule);

    /// <summary>
    /// Our verdict as a two-valued engine can give it, or null where ours is unknown (or the scope is): a two-valued
    /// engine reads a fact not given as false and cannot say so.
    /// </summary>
    public static PeerVerdict? Of(Verdict verdict) => verdict.Applicability.Status switch
    {
        ApplicabilityStatus.OutsideScope or ApplicabilityStatus.NotYetApplicable => NotApplicable,
        ApplicabilityStatus.Applies when verdict.Outcome == Truth.Yes => Yes(verdict.DecidingRule!),
        ApplicabilityStatus.Applies when verdict.Outcome == Truth.No => No,
        _ => null,
    };
}
