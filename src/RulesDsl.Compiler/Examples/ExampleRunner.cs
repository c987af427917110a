using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Syntax;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Examples;

/// <summary>One example of a rules file run through its classifier: what it expected and the verdict it got.</summary>
/// <param name="Expected">The outcome expected; unknown for an example that expects the law not to apply.</param>
public sealed record ExampleResult(string Title, SourcePosition Position, string Conclusion, Truth Expected, string? ExpectedRule, Verdict Verdict)
{
    /// <summary>The example expects <c>not applicable</c>: before the law applies, or outside its scope.</summary>
    public bool ExpectsNotApplicable { get; init; }

    /// <summary>Whether the law did not apply: an unknown verdict for want of facts (of the scope too) is not that.</summary>
    public bool GotNotApplicable => Verdict.Applicability.Status is ApplicabilityStatus.NotYetApplicable or ApplicabilityStatus.OutsideScope;

    /// <summary>The outcome is the one expected, and so is the deciding rule when the example names one.</summary>
    public bool Passed => Verdict.Outcome == Expected && GotNotApplicable == ExpectsNotApplicable
        && (ExpectedRule is null || ExpectedRule == Verdict.DecidingRule);
}

/// <summary>The examples a rules file holds, run through a classifier built from it.</summary>
public static class ExampleRunner
{
    public static IReadOnlyList<ExampleResult> Run(BoundRuleSet rules, IClassifier classifier, ClassifyOptions options)
    {
        var source = new SourceText(rules.Syntax.Path, rules.Syntax.Text);
        return [.. rules.Examples.Select(example => new ExampleResult(
            example.Title,
            source.PositionOf(example.Syntax.Span.Start),
            example.Expected.Name,
            example.Value switch
            {
                ExpectedValue.Yes => Truth.Yes,
                ExpectedValue.No => Truth.No,
                _ => Truth.Unknown,
            },
            example.By?.Name,
            classifier.Conclude(example.Expected.Name, FactsOf(example), example.Syntax.AsOf is { } day ? options with { AsOf = day.Value } : options))
        {
            ExpectsNotApplicable = example.Value == ExpectedValue.NotApplicable,
        })];
    }

    /// <summary>The facts an example gives, as a caller of the classifier would give them.</summary>
    public static Facts FactsOf(BoundExample example) =>
        example.Givens.Aggregate(Facts.None, (facts, given) => given.Value switch
        {
            BoundNumber number when Generation.ExpressionEmitter.Value(number) is { } quantity => facts.With(given.Fact.Name, quantity),
            BoundYesNo yesNo => facts.With(given.Fact.Name, yesNo.Value),
            BoundDate date => facts.With(given.Fact.Name, date.Value),
            BoundSet set => facts.With(given.Fact.Name, set.Values),
            _ => facts,
        });
}
