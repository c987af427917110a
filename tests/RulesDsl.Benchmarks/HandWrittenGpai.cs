namespace RulesDsl.Benchmarks;

/// <summary>
/// rules/gpai-systemic-risk.rules written by hand in plain C#, without trace: the baseline the compiled classifier is
/// measured against. Three-valued: null is unknown.
/// </summary>
public static class HandWrittenGpai
{
    private static readonly DateOnly ThresholdFrom = new(2025, 8, 2);

    public sealed record Case(
        double? TrainingCompute = null,
        double? PretrainingCompute = null,
        double? SyntheticDataCompute = null,
        double? FinetuningCompute = null,
        double? Parameters = null,
        double? TrainingTokens = null,
        bool? HighImpactCapabilitiesAssessed = null,
        bool? DesignatedByCommission = null,
        bool? RebuttalAccepted = null);

    /// <summary>Article 51(1): yes, no, or null for unknown.</summary>
    public static bool? SystemicRisk(Case c, DateOnly asOf)
    {
        var compute = c.TrainingCompute
            ?? c.PretrainingCompute + c.SyntheticDataCompute + c.FinetuningCompute
            ?? 6 * c.Parameters * c.TrainingTokens;
        double? threshold = asOf >= ThresholdFrom ? 1e25 : null;
        bool? presumed = compute is null || threshold is null ? null : compute > threshold;
        bool? highImpact = c.HighImpactCapabilitiesAssessed == true || presumed == true ? true
            : c.HighImpactCapabilitiesAssessed is null || presumed is null ? null : false;
        bool? routeA = c.RebuttalAccepted == true ? false : highImpact;
        bool? routeB = c.DesignatedByCommission;
        return routeA == true || routeB == true ? true
            : routeA is null || routeB is null ? null
            : false;
    }
}
