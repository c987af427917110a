using RulesDsl.Language.Binding;
using RulesDsl.Language.Syntax;
using static RulesDsl.Language.Tests.Binding.BindingTestSupport;

namespace RulesDsl.Language.Tests.Binding;

public sealed class RuleDiagnosticsTests
{
    private static readonly X Users = X.Name("users");
    private static readonly X Limit = X.Name("limit");
    private static readonly X Approved = X.Name("approved");
    private static readonly X Flagged = X.Name("flagged");

    // Conditions of a rule concluding "big" and of one concluding "not big": whether both can hold at once.
    private static readonly object[] ConditionPairs =
    [
        new object[] { Users.GreaterThan(Limit), Users.AtMost(Limit), false },
        new object[] { Users.GreaterThan(Limit), Limit.AtLeast(Users), false },
        new object[] { Users.AtLeast(Limit), Limit.GreaterThan(Users), false },
        new object[] { Users.Is(Limit), Users.LessThan(Limit), false },
        new object[] { Users.GreaterThan(Limit), X.Not(Users.GreaterThan(Limit).InParentheses()), false },
        new object[] { Users.GreaterThan(Limit).And(Approved), X.Not(Approved), false },
        new object[] { Approved, X.Not(X.Not(X.Not(Approved))), false },
        new object[] { Users.GreaterThan(Limit), Users.AtLeast(Limit), true },
        new object[] { Users.GreaterThan(Limit), Limit.LessThan(Users), true },
        new object[] { Users.GreaterThan(Limit), Approved, true },
        new object[] { Users.GreaterThan(Limit).Or(Approved), X.Not(Approved), true },
        new object[] { Users.GreaterThan(Limit), Users.LessThan(X.Number("10 000")), true },
    ];

    [TestCaseSource(nameof(ConditionPairs))]
    public void Rules_deciding_a_conclusion_both_ways_conflict_unless_their_conditions_exclude_each_other(X yes, X no, bool conflict)
    {
        var result = new RulesFileBuilder()
            .Fact("users", "count")
            .Fact("approved", "yes/no")
            .Parameter("limit", "count", [(X.Number("10 000"), "2025-08-02")])
            .Conclusion("big")
            .Rule("big_yes", "big", yes)
            .Rule("big_no", "big", no, not: true)
            .Verdict("big")
            .Bind();

        if (conflict)
        {
            result.ShouldReport(("RD0106", 21, 6));
            result.Diagnostics[0].Message.ShouldBe(
                "rules 'big_no' and 'big_yes' decide 'big' differently and their conditions can hold at once");
            result.Diagnostics[0].Hint.ShouldBe("make one an exception of the other: 'exception to big_yes'");
        }
        else
        {
            result.ShouldBeClean();
        }
    }

    [Test]
    public void An_exception_to_the_other_rule_settles_the_conflict()
    {
        Valid().Fact("flagged", "yes/no").Rule("refusal", "allowed", Approved.And(Flagged), not: true)
            .Bind().ShouldReport(("RD0106", 20, 6));

        Valid().Fact("flagged", "yes/no").Rule("refusal", "allowed", Approved.And(Flagged), exceptionTo: "approval", not: true)
            .Bind().ShouldBeClean();
    }

    [Test]
    public void Priority_passes_along_a_chain_of_exceptions()
    {
        var result = Valid()
            .Fact("flagged", "yes/no")
            .Rule("confirmed", "allowed", Approved.And(Flagged), exceptionTo: "approval")
            .Rule("refusal", "allowed", Flagged, exceptionTo: "confirmed", not: true)
            .Bind();

        result.ShouldBeClean();
    }

    [Test]
    public void A_rule_whose_exception_the_other_rule_establishes_does_not_conflict_with_it()
    {
        static RulesFileBuilder File(X refusal) => new RulesFileBuilder()
            .Fact("approved", "yes/no")
            .Fact("flagged", "yes/no")
            .Conclusion("allowed")
            .Rule("approval", "allowed", Approved, unless: Flagged)
            .Rule("refusal", "allowed", refusal, not: true)
            .Verdict("allowed");

        File(Flagged.And(Approved)).Bind().ShouldBeClean();
        File(Approved).Bind().ShouldReport(("RD0106", 18, 6));
    }

    [Test]
    public void A_derivation_depending_on_itself_through_others_names_the_cycle()
    {
        var result = Valid()
            .Fact("a", "FLOP")
            .Fact("b", "FLOP")
            .Fact("c", "FLOP")
            .Derive("a", X.Name("b"))
            .Derive("b", X.Name("c"))
            .Estimate("c", X.Name("a").Times(X.Number("2")))
            .Bind();

        result.ShouldReport(("RD0105", 26, 8));
        result.Diagnostics[0].Message.ShouldBe("derivations depend on themselves: a → b → c → a");
    }

    [Test]
    public void An_estimate_from_its_own_fact_is_a_cycle()
    {
        var result = Valid().Fact("a", "FLOP").Estimate("a", X.Name("a").Plus(X.Number("1", "FLOP"))).Bind();

        result.ShouldReport(("RD0105", 20, 10));
        result.Diagnostics[0].Message.ShouldBe("derivations depend on themselves: a → a");
    }

