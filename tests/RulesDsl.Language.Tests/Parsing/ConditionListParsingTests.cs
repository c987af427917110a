using RulesDsl.Language.Binding;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Checking;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary><c>any of</c> and <c>all of</c> over yes/no conditions: read, bound as <c>or</c> and <c>and</c>, typed, formatted.</summary>
public class ConditionListParsingTests
{
    private const string ShippedWhen =
        "  when significant_generality and integrable_downstream and (placed_on_market or not research_development_or_prototyping)\n";

    private static readonly Shipped SystemicRisk = Shipped.Read("gpai-systemic-risk.rules");

    private static Shipped Edited(string when)
    {
        SystemicRisk.Text.ShouldContain(ShippedWhen);
        return SystemicRisk with { Text = SystemicRisk.Text.Replace(ShippedWhen, when, StringComparison.Ordinal) };
    }

    [Test]
    public void A_list_ends_before_and_and_takes_a_nested_list_as_its_last_condition()
    {
        var (_, condition) = Parsed.Condition("all of a, not b, any of c, d > 1 and e");

        var and = condition.ShouldBeOfType<BinaryExpression>();
        and.Operator.ShouldBe(BinaryOperator.And);
        var all = and.Left.ShouldBeOfType<ConditionListExpression>();
        all.All.ShouldBeTrue();
        all.Conditions.Length.ShouldBe(3);
        all.Conditions[1].ShouldBeOfType<NotExpression>();
        var any = all.Conditions[2].ShouldBeOfType<ConditionListExpression>();
        any.All.ShouldBeFalse();
        any.Conditions[1].ShouldBeOfType<BinaryExpression>().Operator.ShouldBe(BinaryOperator.GreaterThan);
    }

    [Test]
    public void A_fact_named_any_is_still_a_name()
    {
        Parsed.Condition("any and all").Condition.ShouldBeOfType<BinaryExpression>().Left.ShouldBeOfType<NameExpression>().Name.Text.ShouldBe("any");
    }

    [Test]
    public void Article_3_63_written_with_lists_checks_clean_and_binds_to_and_and_or()
    {
        var edited = Edited("  when all of significant_generality, integrable_downstream, any of placed_on_market, not research_development_or_prototyping\n");

        var result = Against.Check(edited.Text, edited.Path);

        result.Diagnostics.ShouldBeEmpty();
        var rule = result.RuleSet.Rules.Single(r => r.Name == "general_purpose");
        var and = rule.When.ShouldBeOfType<BoundLogical>();
        and.Operator.ShouldBe(LogicalOperator.And);
        and.Right.ShouldBeOfType<BoundLogical>().Operator.ShouldBe(LogicalOperator.Or);
    }

    [Test]
    public void A_quantity_in_any_of_is_RD0181_at_the_quantity()
    {
        var edited = Edited("  when any of significant_generality, training_compute\n");

        var error = Against.Check(edited.Text, edited.Path).Diagnostics.Where(d => d.Id == "RD0181").ShouldHaveSingleItem();

        error.Message.ShouldBe("'any of' takes yes/no conditions; this is FLOP");
        var line = edited.Text.Split('\n')[error.Position.Line - 1];
        line[(error.Position.Column - 1)..].ShouldBe("training_compute");
    }

    [Test]
    public void Fmt_prints_lists_as_written_and_brackets_one_before_a_comparison()
    {
        var text = "rules \"Lists\"\n\nrule r\n  concludes c\n  when all of a, not b, any of c, d greater than 1\n  unless (any of e, f) is yes\n";

        var parsed = Parsed.Text(text);

        parsed.Diagnostics.ShouldBeEmpty();
        RulesFormatter.Format(parsed.File).ShouldBe(text);
    }
}
