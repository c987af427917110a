using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// When and to what the law applies, through the shipped rules: Chapter V from 2 August 2025 (Article 113, point (b)),
/// and Article 51 for general-purpose AI models only (Article 3, point (63)).
/// </summary>
public class ApplicabilityTests
{
    private static readonly Facts GeneralPurpose = Facts.None
        .With("significant_generality", true).With("integrable_downstream", true).With("placed_on_market", true);

    private static readonly Facts Gpt4Class = GeneralPurpose.With("training_compute", 3.8e25);

    [TestCase(true)]
    [TestCase(false)]
    public void The_day_before_Chapter_V_applies_a_verdict_is_not_applicable_citing_Article_113_point_b(bool trace)
    {
        var verdict = Built.GpaiClassifier.Classify(Gpt4Class, new ClassifyOptions(new DateOnly(2025, 8, 1), trace));

        verdict.Applicability.Status.ShouldBe(ApplicabilityStatus.NotYetApplicable);
        verdict.Applicability.IsApplicable.ShouldBeFalse();
        verdict.Applicability.Date.ShouldNotBeNull().From.ShouldBe(new DateOnly(2025, 8, 2));
        verdict.Applicability.Date.Citations.ShouldHaveSingleItem().Provision.ShouldBe("art_113__pnt_b");
        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.MissingFacts.ShouldBeEmpty();
        verdict.DecidingRule.ShouldBeNull();
    }

    [TestCase(true)]
    [TestCase(false)]
    public void On_the_day_Chapter_V_applies_the_model_is_classified(bool trace)
    {
        var verdict = Built.GpaiClassifier.Classify(Gpt4Class, new ClassifyOptions(new DateOnly(2025, 8, 2), trace));

        verdict.Applicability.Status.ShouldBe(ApplicabilityStatus.Applies);
        verdict.Applicability.Scope.ShouldBe("general_purpose_ai_model");
        (verdict.Outcome, verdict.DecidingRule).ShouldBe((Truth.Yes, "high_impact_route"));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_model_that_is_not_general_purpose_is_not_classified_even_above_the_threshold(bool trace)
    {
        var facts = Gpt4Class.With("significant_generality", false);

        var verdict = Built.GpaiClassifier.Classify(facts, Built.Traced with { Trace = trace });

        verdict.Applicability.Status.ShouldBe(ApplicabilityStatus.OutsideScope);
        verdict.Outcome.ShouldNotBe(Truth.No);
        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.MissingFacts.ShouldBeEmpty();
        if (trace)
        {
            var scope = verdict.Applicability.ScopeTrace.ShouldNotBeNull();
            (scope.Name, scope.Value).ShouldBe(("general_purpose_ai_model", new StepValue.OfTruth(Truth.No)));
            scope.Citations.ShouldContain(c => c.Provision == "art_3__pnt_63");
        }
    }

    [Test]
    public void A_model_used_for_research_before_being_placed_on_the_market_is_outside_the_definition_but_once_placed_it_is_within()
    {
        var research = GeneralPurpose.With("placed_on_market", false).With("research_development_or_prototyping", true).With("training_compute", 3.8e25);

        Built.GpaiClassifier.Classify(research, Built.Traced).Applicability.Status.ShouldBe(ApplicabilityStatus.OutsideScope);
        Built.GpaiClassifier.Classify(research.With("placed_on_market", true), Built.Traced).Outcome.ShouldBe(Truth.Yes);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Without_the_facts_of_the_definition_the_verdict_is_unknown_and_asks_for_them_though_the_compute_is_above_the_threshold(bool trace)
    {
        var verdict = Built.GpaiClassifier.Classify(Facts.None.With("training_compute", 3.8e25), Built.Traced with { Trace = trace });

        verdict.Applicability.Status.ShouldBe(ApplicabilityStatus.ScopeUndetermined);
        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.MissingFacts.ShouldBe(["integrable_downstream", "placed_on_market", "research_development_or_prototyping", "significant_generality"]);
    }

    [Test]
    public void Rules_that_state_no_date_say_so_on_every_verdict_and_classify_in_2019()
    {
        var rules = Built.Check("""
            rules "Timeless"
            fact high_impact_capabilities_assessed: yes/no
              cites Article 51(1), point (a)
            conclusion systemic_risk
              cites Article 51(1)
            rule assessed
              concludes systemic_risk
              when high_impact_capabilities_assessed
              cites Article 51(1), point (a)
            verdict systemic_risk
              cites Article 51(1)
            """);
        var classifier = Built.Load(rules).Classifier;

        var verdict = classifier.Classify(Facts.None.With("high_impact_capabilities_assessed", true), new ClassifyOptions(new DateOnly(2019, 1, 1)));

        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.Applicability.ShouldBe(Applicability.Unstated);
    }
}
