using System.Text.RegularExpressions;
using RulesDsl.Compiler.Examples;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
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

    /// <summary>The titles of the examples of the shipped rules file.</summary>
    public static IEnumerable<string> ExampleTitles => Built.Gpai.RuleSet.Examples.Select(e => e.Title);

    /// <summary>Every shipped example in every language, as test cases (title, language).</summary>
    public static IEnumerable<TestCaseData> EveryExample =>
        from title in ExampleTitles
        from language in Languages
        select new TestCaseData(title, language).SetArgDisplayNames(Slug(title), language);

    /// <summary>A shipped example, by title, classified on the facts it gives.</summary>
    public static Classification Example(string title)
    {
        var example = Built.Gpai.RuleSet.Examples.Single(e => e.Title == title);
        var options = example.Syntax.AsOf is { } day ? Built.Traced with { AsOf = day.Value } : Built.Traced;
        return Classification.Run(Built.GpaiClassifier, ExampleRunner.FactsOf(example), options);
    }

    /// <summary>An example's title as a file name: "nothing known" → <c>nothing-known</c>.</summary>
    public static string Slug(string title) => NotWord().Replace(title.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
