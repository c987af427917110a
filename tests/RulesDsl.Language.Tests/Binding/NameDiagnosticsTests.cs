using RulesDsl.Diagnostics;
using RulesDsl.Language.Syntax;
using static RulesDsl.Language.Tests.Binding.BindingTestSupport;

namespace RulesDsl.Language.Tests.Binding;

public sealed class NameDiagnosticsTests
{
    [Test]
    public void The_prelude_of_these_tests_checks_clean()
    {
        Valid().Bind().ShouldBeClean();
    }

    [Test]
    public void An_unknown_name_in_a_condition_is_reported_with_the_closest_fact()
    {
        var result = Valid()
            .Fact("training_compute", "FLOP")
            .Parameter("compute_threshold", "FLOP", [(X.Number("10^25", "FLOP"), "2025-08-02")])
            .Conclusion("high")
            .Rule("compute", "high", X.Name("training_comput").GreaterThan(X.Name("compute_threshold")))
            .Bind();

        result.ShouldReport(("RD0101", 29, 8));
        result.Diagnostics[0].Message.ShouldBe("there is no fact, parameter or conclusion named 'training_comput'");
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'training_compute'?");
        result.Diagnostics[0].Length.ShouldBe("training_comput".Length);
    }

    [Test]
    public void A_rule_concluding_an_unknown_conclusion_is_offered_a_conclusion_not_a_fact()
    {
        var result = Valid().Rule("second", "alowed", X.Name("approved")).Bind();

        result.ShouldReport(("RD0101", 18, 13));
        result.Diagnostics[0].Message.ShouldBe("there is no conclusion named 'alowed'");
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'allowed'?");
    }

    [Test]
    public void An_exception_to_an_unknown_rule_is_offered_a_rule()
    {
        var result = Valid().Rule("override", "allowed", X.Name("approved"), exceptionTo: "aproval").Bind();

        result.ShouldReport(("RD0101", 20, 16));
        result.Diagnostics[0].Message.ShouldBe("there is no rule named 'aproval'");
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'approval'?");
    }

    [Test]
    public void A_set_of_an_unknown_enumeration_is_offered_an_enumeration()
    {
        var result = Valid()
            .Enum("modality", ["text", "image"])
            .Fact("modalities", "set of modalty")
            .Bind();

        result.ShouldReport(("RD0101", 21, 25));
        result.Diagnostics[0].Message.ShouldBe("there is no enumeration named 'modalty'");
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'modality'?");
    }

    [Test]
    public void An_example_expecting_a_fact_is_told_there_is_no_such_conclusion()
    {
        var result = Valid().Example("approved only", [("approved", X.Yes)], "approved", ExpectedValue.Yes).Bind();

        result.ShouldReport(("RD0101", 19, 10));
        result.Diagnostics[0].Message.ShouldBe("there is no conclusion named 'approved'");
        result.Diagnostics[0].Hint.ShouldBeNull();
    }

    [Test]
    public void An_example_deciding_by_an_unknown_rule_is_offered_a_rule()
    {
        var result = Valid().Example("typo", [("approved", X.Yes)], "allowed", ExpectedValue.Yes, by: "aproval").Bind();

        result.ShouldReport(("RD0101", 19, 27));
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'approval'?");
    }

    [Test]
    public void A_number_in_an_unknown_unit_is_offered_a_unit()
    {
        var result = Valid().Parameter("limit", "FLOP", [(X.Number("10", "FLOPS"), "2025-08-02")]).Bind();

        result.ShouldReport(("RD0101", 18, 12));
        result.Diagnostics[0].Message.ShouldBe("there is no unit named 'FLOPS'");
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'FLOP'?");
    }

    [Test]
    public void A_name_declared_twice_is_reported_where_it_is_declared_again()
    {
        var result = Valid().Fact("approved", "count").Bind();

        result.ShouldReport(("RD0102", 17, 6));
        result.Diagnostics[0].Message.ShouldBe("'approved' is already declared at test.rules(3,6)");
    }

    [Test]
    public void Facts_parameters_conclusions_rules_and_enumerations_share_one_namespace()
    {
        var result = Valid().Conclusion("approved").Enum("approval", ["yes_really"]).Bind();

        result.ShouldReport(("RD0102", 17, 12), ("RD0102", 20, 6));
    }

