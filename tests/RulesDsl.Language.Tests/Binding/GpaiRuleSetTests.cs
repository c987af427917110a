using RulesDsl.Language.Binding;
using RulesDsl.Language.Syntax;
using static RulesDsl.Language.Tests.Binding.BindingTestSupport;

namespace RulesDsl.Language.Tests.Binding;

/// <summary>rules/gpai-systemic-risk.rules, written out declaration by declaration until the parser reads it.</summary>
public sealed class GpaiRuleSetTests
{
    private const string Compute = "recital 111 sentence 6";

    private static readonly X Above = X.Number("3e25", "FLOP");

    [Test]
    public void The_gpai_rule_set_checks_clean()
    {
        Gpai().Bind().ShouldBeClean();
    }

    [Test]
    public void The_gpai_rule_set_binds_every_declaration()
    {
        var ruleSet = Gpai().Bind().RuleSet;

        (ruleSet.Enumerations.Length, ruleSet.Facts.Length, ruleSet.Parameters.Length, ruleSet.Conclusions.Length).ShouldBe((1, 13, 2, 3));
        ruleSet.Rules.Select(r => r.Name).ShouldBe(
            ["assessed_capabilities", "compute_presumption", "reach_presumption", "high_impact_route", "designation_route"]);
        ruleSet.Facts.Single(f => f.Symbol.Name == "training_compute").Fallbacks.Select(d => d.IsEstimate).ShouldBe([false, true]);
        ruleSet.Verdict?.Conclusion.Name.ShouldBe("systemic_risk");
        ruleSet.Examples.Length.ShouldBe(10);
    }

    [Test]
    public void A_rebuttal_rule_against_the_presumption_without_priority_conflicts_with_it()
    {
        var result = Gpai()
            .Rule("rebutted_capabilities", "high_impact_capabilities", X.Name("rebuttal_accepted"), not: true, cites: ["Article 52(3)"])
            .Bind();

        result.Diagnostics.Select(d => d.Id).ShouldBe(["RD0106", "RD0106"]);
        result.Diagnostics.Select(d => d.Message).ShouldAllBe(m => m.StartsWith("rules 'rebutted_capabilities' and '"));
    }

