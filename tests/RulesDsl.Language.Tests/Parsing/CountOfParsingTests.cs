using RulesDsl.Language.Binding;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Checking;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary><c>count of SET</c>: read, bound as a count of the shipped modalities of Annex XIII, point (d), typed, formatted.</summary>
public class CountOfParsingTests
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
        var edited = Edited(ShippedWhen.Replace("when ", "when count of modalities at least 2 and ", StringComparison.Ordinal));

        var result = Against.Check(edited.Text, edited.Path);

        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var rule = result.RuleSet.Rules.Single(r => r.Name == "general_purpose");
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
