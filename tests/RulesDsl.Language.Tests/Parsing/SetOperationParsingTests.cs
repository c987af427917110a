using RulesDsl.Language.Binding;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Checking;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary>
/// The set operations: <c>any of</c> and <c>all of</c> over yes/no conditions (read, bound as the lists written,
/// typed, formatted) and <c>count of SET</c> (a count of the shipped modalities of Annex XIII, point (d)).
/// </summary>
public class SetOperationParsingTests
{
    private const string ShippedWhen =
        "  when significant_generality and integrable_downstream and (placed_on_market or not research_development_or_prototyping)\n";

    private const string DesignationWhen = "  when designated_by_commission\n";

    private static readonly Shipped Models = Shipped.Read("gpai-models.rules");

    private static readonly Shipped SystemicRisk = Shipped.Read("gpai-systemic-risk.rules");

    /// <summary>The shipped Article 3(63) rule of gpai-models.rules with its condition written otherwise.</summary>
    private static Shipped Edited(string when) => Edited(Models, ShippedWhen, when);

    private static Shipped Edited(Shipped file, string from, string to)
    {
        file.Text.ShouldContain(from);
        return file with { Text = file.Text.Replace(from, to, StringComparison.Ordinal) };
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
    public void Article_3_63_written_with_lists_checks_clean_and_binds_to_the_lists_as_written()
    {
        var edited = Edited("  when all of significant_generality, integrable_downstream, any of placed_on_market, not research_development_or_prototyping\n");

        var result = Against.Check(edited.Text, edited.Path);

        result.Diagnostics.ShouldBeEmpty();
        var rule = result.RuleSet.Rules.Single(r => r.Name == "general_purpose");
        var all = rule.When.ShouldBeOfType<BoundConditionList>();
        all.All.ShouldBeTrue();
        all.Conditions[^1].ShouldBeOfType<BoundConditionList>().All.ShouldBeFalse();
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

    [Test]
    public void Count_of_takes_one_value_and_the_comparison_follows()
    {
        var comparison = Parsed.Condition("count of modalities at least 2").Condition.ShouldBeOfType<BinaryExpression>();

        comparison.Operator.ShouldBe(BinaryOperator.AtLeast);
        comparison.Left.ShouldBeOfType<CountExpression>().Set.ShouldBeOfType<NameExpression>().Name.Text.ShouldBe("modalities");
    }

    [Test]
    public void A_fact_named_count_is_still_a_name()
    {
        Parsed.Condition("count at least 2").Condition.ShouldBeOfType<BinaryExpression>().Left.ShouldBeOfType<NameExpression>();
    }

    [Test]
    public void The_shipped_modalities_counted_are_a_count()
    {
        var edited = Edited(SystemicRisk, DesignationWhen, "  when count of modalities at least 2 and designated_by_commission\n");

        var result = Against.Check(edited.Text, edited.Path);

        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var rule = result.RuleSet.Rules.Single(r => r.Name == "designation_route");
        var count = rule.When.SelfAndDescendants().OfType<BoundCount>().ShouldHaveSingleItem();
        count.Type.ToString().ShouldBe("count");
        count.Set.ShouldBeOfType<BoundFactReference>().Fact.Name.ShouldBe("modalities");
    }

    [Test]
    public void Count_of_a_yes_no_fact_is_RD0182_at_it()
    {
        var edited = Edited("  when count of significant_generality at least 2\n");

        var error = Against.Check(edited.Text, edited.Path).Diagnostics.Where(d => d.Id == "RD0182").ShouldHaveSingleItem();

        error.Message.ShouldBe("'count of' counts the values of a set; this is yes/no");
        var line = edited.Text.Split('\n')[error.Position.Line - 1];
        line[(error.Position.Column - 1)..].ShouldStartWith("significant_generality at least 2");
        error.Length.ShouldBe("significant_generality".Length);
    }

    [Test]
    public void Fmt_prints_count_of_as_written()
    {
        var text = "rules \"Count\"\n\nrule r\n  concludes c\n  when count of modalities at least 2 and count of {text, image} is 2\n";

        var parsed = Parsed.Text(text);

        parsed.Diagnostics.ShouldBeEmpty();
        RulesFormatter.Format(parsed.File).ShouldBe(text);
    }
}
