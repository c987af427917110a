using RulesDsl.Runtime;

namespace RulesDsl.Runtime.Tests;

/// <summary>
/// Article 51 in miniature, written by hand the way generated code describes a rule set: a compute fact with a derivation
/// and an estimate, a dated threshold, a presumption, a route with a rebuttal, and a designation route.
/// </summary>
internal sealed class SmallRuleSet : Classifier
{
    public const int Compute = 0, Pretraining = 1, Parameters = 2, Tokens = 3, Designated = 4, Rebuttal = 5, Modalities = 6;
    public const int HighImpact = 0, SystemicRisk = 1;

    private static readonly Citation Art51Para2 = new("art_51__para_2", "Article 51(2)");

    protected override RuleSetDefinition Describe() => new(
        "Small",
        "eu-ai-act",
        "en",
        "rules/small.rules",
        [
            new FactDefinition("training_compute", FactKind.Quantity, "FLOP", [], [Art51Para2]),
            new FactDefinition("pretraining_compute", FactKind.Quantity, "FLOP", [], []),
            new FactDefinition("parameters", FactKind.Quantity, "count", [], []),
            new FactDefinition("training_tokens", FactKind.Quantity, "tokens", [], []),
            new FactDefinition("designated_by_commission", FactKind.YesNo, null, [], []),
            new FactDefinition("rebuttal_accepted", FactKind.YesNo, null, [], []),
            new FactDefinition("modalities", FactKind.Set, null, ["text", "image"], []),
        ],
        [new ParameterDefinition("compute_threshold", "FLOP", [new ParameterValue(Quantity.Of(1e25), new DateOnly(2025, 8, 2)), new ParameterValue(Quantity.Of(1e26), new DateOnly(2030, 1, 1))], [Art51Para2])],
        [
            new DerivationDefinition(Compute, false, e => e.Quantity(Pretraining), [], 10),
            new DerivationDefinition(Compute, true, e => Quantity.Of(6) * e.Quantity(Parameters) * e.Quantity(Tokens), [], 11),
        ],
        [new ConclusionDefinition("high_impact_capabilities", "art_3__pnt_64", []), new ConclusionDefinition("systemic_risk", "art_3__pnt_65", [])],
        [
            new RuleDefinition("compute_presumption", RuleKind.Presumption, HighImpact, true, e => e.Compare(Comparator.GreaterThan, e.Quantity(Compute), e.Parameter(0), "FLOP"), null, null, [Art51Para2], 20),
            new RuleDefinition("high_impact_route", RuleKind.Rule, SystemicRisk, true, e => e.Conclusion(HighImpact), e => e.YesNo(Rebuttal), null, [new("art_51__para_1__pnt_a", "Article 51(1), point (a)")], 21),
            new RuleDefinition("designation_route", RuleKind.Rule, SystemicRisk, true, e => e.YesNo(Designated), null, null, [new("art_51__para_1__pnt_b", "Article 51(1), point (b)")], 22),
        ],
        SystemicRisk);
}
