namespace RulesDsl.Runtime;

/// <summary>How the evaluation of a provision went, for a lawyer reading the trace.</summary>
/// <param name="Kind">conclusion, rule, presumption, fact, parameter, derivation or estimate.</param>
/// <param name="Value">What it came to: yes, no, unknown, or the value read.</param>
/// <param name="Note">How: given, derived, estimated, missing, in force from a date, applies, rebutted …</param>
public sealed record TraceNode(string Kind, string Name, string Value, string? Note, IReadOnlyList<Citation> Citations, IReadOnlyList<TraceNode> Children);

/// <summary>
/// The answer for one conclusion: yes, no or unknown; the rule that decided it and how (met, presumed, rebutted,
/// estimated); for unknown, the missing facts that would decide it; and the trace of everything evaluated.
/// </summary>
public sealed record Verdict(
    string Conclusion,
    Truth Outcome,
    string? DecidingRule,
    IReadOnlyList<string> How,
    IReadOnlyList<string> MissingFacts,
    TraceNode? Trace)
{
    public bool IsEstimated => How.Contains("estimated");
}

/// <summary>How to classify: the date the law is taken as in force on (today by default), and whether to keep a trace.</summary>
public sealed record ClassifyOptions(DateOnly? AsOf = null, bool Trace = true)
{
    public static ClassifyOptions Default { get; } = new();
}

/// <summary>A classifier compiled from a rules file.</summary>
public interface IClassifier
{
    RuleSetDefinition Definition { get; }

    /// <summary>The verdict the rule set returns.</summary>
    Verdict Classify(Facts facts, ClassifyOptions? options = null);

    /// <summary>Any conclusion of the rule set.</summary>
    Verdict Conclude(string conclusion, Facts facts, ClassifyOptions? options = null);
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

    public Verdict Classify(Facts facts, ClassifyOptions? options = null) => Evaluate(Definition.Verdict, facts, options);

    public Verdict Conclude(string conclusion, Facts facts, ClassifyOptions? options = null)
    {
        var index = Definition.ConclusionIndex(conclusion);
        if (index < 0)
        {
            throw new ArgumentException($"the rule set has no conclusion '{conclusion}'", nameof(conclusion));
        }

        return Evaluate(index, facts, options);
    }

    private Verdict Evaluate(int conclusion, Facts facts, ClassifyOptions? options)
    {
        options ??= ClassifyOptions.Default;
        plan ??= new EvaluationPlan(Definition);
        if (!options.Trace && Decide(conclusion, facts, options.AsOf ?? DateOnly.FromDateTime(DateTime.Today)) is { } decided)
        {
            return plan.Verdict(conclusion, decided);
        }

        var evaluation = Interlocked.Exchange(ref spare, null) ?? new Evaluation(plan);
        var verdict = evaluation.Verdict(conclusion, facts, options);
        spare = evaluation;
        return verdict;
    }

    protected abstract RuleSetDefinition Describe();

    /// <summary>
    /// A conclusion decided by straight-line code generated from the rules, for classifying without trace; null when
    /// the class has none, and the runtime evaluates the rules as described. It must decide as the evaluation does.
    /// </summary>
    protected virtual Decided? Decide(int conclusion, Facts facts, DateOnly asOf) => null;
}