    [Test]
    public void Derivations_in_a_chain_are_no_cycle()
    {
        Valid()
            .Fact("a", "FLOP")
            .Fact("b", "FLOP")
            .Fact("c", "FLOP")
            .Derive("a", X.Name("b"))
            .Estimate("b", X.Name("c"))
            .Derive("c", X.Number("1", "FLOP"))
            .Bind()
            .ShouldBeClean();
    }

    [Test]
    public void Conclusions_depending_on_each_other_through_their_rules_are_a_cycle()
    {
        var result = Valid()
            .Fact("x", "yes/no")
            .Conclusion("p")
            .Conclusion("q")
            .Rule("rp", "p", X.Name("q"))
            .Rule("rq", "q", X.Name("x"), unless: X.Not(X.Name("p")))
            .Bind();

        result.ShouldReport(("RD0126", 26, 6));
        result.Diagnostics[0].Message.ShouldBe("conclusions depend on themselves: p → q → p");
    }

    [Test]
    public void An_exception_to_a_rule_of_another_conclusion_is_reported()
    {
        var result = Valid()
            .Conclusion("other")
            .Rule("other_rule", "other", Approved)
            .Rule("misplaced", "allowed", Approved, exceptionTo: "other_rule")
            .Bind();

        result.ShouldReport(("RD0125", 28, 16));
        result.Diagnostics[0].Message.ShouldBe(
            "rule 'misplaced' cannot be an exception to 'other_rule': 'other_rule' decides 'other', not 'allowed'");
    }

    [Test]
    public void A_rule_cannot_be_an_exception_to_itself()
    {
        var result = Valid().Rule("selfish", "allowed", Approved, exceptionTo: "selfish").Bind();

        result.ShouldReport(("RD0125", 20, 16));
        result.Diagnostics[0].Message.ShouldEndWith("a rule cannot take priority over itself");
    }

    [Test]
    public void Exceptions_going_round_are_reported_once_where_the_circle_closes()
    {
        var result = Valid()
            .Rule("first", "allowed", Approved, exceptionTo: "second")
            .Rule("second", "allowed", Approved, exceptionTo: "first")
            .Bind();

        result.ShouldReport(("RD0125", 26, 16));
        result.Diagnostics[0].Message.ShouldEndWith("the exceptions go round in a circle: second → first → second");
    }

    [Test]
    public void A_conclusion_no_rule_decides_is_a_warning()
    {
        var result = Valid().Conclusion("orphan").Bind();

        result.ShouldReport(("RD0123", 17, 12));
        result.Diagnostics[0].Message.ShouldBe("no rule decides 'orphan'");
        result.HasErrors.ShouldBeFalse();
    }

    [Test]
    public void An_example_deciding_by_a_rule_of_another_conclusion_is_reported()
    {
        var result = Valid()
            .Conclusion("other")
            .Rule("other_rule", "other", Approved)
            .Example("wrong rule", [("approved", X.Yes)], "allowed", ExpectedValue.Yes, by: "other_rule")
            .Bind();

        result.ShouldReport(("RD0124", 27, 27));
        result.Diagnostics[0].Message.ShouldBe("rule 'other_rule' does not decide 'allowed'");
    }

    [Test]
    public void An_example_deciding_by_a_rule_that_concludes_the_other_value_is_reported()
    {
        var result = Valid()
            .Example("wrong value", [("approved", X.No)], "allowed", ExpectedValue.No, by: "approval")
            .Bind();

        result.ShouldReport(("RD0124", 19, 26));
        result.Diagnostics[0].Message.ShouldBe("rule 'approval' does not decide 'allowed = no'");
    }

    [Test]
    public void A_parameter_needs_a_value_in_force_on_the_date_checked()
    {
        Valid().Parameter("limit", "count", [(X.Number("10 000"), "2026-01-01")]).Bind().ShouldReport(("RD0107", 17, 11));
        Valid().Parameter("limit", "count", []).Bind().ShouldReport(("RD0107", 17, 11));

        var amended = Valid().Parameter("limit", "count", [(X.Number("10"), "2025-08-02"), (X.Number("20"), "2026-01-01")]);
        Binder.Bind(amended.Build(), new DateOnly(2030, 1, 1)).ShouldBeClean();
        var before = Binder.Bind(amended.Build(), new DateOnly(2025, 8, 1));
        before.ShouldReport(("RD0107", 17, 11));
        before.Diagnostics[0].Message.ShouldBe("parameter 'limit' has no value in force on 2025-08-01");
    }

    [Test]
    public void Parameter_values_out_of_date_order_are_reported_and_bound_in_order()
    {
        var result = Valid()
            .Parameter("limit", "count", [(X.Number("20"), "2026-01-01"), (X.Number("10"), "2025-08-02"), (X.Number("30"), "2025-08-02")])
            .Bind();

        result.ShouldReport(("RD0120", 19, 3), ("RD0120", 20, 3));
        result.RuleSet.Parameters[0].Values.Select(v => v.From)
            .ShouldBe([new DateOnly(2025, 8, 2), new DateOnly(2025, 8, 2), new DateOnly(2026, 1, 1)]);
    }
}
