using System.Collections.Immutable;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Model;

/// <summary>
/// What a classifier says of one case: the verdict, and every other conclusion of the rule set the facts decide that the
/// verdict's trace did not reach (Annex XIII's reach criterion, say, which the Commission weighs in a designation).
/// </summary>
public sealed record Classification(Verdict Verdict, ImmutableArray<Verdict> Others)
{
    public static Classification Run(IClassifier classifier, Facts facts, ClassifyOptions options)
    {
        var verdict = classifier.Classify(facts, options);
        var reached = verdict.Trace is { } trace ? Names(trace).ToHashSet(StringComparer.Ordinal) : [verdict.Conclusion];
        var others = classifier.Definition.Conclusions
            .Where(c => !reached.Contains(c.Name))
            .Select(c => classifier.Conclude(c.Name, facts, options))
            .Where(v => v.Outcome != Truth.Unknown);
        return new Classification(verdict, [.. others]);
    }

    private static IEnumerable<string> Names(TraceNode node) =>
        node.Children.SelectMany(Names).Prepend(node.Name);
}
