using System.Collections.Immutable;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Model;

/// <summary>
/// What a classifier says of one case: the verdict, and every other conclusion of the rule set the facts decide that the
/// verdict's trace did not reach (Annex XIII's reach criterion, say, which the Commission weighs in a designation).
/// </summary>
public sealed record Classification(Verdict Verdict, ImmutableArray<Verdict> Others)
{
    /// <summary>The facts the case gives that no traced step read, by name: a reader should see what was not used.</summary>
    public ImmutableArray<string> Unread { get; init; } = [];

    /// <summary>The facts of the case as given: what the unread ones were given as.</summary>
    public Facts Given { get; init; } = Facts.None;

    /// <param name="conclusion">
    /// The conclusion asked about, when it is not the rule set's verdict: an example's (whether a request for reassessment
    /// is admissible, in a rule set whose verdict is the duty to notify).
    /// </param>
    public static Classification Run(IClassifier classifier, Facts facts, ClassifyOptions options, string? conclusion = null)
    {
        var verdict = conclusion is null ? classifier.Classify(facts, options) : classifier.Conclude(conclusion, facts, options);
        var reached = verdict.Trace is { } trace ? Names(trace).ToHashSet(StringComparer.Ordinal) : [verdict.Conclusion];
        if (verdict.Applicability.Scope is { } scope)
        {
            // The scope is the verdict's precondition, said in its applicability: not another conclusion.
            reached.Add(scope);
        }

        if (verdict.Applicability.Status == ApplicabilityStatus.NotYetApplicable)
        {
            // Before the law applies no conclusion of it is decided.
            return new Classification(verdict, []);
        }

        var others = classifier.Definition.Conclusions
            .Where(c => !reached.Contains(c.Name))
            .Select(c => classifier.Conclude(c.Name, facts, options))
            .Where(v => v.Outcome != Truth.Unknown);
        var classification = new Classification(verdict, [.. others]);
        if (verdict.Trace is null)
        {
            // Without a trace nothing says what was read.
            return classification;
        }

        var read = classification.Others.Prepend(verdict).Select(v => v.Trace).Append(verdict.Applicability.ScopeTrace).OfType<TraceNode>().SelectMany(trace => trace.Steps())
            .Where(s => s.Kind == StepKind.Fact).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        return classification with { Unread = [.. facts.Names.Where(name => !read.Contains(name))], Given = facts };
    }

    private static IEnumerable<string> Names(TraceNode node) => node.Steps().Select(s => s.Name);
}
