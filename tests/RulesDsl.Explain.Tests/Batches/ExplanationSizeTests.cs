using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;
using RulesDsl.Tests;

namespace RulesDsl.Explain.Tests.Batches;

/// <summary>
/// An explanation grows with what it explains, in proportion: twice the rules, each read and each citing the law, make
/// an explanation about twice as long, never the square of it (issue 15: explanations sized linearly).
/// </summary>
public class ExplanationSizeTests
{
    private const int Rules = 40;

    [Test]
    public void An_explanation_of_twice_the_rules_is_about_twice_as_long()
    {
        var small = Size(Rules);
        var large = Size(2 * Rules);

        // Every rule is decided and explained, with its citation, at both sizes: the explanation grows with them.
        large.ShouldBeGreaterThan(small * 3 / 2);
        large.ShouldBeLessThan(small * 5 / 2);
    }

    /// <summary>The JSON explanation of a case giving every fact, below the threshold, of a rule set of <paramref name="rules"/> threshold rules.</summary>
    private static int Size(int rules)
    {
        using var loaded = Built.Load(Built.Check(ThresholdRules.Text(rules), ThresholdRules.Path(rules)));
        var classifier = loaded.Classifier;
        var facts = classifier.Definition.Facts.Aggregate(Facts.None, (given, fact) =>
            fact.Kind == FactKind.Quantity ? given.With(fact.Name, 1e24) : given.With(fact.Name, false));
        var classification = Classification.Run(classifier, facts, Built.Traced);
        var explanation = new Explainer(Built.Corpus).Explain(classification, classifier.Definition, new ExplainOptions("en"));
        using var text = new StringWriter();
        new JsonExplanation(indented: false).Render(explanation, text);
        TestContext.Out.WriteLine($"{rules} rules: {text.ToString().Length} characters");
        return text.ToString().Length;
    }
}
