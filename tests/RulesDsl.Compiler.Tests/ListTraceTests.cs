using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// <c>any of</c>, <c>all of</c> and <c>count of</c> are traced as the drafter wrote them, each member with its value:
/// Article 3, point (63) of the shipped rules written with lists, over every given, missing and refused fact, decides as
/// the shipped <c>and</c> and <c>or</c> do, traced and untraced, and its trace holds the lists; the modalities of
/// Annex XIII, point (d) counted hold the count.
/// </summary>
public class ListTraceTests
{
    private const string Shipped =
        "  when significant_generality and integrable_downstream and (placed_on_market or not research_development_or_prototyping)\n";

    private const string Listed =
        "  when all of significant_generality, integrable_downstream,\n    any of placed_on_market, not research_development_or_prototyping\n";

    private static readonly string[] Names = ["significant_generality", "integrable_downstream", "placed_on_market", "research_development_or_prototyping"];

    private static readonly Lazy<(IClassifier Shipped, IClassifier Listed)> Classifiers = new(() =>
    {
        Built.GpaiText.ShouldContain(Shipped);
        return (Built.GpaiClassifier, Built.Load(Built.Check(Built.GpaiText.Replace(Shipped, Listed, StringComparison.Ordinal), Built.GpaiPath)).Classifier);
    });

    [Test]
    public void Article_3_63_written_with_lists_traces_any_of_and_all_of_with_each_member_as_written_and_its_value()
    {
        var (shipped, listed) = Classifiers.Value;
        var outcomes = new HashSet<Truth>();
        foreach (var facts in Cases(Names))
        {
            var expected = shipped.Conclude("general_purpose_ai_model", facts, Built.Traced);
            var traced = listed.Conclude("general_purpose_ai_model", facts, Built.Traced);
            var untraced = listed.Conclude("general_purpose_ai_model", facts, Built.Traced with { Trace = false });

            traced.Outcome.ShouldBe(expected.Outcome);
            traced.MissingFacts.ShouldBe(expected.MissingFacts);
            untraced.Outcome.ShouldBe(expected.Outcome);
            untraced.MissingFacts.ShouldBe(expected.MissingFacts);
            // The same facts read, in the same order, as the shipped and and or read them.
            var rule = Rule(traced.Trace!);
            rule.Children.Select(child => (child.Name, child.Value)).ShouldBe(Rule(expected.Trace!).Children.Select(child => (child.Name, child.Value)));
            Rule(expected.Trace!).Lists.ShouldBeEmpty();

            // The list inside finishes first.
            rule.Lists.Count.ShouldBe(2);
            var any = rule.Lists[0];
            any.Operator.ShouldBe(ListOperator.AnyOf);
            any.Members.Select(member => member.Written).ShouldBe(["placed_on_market", "not research_development_or_prototyping"]);
            any.Members.Select(member => member.Value).ShouldBe([Given(facts, "placed_on_market"), Not(Given(facts, "research_development_or_prototyping"))]);
            var all = rule.Lists[1];
            all.Operator.ShouldBe(ListOperator.AllOf);
            all.Members.Select(member => member.Written).ShouldBe(
                ["significant_generality", "integrable_downstream", "any of placed_on_market, not research_development_or_prototyping"]);
            all.Members.Select(member => member.Value).ShouldBe([Given(facts, "significant_generality"), Given(facts, "integrable_downstream"), any.Result]);
            all.Result.ShouldBe(new StepValue.OfTruth(traced.Outcome));
            outcomes.Add(traced.Outcome);
        }

        outcomes.ShouldBe([Truth.Yes, Truth.No, Truth.Unknown], ignoreOrder: true);
    }

    [TestCase("text,image,biological_sequences", 3, "Yes")]
    [TestCase("text", 1, "No")]
    public void Count_of_the_modalities_traces_the_set_as_written_and_the_count(string given, int count, string outcome)
    {
        var rules = Built.GpaiText.Replace(
            "  unread \"Annex XIII, point (d): a criterion for the Commission's designation (Article 51(1)(b)); no rule of this file decides on it\"\n",
            "",
            StringComparison.Ordinal) + """

            conclusion multimodal
              cites Annex XIII, point (d)

            rule several_modalities
              concludes multimodal
              when count of modalities at least 2
              cites Annex XIII, point (d)
            """;
        var classifier = Built.Load(Built.Check(rules, Built.GpaiPath)).Classifier;
        var facts = Facts.None.With("modalities", given.Split(','));

        var traced = classifier.Conclude("multimodal", facts, Built.Traced);

        traced.Outcome.ToString().ShouldBe(outcome);
        classifier.Conclude("multimodal", facts, Built.Traced with { Trace = false }).Outcome.ShouldBe(traced.Outcome);
        var list = traced.Trace!.Children.Single().Lists.ShouldHaveSingleItem();
        list.Operator.ShouldBe(ListOperator.CountOf);
        var set = list.Members.ShouldHaveSingleItem();
        set.Written.ShouldBe("modalities");
        set.Value.ShouldBeOfType<StepValue.OfSet>().Value.Values.ShouldNotBeNull().ShouldBe(given.Split(','), ignoreOrder: true);
        list.Result.ShouldBe(new StepValue.OfQuantity(Quantity.Of(count), "count"));
    }

    private static TraceNode Rule(TraceNode conclusion) => conclusion.Children.Single(child => child.Name == "general_purpose");

    private static StepValue Given(Facts facts, string name) => new StepValue.OfTruth(facts.YesNo(name));

    private static StepValue Not(StepValue value) => new StepValue.OfTruth(Logic.Not(((StepValue.OfTruth)value).Value));

    /// <summary>Every combination of the yes/no facts named: given yes, given no, or not given.</summary>
    private static IEnumerable<Facts> Cases(IReadOnlyList<string> names) => names.Count == 0
        ? [Facts.None]
        : Cases(names.Skip(1).ToList()).SelectMany(rest => new[] { rest, rest.With(names[0], true), rest.With(names[0], false) });
}