    private static RulesFileBuilder Gpai() => new RulesFileBuilder("General-purpose AI models with systemic risk", "eu-ai-act", "en")
        .Enum("modality", ["text", "image", "audio", "video", "biological_sequences"], ["Annex XIII, point (d)"])
        .Fact("training_compute", "FLOP", ["Article 51(2)", Compute])
        .Fact("pretraining_compute", "FLOP", [Compute])
        .Fact("synthetic_data_compute", "FLOP", [Compute])
        .Fact("finetuning_compute", "FLOP", [Compute])
        .Fact("parameters", "count", ["Annex XIII, point (a)"])
        .Fact("training_tokens", "tokens", ["Annex XIII, point (b)"])
        .Fact("modalities", "set of modality", ["Annex XIII, point (d)"])
        .Fact("capability_benchmarks_high", "yes/no", ["Annex XIII, point (e)"])
        .Fact("business_users_eu", "count", ["Annex XIII, point (f)"])
        .Fact("end_users_eu", "count", ["Annex XIII, point (g)"])
        .Fact("high_impact_capabilities_assessed", "yes/no", ["Article 51(1), point (a)"])
        .Fact("designated_by_commission", "yes/no", ["Article 51(1), point (b)", "Article 52(4)"])
        .Fact("rebuttal_accepted", "yes/no", ["Article 52(2)", "Article 52(3)"])
        .Parameter("compute_threshold", "FLOP", [(X.Number("10^25", "FLOP"), "2025-08-02")], ["Article 51(2)", "Article 51(3)"])
        .Parameter("business_users_threshold", "count", [(X.Number("10 000"), "2025-08-02")], ["Annex XIII, point (f)"])
        .Derive(
            "training_compute",
            X.Name("pretraining_compute").Plus(X.Name("synthetic_data_compute")).Plus(X.Name("finetuning_compute")),
            [Compute])
        .Estimate(
            "training_compute",
            X.Number("6").Times(X.Name("parameters")).Times(X.Name("training_tokens")).InParentheses().As("FLOP"),
            ["Article 51(2)", "Article 3, point (67)", "recital 111 sentence 5"])
        .Conclusion("high_impact_capabilities", "^capgi", ["Article 3, point (64)", "Article 51(1), point (a)"])
        .Conclusion("high_impact_on_internal_market", cites: ["Annex XIII, point (f)"])
        .Conclusion("systemic_risk", "^sysrisk", ["Article 51(1)"])
        .Rule("assessed_capabilities", "high_impact_capabilities", X.Name("high_impact_capabilities_assessed"), cites: ["Article 51(1), point (a)"])
        .Presumption(
            "compute_presumption",
            "high_impact_capabilities",
            X.Name("training_compute").GreaterThan(X.Name("compute_threshold")),
            cites: ["Article 51(2)"])
        .Presumption(
            "reach_presumption",
            "high_impact_on_internal_market",
            X.Name("business_users_eu").AtLeast(X.Name("business_users_threshold")),
            cites: ["Annex XIII, point (f)"])
        .Rule(
            "high_impact_route",
            "systemic_risk",
            X.Name("high_impact_capabilities"),
            unless: X.Name("rebuttal_accepted"),
            cites: ["Article 51(1), point (a)", "Article 52(2)", "Article 52(3)"])
        .Rule("designation_route", "systemic_risk", X.Name("designated_by_commission"), cites: ["Article 51(1), point (b)", "Article 52(4)"])
        .Verdict("systemic_risk", ["Article 51(1)"])
        .Example(
            "above the threshold, rebuttal rejected",
            [("training_compute", Above), ("rebuttal_accepted", X.No)],
            "systemic_risk",
            ExpectedValue.Yes,
            "high_impact_route")
        .Example(
            "above the threshold, no word on a rebuttal: the presumption stands",
            [("training_compute", Above)],
            "systemic_risk",
            ExpectedValue.Yes,
            "high_impact_route")
        .Example(
            "exactly 10^25 FLOP is not greater than 10^25",
            [
                ("training_compute", X.Number("10^25", "FLOP")), ("high_impact_capabilities_assessed", X.No),
                ("designated_by_commission", X.No),
            ],
            "systemic_risk",
            ExpectedValue.No)
        .Example(
            "cumulative compute derived from its parts",
            [
                ("pretraining_compute", X.Number("8e24", "FLOP")), ("synthetic_data_compute", X.Number("1e24", "FLOP")),
                ("finetuning_compute", X.Number("2e24", "FLOP")),
            ],
            "systemic_risk",
            ExpectedValue.Yes,
            "high_impact_route")
        .Example(
            "compute estimated from parameters and training tokens",
            [("parameters", X.Number("400 000 000 000")), ("training_tokens", X.Number("15e12", "tokens"))],
            "systemic_risk",
            ExpectedValue.Yes,
            "high_impact_route")
        .Example(
            "rebuttal accepted, not designated",
            [("training_compute", Above), ("rebuttal_accepted", X.Yes), ("designated_by_commission", X.No)],
            "systemic_risk",
            ExpectedValue.No)
        .Example(
            "high-impact capabilities assessed below the compute threshold",
            [("training_compute", X.Number("1e24", "FLOP")), ("high_impact_capabilities_assessed", X.Yes)],
            "systemic_risk",
            ExpectedValue.Yes,
            "high_impact_route")
        .Example("designated by the Commission", [("designated_by_commission", X.Yes)], "systemic_risk", ExpectedValue.Yes, "designation_route")
        .Example("nothing known", [], "systemic_risk", ExpectedValue.Unknown)
        .Example(
            "reach presumed at 10 000 registered business users",
            [("business_users_eu", X.Number("10 000"))],
            "high_impact_on_internal_market",
            ExpectedValue.Yes,
            "reach_presumption");
}
