namespace RulesDsl.Runtime;

/// <summary>
/// The answer for one conclusion on one date: yes, no or unknown; the rule that decided it and how (met, presumed,
/// rebutted, estimated); for unknown, the missing facts that would decide it; the date the law was taken as in force
/// on, so that it is explained against the law it was decided under; and the trace of everything evaluated.
/// </summary>
public sealed record Verdict(
    string Conclusion,
    Truth Outcome,
    string? DecidingRule,
    IReadOnlyList<Way> How,
    IReadOnlyList<string> MissingFacts,
    DateOnly AsOf,
    TraceNode? Trace)
{
    public bool IsEstimated => How.Contains(Way.Estimated);

    /// <summary>Whether the law applied on the verdict's date and to the case; read it before the outcome, which is
    /// unknown for a verdict the law does not apply to.</summary>
    public Applicability Applicability { get; init; } = Applicability.Unstated;
}

/// <summary>How to classify: the date the law is taken as in force on, and whether to keep a trace.</summary>
/// <remarks>The date is the caller's: the runtime never asks the machine what day it is, so one verdict is the same on every machine.</remarks>
public sealed record ClassifyOptions(DateOnly AsOf, bool Trace = true);

/// <summary>A classifier compiled from a rules file.</summary>
public interface IClassifier
{
    RuleSetDefinition Definition { get; }

    /// <summary>The verdict the rule set returns.</summary>
    Verdict Classify(Facts facts, ClassifyOptions options);

    /// <summary>Any conclusion of the rule set.</summary>
    Verdict Conclude(string conclusion, Facts facts, ClassifyOptions options);
}

/// <summary>
/// What generated classifiers derive from: they describe their rules, the runtime evaluates them (with trace, and as
/// the reference), and they may decide them in code of their own without trace.
/// </summary>
public abstract class Classifier : IClassifier
{
    private RuleSetDefinition? definition;
    private EvaluationPlan? plan;

    // One evaluation kept for the next classification; taken by exchange, so no two threads ever share it.
    private Evaluation? spare;

    public RuleSetDefinition Definition => definition ??= Describe();

    public Verdict Classify(Facts facts, ClassifyOptions options) => Evaluate(Definition.Verdict, facts, options);

    public Verdict Conclude(string conclusion, Facts facts, ClassifyOptions options)
    {
        var index = Definition.ConclusionIndex(conclusion);
        if (index < 0)
        {
            throw new ArgumentException($"the rule set has no conclusion '{conclusion}'", nameof(conclusion));
        }

        return Evaluate(index, facts, options);
    }

    /// <summary>The rule set's verdict a value stands for, as <see cref="Classify"/> gives it without trace.</summary>
    public Verdict ToVerdict(VerdictValue value, DateOnly asOf) => Plan.Verdict(Definition.Verdict, value, asOf);

    private protected EvaluationPlan Plan => plan ??= new EvaluationPlan(Definition);

    /// <summary>
    /// A conclusion as decided, under the applicability its rules state: for the verdict of a rule set with a scope,
    /// outside it when its precondition does not hold, unknown (with the precondition's missing facts) when the facts do
    /// not tell. The missing facts are kept only for an unknown outcome.
    /// </summary>
    private protected static VerdictValue Applicable(Decided decided, Decided? scope, bool dated)
    {
        if (scope is not { } precondition)
        {
            return Value(decided, dated ? ApplicabilityStatus.Applies : ApplicabilityStatus.Unstated);
        }

        return precondition.Outcome switch
        {
            Truth.Yes => Value(decided, ApplicabilityStatus.Applies),
            Truth.No => new VerdictValue(Truth.Unknown, -1, How.None, 0, ApplicabilityStatus.OutsideScope),
            _ => new VerdictValue(Truth.Unknown, -1, How.None, precondition.Missing | (decided.Outcome == Truth.Unknown ? decided.Missing : 0),
                ApplicabilityStatus.ScopeUndetermined, Union(precondition.MissingWords, decided.Outcome == Truth.Unknown ? decided.MissingWords : null)),
        };
    }

    private static VerdictValue Value(Decided decided, ApplicabilityStatus applicability) =>
        decided.Outcome == Truth.Unknown
            ? new(decided.Outcome, decided.Rule, decided.How, decided.Missing, applicability, decided.MissingWords)
            : new(decided.Outcome, decided.Rule, decided.How, 0, applicability);

    private static ulong[]? Union(ulong[]? first, ulong[]? second)
    {
        var union = first is null ? null : (ulong[])first.Clone();
        FactWords.Add(ref union, second);
        return union;
    }

    private Verdict Evaluate(int conclusion, Facts facts, ClassifyOptions options)
    {
        var plan = Plan;
        if (Definition.AppliesFrom is { } date && options.AsOf < date.From)
        {
            // Before the law applies it answers nothing: no rule is evaluated, no parameter is read.
            return plan.Verdict(conclusion, new VerdictValue(Truth.Unknown, -1, How.None, 0, ApplicabilityStatus.NotYetApplicable), options.AsOf);
        }

        var scoped = conclusion == Definition.Verdict && Definition.Scope >= 0;
        var scope = !options.Trace && scoped ? Decide(Definition.Scope, facts, options.AsOf) : null;
        if (scope?.Outcome == Truth.No)
        {
            // Outside the scope the verdict's own rules are not decided, as the evaluation does not evaluate them.
            return plan.Verdict(conclusion, new VerdictValue(Truth.Unknown, -1, How.None, 0, ApplicabilityStatus.OutsideScope), options.AsOf);
        }

        if (!options.Trace && (!scoped || scope is not null) && Decide(conclusion, facts, options.AsOf) is { } decided)
        {
            return plan.Verdict(conclusion, Applicable(decided, scope, Definition.AppliesFrom is not null), options.AsOf);
        }

        var evaluation = Interlocked.Exchange(ref spare, null) ?? new Evaluation(plan);
        var traced = evaluation.Verdict(conclusion, facts, options);
        spare = evaluation;
        return traced;
    }

    protected abstract RuleSetDefinition Describe();

    /// <summary>
    /// A conclusion decided by straight-line code generated from the rules, for classifying without trace; null when
    /// the class has none, and the runtime evaluates the rules as described. It must decide as the evaluation does.
    /// </summary>
    protected virtual Decided? Decide(int conclusion, Facts facts, DateOnly asOf) => null;
}
