namespace RulesDsl.Runtime;

/// <summary>What a step of an evaluation is.</summary>
public enum StepKind : byte
{
    Conclusion,
    Rule,
    Presumption,
    Fact,
    Parameter,
}

/// <summary>How a step went: a rule's fate, how a fact was obtained, whether a parameter had a value in force.</summary>
public enum StepStatus : byte
{
    /// <summary>A rule whose condition holds and whose exception is not established.</summary>
    Applies,

    /// <summary>A rule whose condition does not hold.</summary>
    DoesNotApply,

    /// <summary>A rule whose condition the facts given cannot decide.</summary>
    Undecided,

    /// <summary>A rule whose condition holds but whose exception is established (default logic).</summary>
    Rebutted,

    /// <summary>A fact as the case gives it.</summary>
    Given,

    /// <summary>A quantity the law's own definition works out from other facts.</summary>
    Derived,

    /// <summary>A quantity approximated from other facts, as an estimate the law allows.</summary>
    Estimated,

    /// <summary>A fact neither given nor obtainable.</summary>
    Missing,

    /// <summary>A parameter with a value in force on the evaluation's date (see <see cref="TraceNode.InForceFrom"/>).</summary>
    InForce,

    /// <summary>A parameter the law sets no value of yet on the evaluation's date.</summary>
    NotInForce,

    /// <summary>
    /// A quantity not given whose definition the facts bound from below only: a sum of which some parts are missing is at
    /// least the parts given, the law's amounts never being negative. It can show a "greater than", never a "no".
    /// </summary>
    LowerBound,
}

/// <summary>The comparison a condition makes.</summary>
public enum Comparator : byte
{
    GreaterThan,
    AtLeast,
    LessThan,
    AtMost,
    EqualTo,
}

/// <summary>What a step came to: a truth, a quantity in its unit, a date, a set of values, or nothing decisive.</summary>
public abstract partial record StepValue
{
    /// <summary>A rule that does not apply, or whose exception is established: it decides nothing.</summary>
    public static StepValue NotDecisive { get; } = new Undecisive();

    public sealed record OfTruth(Truth Value) : StepValue;

    /// <param name="Unit">The unit the rules measure it in (FLOP, count …), when it has one.</param>
    public sealed record OfQuantity(Quantity Value, string? Unit) : StepValue;

    public sealed record OfDate(DateValue Value) : StepValue;

    public sealed record OfSet(SetValue Value) : StepValue;

    private sealed record Undecisive : StepValue;
}

/// <summary>A comparison a rule's condition made while it was evaluated: the operator, both operands as read, and what it came to.</summary>
public sealed record Condition(Comparator Operator, StepValue Left, StepValue Right, Truth Result)
{
    /// <summary>
    /// The ends of periods its operands counted that Regulation No 1182/71, Article 3(4) or 3(5), moved past the day
    /// counted, in the order counted: a reader sees why a period ends on another day than the one counted.
    /// </summary>
    public IReadOnlyList<PeriodEnd> MovedEnds { get; init; } = [];
}

/// <summary>An operation over a list as the rules write it: <c>any of</c>, <c>all of</c>, <c>count of</c>.</summary>
public enum ListOperator : byte
{
    AnyOf,
    AllOf,
    CountOf,
}

/// <summary>One operand of a list operation: as the rules write it (<c>not research_development_or_prototyping</c>) and what it came to.</summary>
public sealed record ListMember(string Written, StepValue Value);

/// <summary>
/// A list operation a condition made while it was evaluated, as the drafter wrote it rather than the <c>or</c> or
/// <c>and</c> it decides as: <c>any of a, b, c</c> with each condition's truth and what the list came to, or
/// <c>count of s</c> with the set counted and the count.
/// </summary>
public sealed record ListOperation(ListOperator Operator, IReadOnlyList<ListMember> Members, StepValue Result);

/// <summary>
/// One step of an evaluation, for a lawyer reading how a verdict came about: its kind, the name in the rules file, what
/// it came to, how, the clauses it rests on, and the steps under it. Typed throughout: words are the renderers' job.
/// </summary>
/// <param name="Status">How it went; null when its value says it all (a conclusion, a fact read again).</param>
public sealed record TraceNode(
    StepKind Kind,
    string Name,
    StepValue Value,
    StepStatus? Status,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<TraceNode> Children)
{
    /// <summary>For a conclusion, the rule that decided it.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>For a parameter in force, the date its value took force.</summary>
    public DateOnly? InForceFrom { get; init; }

    /// <summary>For a fact derived, estimated or bounded from below, the derivation that gave it, as the rules write it.</summary>
    public string? Formula { get; init; }

    /// <summary>The comparisons its condition made, in the order made (for a rule, its exception's after its own).</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];

    /// <summary>The list operations its condition made (<c>any of</c>, <c>all of</c>, <c>count of</c>), in the order finished:
    /// a list inside another before the one holding it. For a rule, its exception's after its own.</summary>
    public IReadOnlyList<ListOperation> Lists { get; init; } = [];

    /// <summary>Whether what it came to rests on an estimate rather than on the facts given or the law's definitions.</summary>
    public bool IsEstimated => Status == StepStatus.Estimated || Value is StepValue.OfQuantity { Value.IsEstimated: true };

    /// <summary>
    /// This step and every step under it, each once, in the order first reached. A conclusion is evaluated once and its
    /// step stands under every rule that reads it, so the trace is a graph: walked as a tree, a chain of conclusions
    /// each read by several rules would be visited exponentially often.
    /// </summary>
    public IEnumerable<TraceNode> Steps()
    {
        var seen = new HashSet<TraceNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<TraceNode>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            yield return node;
            for (var child = node.Children.Count - 1; child >= 0; child--)
            {
                pending.Push(node.Children[child]);
            }
        }
    }
}
