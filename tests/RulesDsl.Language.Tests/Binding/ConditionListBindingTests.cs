using RulesDsl.Language.Binding;
using RulesDsl.Language.Tests.Checking;

namespace RulesDsl.Language.Tests.Binding;

/// <summary>
/// <c>any of</c> and <c>all of</c> stay the lists the drafter wrote once bound, so that the classifier traces them as
/// written; they decide, and are compared for conflicts, as the <c>or</c> and <c>and</c> they stand for. Article 3,
/// point (63) of the shipped gpai-models.rules, written with lists.
/// </summary>
public class ConditionListBindingTests
{
    private const string ShippedWhen =
        "  when significant_generality and integrable_downstream and (placed_on_market or not research_development_or_prototyping)\n";

    private const string Listed =
        "  when all of significant_generality, integrable_downstream, any of placed_on_market, not research_development_or_prototyping\n";

    private static readonly Shipped Models = Shipped.Read("gpai-models.rules");

    private static BoundRule GeneralPurpose(string when)
    {
        Models.Text.ShouldContain(ShippedWhen);
        var result = Against.Check(Models.Text.Replace(ShippedWhen, when, StringComparison.Ordinal), Models.Path);
        result.Diagnostics.ShouldBeEmpty();
        return result.RuleSet.Rules.Single(rule => rule.Name == "general_purpose");
    }

    [Test]
    public void Article_3_63_written_with_lists_binds_to_an_all_of_holding_an_any_of_with_each_condition_as_written()
    {
        var all = GeneralPurpose(Listed).When.ShouldBeOfType<BoundConditionList>();

        all.All.ShouldBeTrue();
        all.Conditions.Length.ShouldBe(3);
        all.Conditions[0].ShouldBeOfType<BoundFactReference>().Fact.Name.ShouldBe("significant_generality");
        all.Conditions[1].ShouldBeOfType<BoundFactReference>().Fact.Name.ShouldBe("integrable_downstream");
        var any = all.Conditions[2].ShouldBeOfType<BoundConditionList>();
        any.All.ShouldBeFalse();
        any.Conditions[0].ShouldBeOfType<BoundFactReference>().Fact.Name.ShouldBe("placed_on_market");
        any.Conditions[1].ShouldBeOfType<BoundNot>();
    }

    [Test]
    public void A_list_decides_as_the_and_or_the_or_it_stands_for()
    {
        var all = GeneralPurpose(Listed).When.ShouldBeOfType<BoundConditionList>();

        var joined = all.Joined.ShouldBeOfType<BoundLogical>();
        joined.Operator.ShouldBe(LogicalOperator.And);
        joined.Right.ShouldBeOfType<BoundConditionList>().Joined.ShouldBeOfType<BoundLogical>().Operator.ShouldBe(LogicalOperator.Or);
        all.SelfAndDescendants().OfType<BoundFactReference>().Select(fact => fact.Fact.Name)
            .ShouldBe(["significant_generality", "integrable_downstream", "placed_on_market", "research_development_or_prototyping"]);
    }
}
