using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>The verdict's 'applies from … citing …' and 'applies to …', checked against the corpus.</summary>
public class ApplicabilityCheckTests
{
    private const string Head = """
        rules "Applicability"
        fact high_impact_capabilities_assessed: yes/no
          cites Article 51(1), point (a)
        fact significant_generality: yes/no
          cites Article 3, point (63)
        conclusion general_purpose_ai_model
          cites Article 3, point (63)
        conclusion systemic_risk
          cites Article 51(1)
        rule general_purpose
          concludes general_purpose_ai_model
          when significant_generality
          cites Article 3, point (63)
        rule assessed
          concludes systemic_risk
          when high_impact_capabilities_assessed
          cites Article 51(1), point (a)

        """;

    [Test]
    public void Article_113_point_b_writes_2_August_2025_so_the_date_and_scope_check_clean()
    {
        var result = Against.Check(Head + "verdict systemic_risk\n  applies to general_purpose_ai_model\n  applies from 2025-08-02 citing Article 113, point (b)\n  cites Article 51(1)\n");

        result.Diagnostics.ShouldBeEmpty();
        var verdict = result.RuleSet.Verdict.ShouldNotBeNull();
        verdict.AppliesFrom.ShouldNotBeNull().From.Value.ShouldBe(new DateOnly(2025, 8, 2));
        verdict.Scope.ShouldNotBeNull().Name.ShouldBe("general_purpose_ai_model");
        result.Corpus.Citations.Values.ShouldContain(c => c.Id.Value == "art_113__pnt_b");
    }

    [Test]
    public void A_point_of_Article_113_that_sets_another_date_is_told_the_dates_it_writes()
    {
        var text = Head + "verdict systemic_risk\n  applies from 2025-08-02 citing Article 113, point (a)\n  cites Article 51(1)\n";

        var warning = Against.Check(text).Diagnostics.ShouldHaveSingleItem();

        warning.Id.ShouldBe("RD0151");
        warning.Message.ShouldBe("Article 113, point (a) does not write 2 August 2025; it writes 2 February 2025");
        (warning.Position.Line, warning.Position.Column).ShouldBe((19, 16));
    }

    [Test]
    public void A_Dutch_file_finds_the_date_as_Dutch_writes_it()
    {
        var text = Head.Replace("rules \"Applicability\"\n", "rules \"Toepasselijkheid\"\nlanguage nl\n", StringComparison.Ordinal)
            .Replace("Article 51(1), point (a)", "artikel 51, lid 1, punt a)", StringComparison.Ordinal)
            .Replace("Article 51(1)", "artikel 51, lid 1", StringComparison.Ordinal)
            .Replace("Article 3, point (63)", "artikel 3, punt 63)", StringComparison.Ordinal)
            + "verdict systemic_risk\n  applies from 2025-08-02 citing artikel 113, punt b)\n  cites artikel 51, lid 1\n";

        Against.Check(text).Diagnostics.ShouldBeEmpty();
    }

    [Test]
    public void Before_the_law_applies_no_parameter_needs_a_value_and_after_it_every_one_does()
    {
        const string rules = """
            rules "Threshold"
            parameter compute_threshold: FLOP
              value 10^25 FLOP from 2025-08-02
              cites Article 51(2)
            fact training_compute: FLOP
              cites Article 51(2)
            conclusion systemic_risk
              cites Article 51(1)
            presumption compute_presumption
              presumes systemic_risk
              when training_compute greater than compute_threshold
              cites Article 51(2)
            verdict systemic_risk
              applies from 2025-08-02 citing Article 113, point (b)
              cites Article 51(1)
            """;

        Against.Workspace.WithAsOf(new DateOnly(2025, 8, 1)).Check("rules/t.rules", rules).Diagnostics.ShouldBeEmpty();
        Against.Check(rules.Replace("from 2025-08-02\n  cites Article 51(2)", "from 2025-09-01\n  cites Article 51(2)", StringComparison.Ordinal))
            .Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("parameter 'compute_threshold' has no value from 2025-08-02, when the law applies, until 2025-09-01");
    }

    [Test]
    public void The_formatter_writes_the_applicability_clauses_and_formats_them_to_themselves()
    {
        var text = Head + "verdict systemic_risk\n  applies to general_purpose_ai_model\n  applies from 2025-08-02 citing Article 113, point (b)\n  cites Article 51(1)\n\nexample \"before\"\n  given high_impact_capabilities_assessed = yes\n  as of 2025-08-01\n  expect systemic_risk = not applicable\n";

        var file = Against.Check(text).Syntax;

        var formatted = RulesDsl.Language.Formatting.RulesFormatter.Format(file);
        formatted.ShouldContain("verdict systemic_risk\n  applies to general_purpose_ai_model\n  applies from 2025-08-02 citing Article 113, point (b)\n  cites Article 51(1)\n");
        formatted.ShouldContain("  given high_impact_capabilities_assessed = yes\n  as of 2025-08-01\n  expect systemic_risk = not applicable\n");
        RulesDsl.Language.Formatting.RulesFormatter.Format(Against.Check(formatted).Syntax).ShouldBe(formatted);
        var example = file.Declarations.OfType<ExampleDeclaration>().ShouldHaveSingleItem();
        (example.Value, example.AsOf?.Value).ShouldBe((ExpectedValue.NotApplicable, new DateOnly(2025, 8, 1)));
    }
}