    [Test]
    public void A_fact_may_have_one_derivation_and_one_estimate_but_not_two_derivations()
    {
        var result = Valid()
            .Fact("a", "FLOP")
            .Fact("b", "FLOP")
            .Derive("a", X.Name("b"))
            .Estimate("a", X.Name("b"))
            .Derive("a", X.Name("b"))
            .Bind();

        result.ShouldReport(("RD0102", 31, 8));
        result.Diagnostics[0].Message.ShouldBe("'derive a' is already declared at test.rules(23,8)");
    }

    [Test]
    public void An_enumeration_value_written_twice_is_a_duplicate()
    {
        var result = Valid().Enum("modality", ["text", "image", "text"]).Bind();

        result.ShouldReport(("RD0102", 18, 23));
        result.Diagnostics[0].Message.ShouldBe("'text' is already declared at test.rules(18,10)");
    }

    [Test]
    public void An_example_giving_a_fact_twice_or_sharing_a_title_is_a_duplicate()
    {
        var result = Valid()
            .Example("twice", [("approved", X.Yes), ("approved", X.No)], "allowed", ExpectedValue.Yes)
            .Example("twice", [], "allowed", ExpectedValue.Unknown)
            .Bind();

        result.ShouldReport(("RD0102", 19, 9), ("RD0102", 22, 10));
    }

    [Test]
    public void An_example_giving_what_is_not_a_fact_is_offered_a_fact()
    {
        var result = Valid().Example("typo", [("aproved", X.Yes)], "allowed", ExpectedValue.Yes).Bind();

        result.ShouldReport(("RD0108", 18, 9));
        result.Diagnostics[0].Message.ShouldBe("the example gives 'aproved', which is not a fact");
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'approved'?");
    }

    [Test]
    public void Every_declaration_but_an_example_must_cite_a_source()
    {
        var result = new RulesFileBuilder()
            .Enum("modality", ["text"], cites: [])
            .Fact("users", "count", cites: [])
            .Fact("compute", "FLOP", cites: [])
            .Parameter("limit", "count", [(X.Number("10"), "2025-08-02")], cites: [])
            .Derive("compute", X.Number("1", "FLOP"), cites: [])
            .Estimate("compute", X.Number("2", "FLOP"), cites: [])
            .Conclusion("big", cites: [])
            .Rule("large", "big", X.Name("users").GreaterThan(X.Name("limit")), cites: [])
            .Presumption("larger", "big", X.Name("users").AtLeast(X.Name("limit")), cites: [])
            .Verdict("big", cites: [])
            .Example("uncited", [], "big", ExpectedValue.Unknown)
            .Bind();

        result.ShouldReport(
            ("RD0114", 3, 6),
            ("RD0114", 6, 6),
            ("RD0114", 8, 6),
            ("RD0114", 10, 11),
            ("RD0114", 13, 8),
            ("RD0114", 16, 10),
            ("RD0114", 19, 12),
            ("RD0114", 21, 6),
            ("RD0114", 25, 13),
            ("RD0114", 29, 9));
        result.Diagnostics.Select(d => d.Message.Split(" cites")[0]).ShouldBe(
        [
            "enumeration 'modality'", "fact 'users'", "fact 'compute'", "parameter 'limit'", "derivation 'compute'",
            "estimate 'compute'", "conclusion 'big'", "rule 'large'", "presumption 'larger'", "verdict 'big'",
        ]);
    }

    [Test]
    public void A_file_without_a_verdict_is_reported_at_its_start()
    {
        var result = new RulesFileBuilder()
            .Fact("approved", "yes/no")
            .Conclusion("allowed")
            .Rule("approval", "allowed", X.Name("approved"))
            .Bind();

        result.ShouldReport(("RD0117", 1, 1));
        result.Diagnostics[0].Message.ShouldBe("the file declares no verdict");
        result.RuleSet.Verdict.ShouldBeNull();
    }

    [Test]
    public void A_second_verdict_is_reported_where_it_is_declared()
    {
        var result = Valid().Verdict("allowed").Bind();

        result.ShouldReport(("RD0117", 17, 9));
        result.Diagnostics[0].Message.ShouldBe("the file declares 2 verdicts; a rule set returns one");
        result.Diagnostics[0].Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Test]
    public void A_verdict_must_name_a_conclusion()
    {
        var result = new RulesFileBuilder()
            .Fact("approved", "yes/no")
            .Conclusion("allowed")
            .Rule("approval", "allowed", X.Name("approved"))
            .Verdict("alowed")
            .Bind();

        result.ShouldReport(("RD0101", 14, 9));
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'allowed'?");
    }
}
