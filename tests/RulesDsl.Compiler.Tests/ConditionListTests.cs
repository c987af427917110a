using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// <c>all of</c> and <c>any of</c> decide as <c>and</c> and <c>or</c> do, three-valued, on both paths: the shipped rule
/// of Article 3, point (63) (gpai-models.rules) written with them against the shipped one, over every given, missing
/// and refused fact.
/// </summary>
public class ConditionListTests
{
    private const string Shipped =
        "  when significant_generality and integrable_downstream and (placed_on_market or not research_development_or_prototyping)\n";

    private const string Listed =
        "  when all of significant_generality, integrable_downstream, any of placed_on_market, not research_development_or_prototyping\n";

    private static readonly string[] Names = ["significant_generality", "integrable_downstream", "placed_on_market", "research_development_or_prototyping"];

    /// <summary>The shipped classification rules compiled with <paramref name="models"/> as the declarations file they import.</summary>
    private static IClassifier Classifier(string models)
    {
        using var folder = new TempCorpus();
        var rules = Directory.CreateDirectory(Path.Combine(folder.Root, "rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "gpai-models.rules"), models);
        var path = Path.Combine(rules, "gpai-systemic-risk.rules");
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules"));
        File.WriteAllText(path, text);
        return Built.Load(Built.Check(text, path)).Classifier;
    }

    [Test]
    public void All_of_and_any_of_decide_Article_3_63_as_and_and_or_do_traced_and_untraced()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules"));
        text.ShouldContain(Shipped);
        var shipped = Classifier(text);
        var listed = Classifier(text.Replace(Shipped, Listed, StringComparison.Ordinal));

        var outcomes = new HashSet<Truth>();
        foreach (var facts in Cases(Names))
        {
            var expected = shipped.Conclude("general_purpose_ai_model", facts, Built.Traced);
            var traced = listed.Conclude("general_purpose_ai_model", facts, Built.Traced);
            var untraced = listed.Conclude("general_purpose_ai_model", facts, Built.Traced with { Trace = false });

            traced.Outcome.ShouldBe(expected.Outcome);
            traced.MissingFacts.ShouldBe(expected.MissingFacts);
            traced.Trace.ShouldNotBeNull();
            untraced.Outcome.ShouldBe(expected.Outcome);
            untraced.DecidingRule.ShouldBe(traced.DecidingRule);
            untraced.MissingFacts.ShouldBe(traced.MissingFacts);
            outcomes.Add(expected.Outcome);
        }

        outcomes.ShouldBe([Truth.Yes, Truth.No, Truth.Unknown], ignoreOrder: true);
    }

    /// <summary>Every combination of the yes/no facts named: given yes, given no, or not given.</summary>
    private static IEnumerable<Facts> Cases(IReadOnlyList<string> names) => names.Count == 0
        ? [Facts.None]
        : Cases(names.Skip(1).ToList()).SelectMany(rest => new[] { rest, rest.With(names[0], true), rest.With(names[0], false) });
}
