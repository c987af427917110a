using System.Text.RegularExpressions;
using RulesDsl.Compiler.Examples;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Language.Checking;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>Cases of the shipped rules classified with a trace and explained from the embedded corpus.</summary>
internal static partial class Explained
{
    public static readonly string[] Languages = ["nl", "en"];

    private static readonly Explainer Explainer = new(Built.Corpus);

    public static Classification Classify(Facts facts) => Classification.Run(Built.GpaiClassifier, facts, Built.Traced);

    public static Explanation ExplainIn(Classification classification, string language) =>
        Explainer.Explain(classification, Built.GpaiClassifier.Definition, new ExplainOptions(language));

    public static IEnumerable<ExplanationStep> All(ExplanationStep step) => step.Steps.SelectMany(All).Prepend(step);

    /// <summary>Every step of an explanation: the verdict's and those of the other conclusions.</summary>
    public static IEnumerable<ExplanationStep> Steps(Explanation explanation) => explanation.Others.Prepend(explanation.Root).SelectMany(All);

    /// <summary>Every citation of an explanation: of its steps and of its missing facts.</summary>
    public static IEnumerable<ExplainedCitation> Citations(Explanation explanation) =>
        Steps(explanation).SelectMany(s => s.Citations).Concat(explanation.Missing.SelectMany(m => m.Citations));

    /// <summary>
    /// The shipped rules files whose examples are explained, each with its classifier: the classification (its one-file
    /// copy, which holds the examples of rules/gpai-systemic-risk.rules) and the notification duty and reassessment.
    /// </summary>
    public static IEnumerable<(CheckedRules Rules, IClassifier Classifier)> ShippedRuleSets =>
        [(Built.Gpai, Built.GpaiClassifier), (Built.Notification, Built.NotificationClassifier)];

    /// <summary>The titles of the examples of the shipped rules files.</summary>
    public static IEnumerable<string> ExampleTitles => ShippedRuleSets.SelectMany(set => set.Rules.RuleSet.Examples.Select(e => e.Title));

    /// <summary>Every shipped example in every language, as test cases (title, language).</summary>
    public static IEnumerable<TestCaseData> EveryExample =>
        from title in ExampleTitles
        from language in Languages
        select new TestCaseData(title, language).SetArgDisplayNames(Slug(title), language);

    /// <summary>A shipped example, by title, classified on the facts it gives and explained in <paramref name="language"/>.</summary>
    public static Explanation ExampleIn(string title, string language)
    {
        var (rules, classifier) = ShippedRuleSets.Single(set => set.Rules.RuleSet.Examples.Any(e => e.Title == title));
        var example = rules.RuleSet.Examples.Single(e => e.Title == title);
        var options = example.Syntax.AsOf is { } day ? Built.Traced with { AsOf = day.Value } : Built.Traced;
        // An example is explained as what it asks about, as `rulesdsl test` explains one that fails.
        var classification = Classification.Run(classifier, ExampleRunner.FactsOf(example), options, example.Expected.Name);
        return Explainer.Explain(classification, classifier.Definition, new ExplainOptions(language));
    }

    /// <summary>An example's title as a file name: "nothing known" → <c>nothing-known</c>.</summary>
    public static string Slug(string title) => NotWord().Replace(title.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
