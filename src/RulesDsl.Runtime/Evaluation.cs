namespace RulesDsl.Runtime;

/// <summary>
/// One classification: the facts, the date the law is in force on, what has been worked out so far, and the trace.
/// Generated code reads facts, parameters and conclusions through it; every read is remembered so that a verdict can
/// say what decided it and, when unknown, which missing facts would. A classifier reuses one evaluation from one
/// classification to the next, and without trace it allocates nothing else but the verdict: trace nodes are made
/// only when tracing.
/// </summary>
public sealed partial class Evaluation
{
    private readonly EvaluationPlan plan;
    private readonly RuleSetDefinition definition;
    private readonly Quantity?[] quantities;
    private readonly Decision?[] conclusions;

    // By conclusion, its rules as evaluated: each conclusion is decided once per classification, so each has its own.
    private readonly Evaluated[][] evaluations;

    // The members of the lists being evaluated, when tracing: each list takes its own off when it is done.
    private readonly List<ListMember> members = [];

    private Facts facts = Facts.None;
    private DateOnly asOf;
    private bool tracing;

    // What is being evaluated now; the frames around it wait in their callers' locals (see Enter).
    private Frame frame;

    internal Evaluation(EvaluationPlan plan)
    {
        this.plan = plan;
        definition = plan.Definition;
        quantities = new Quantity?[plan.FactNames.Length];
        conclusions = new Decision?[plan.Rules.Length];
        evaluations = [.. plan.Rules.Select(rules => new Evaluated[rules.Length])];
    }

    /// <summary>A quantity fact: as given, else derived as the law defines it, else estimated (marked as such).</summary>
    public Quantity Quantity(int fact)
    {
        if (quantities[fact] is { } known)
        {
            // Worked out before in this classification: its first read in the trace says how.
            Read(fact, known, known.IsKnown || known.IsLowerBound ? null : StepStatus.Missing, null);
            return known;
        }

        if (facts.Quantity(plan.FactNames[fact]) is { IsKnown: true } given)
        {
            quantities[fact] = given;
            Read(fact, given, StepStatus.Given, null);
            return given;
        }

        // A sum with parts missing gives a lower bound: kept, with what worked it out, unless a later derivation settles the fact.
        var bound = Runtime.Quantity.Unknown;
        (Frame Worked, DerivationDefinition Derivation)? bounding = null;
        foreach (var derivation in plan.Derivations[fact])
        {
            var parent = Enter();
            var derived = derivation.From(this);
            var worked = Leave(parent);
            if (derivation.IsEstimate)
            {
                derived = derived.AsEstimate();
            }

            if (Runtime.Quantity.Settles(derived, ref bound))
            {
                quantities[fact] = derived;
                Read(fact, derived, derivation.IsEstimate ? StepStatus.Estimated : StepStatus.Derived, worked, derivation);
                return derived;
            }

            if (derived.IsLowerBound && bound == derived)
            {
                bounding = (worked, derivation);
            }
        }

        quantities[fact] = bound;
        Read(fact, bound, bounding is null ? StepStatus.Missing : StepStatus.LowerBound, bounding?.Worked, bounding?.Derivation);
        return bound;
    }

    public Truth YesNo(int fact)
    {
        var value = facts.YesNo(plan.FactNames[fact]);
        Note(fact, value != Truth.Unknown, tracing ? new StepValue.OfTruth(value) : null);
        return value;
    }

    public DateValue Date(int fact)
    {
        var value = facts.Date(plan.FactNames[fact]);
        Note(fact, value.IsKnown, tracing ? new StepValue.OfDate(value) : null);
        return value;
    }

    public SetValue Set(int fact)
    {
        var value = facts.Set(plan.FactNames[fact]);
        Note(fact, value.IsKnown, tracing ? new StepValue.OfSet(value) : null);
        return value;
    }

    /// <summary>A comparison of a condition, kept in the trace with both operands as read.</summary>
    /// <param name="unit">The unit both quantities are measured in, for the trace.</param>
    public Truth Compare(Comparator comparator, Quantity left, Quantity right, string? unit)
    {
        var result = comparator switch
        {
            Comparator.GreaterThan => Runtime.Quantity.GreaterThan(left, right),
            Comparator.AtLeast => Runtime.Quantity.AtLeast(left, right),
            Comparator.LessThan => Runtime.Quantity.LessThan(left, right),
            Comparator.AtMost => Runtime.Quantity.AtMost(left, right),
            _ => Runtime.Quantity.EqualTo(left, right),
        };
        if (tracing)
        {
            (frame.Conditions ??= []).Add(new Condition(comparator, new StepValue.OfQuantity(left, unit), new StepValue.OfQuantity(right, unit), result));
        }

        return result;
    }

    /// <inheritdoc cref="Compare(Comparator, Quantity, Quantity, string?)"/>
    public Truth Compare(Comparator comparator, DateValue left, DateValue right)
    {
        var result = comparator switch
        {
            Comparator.GreaterThan => DateValue.GreaterThan(left, right),
            Comparator.AtLeast => DateValue.AtLeast(left, right),
            Comparator.LessThan => DateValue.LessThan(left, right),
            Comparator.AtMost => DateValue.AtMost(left, right),
            _ => DateValue.EqualTo(left, right),
        };
        if (tracing)
        {
            (frame.Conditions ??= []).Add(new Condition(comparator, new StepValue.OfDate(left), new StepValue.OfDate(right), result)
            {
                MovedEnds = frame.MovedEnds?.ToArray() ?? [],
            });
            frame.MovedEnds = null;
        }

        return result;
    }

    /// <summary>
    /// <c>date + period</c>: the day the period ends on (<see cref="Runtime.Period.EndOf"/>). When tracing, an end moved
    /// off the day counted is kept for the comparison whose operand it is, which is made next.
    /// </summary>
    public DateValue EndOfPeriod(DateValue start, Period period)
    {
        var end = Runtime.Period.EndOf(start, period);
        if (tracing && end.Moved != EndMoved.None)
        {
            (frame.MovedEnds ??= []).Add(end);
        }

        return end.End;
    }

    /// <summary>Whether two yes/no values are the same (the only comparison the rules make of them), kept in the trace.</summary>
    public Truth Compare(Comparator comparator, Truth left, Truth right)
    {
        var result = Logic.EqualTo(left, right);
        if (tracing)
        {
            (frame.Conditions ??= []).Add(new Condition(comparator, new StepValue.OfTruth(left), new StepValue.OfTruth(right), result));
        }

        return result;
    }

    /// <summary>Whether two sets hold the same values (the only comparison the rules make of them), kept in the trace.</summary>
    public Truth Compare(Comparator comparator, SetValue left, SetValue right)
    {
        var result = SetValue.EqualTo(left, right);
        if (tracing)
        {
            (frame.Conditions ??= []).Add(new Condition(comparator, new StepValue.OfSet(left), new StepValue.OfSet(right), result));
        }

        return result;
    }

    /// <summary>
    /// A condition of an <c>any of</c> or <c>all of</c> list, as the rules write it: its value is kept for the list it
    /// belongs to (<see cref="AnyOf"/>, <see cref="AllOf"/>), which the generated code evaluates it inside of.
    /// </summary>
    public Truth Member(Truth value, string written)
    {
        if (tracing)
        {
            members.Add(new ListMember(written, new StepValue.OfTruth(value)));
        }

        return value;
    }

    /// <summary><c>any of</c> its last <paramref name="count"/> members, which decided <paramref name="result"/> as <c>or</c> does; kept in the trace as written.</summary>
    public Truth AnyOf(int count, Truth result) => List(ListOperator.AnyOf, count, result);

    /// <summary><c>all of</c> its last <paramref name="count"/> members, which decided <paramref name="result"/> as <c>and</c> does; kept in the trace as written.</summary>
    public Truth AllOf(int count, Truth result) => List(ListOperator.AllOf, count, result);

    /// <summary><c>count of</c> a set: how many values it holds, kept in the trace with the set as the rules write it.</summary>
    public Quantity CountOf(SetValue set, string written)
    {
        var count = set.Count;
        if (tracing)
        {
            (frame.Lists ??= []).Add(new ListOperation(ListOperator.CountOf, [new ListMember(written, new StepValue.OfSet(set))], new StepValue.OfQuantity(count, "count")));
        }

        return count;
    }

    /// <summary>A parameter's value in force on the evaluation's date; unknown when the law sets none yet.</summary>
    public Quantity Parameter(int parameter)
    {
        var definition0 = definition.Parameters[parameter];
        var value = definition0.InForce(asOf);
        if (tracing)
        {
            frame.Children!.Add(new TraceNode(StepKind.Parameter, definition0.Name,
                new StepValue.OfQuantity(value?.Value ?? Runtime.Quantity.Unknown, definition0.Unit),
                value is null ? StepStatus.NotInForce : StepStatus.InForce, definition0.Citations, [])
            {
                InForceFrom = value?.From,
            });
        }

        return value?.Value ?? Runtime.Quantity.Unknown;
    }

    /// <summary>A conclusion, decided by its rules (once per evaluation).</summary>
    public Truth Conclusion(int conclusion)
    {
        var decision = conclusions[conclusion] ??= Decide(conclusion);
        if (tracing)
        {
            frame.Children!.Add(decision.Trace!);
        }

        frame.Missing = frame.Missing.Union(decision.Missing);
        // A rule resting on a presumed conclusion is itself presumed; on one an estimate decided, yes or no, estimated.
        if (decision.Outcome == Truth.Yes)
        {
            frame.How = frame.How.WithMarksOf(decision.How);
        }

        frame.Estimated |= decision.How.Contains(Way.Estimated);

        return decision.Outcome;
    }

    /// <summary>One classification, from nothing worked out; the facts are let go of when it is done.</summary>
    internal Verdict Verdict(int conclusion, Facts given, ClassifyOptions options)
    {
        facts = given;
        asOf = options.AsOf;
        tracing = options.Trace;
        Array.Clear(quantities);
        Array.Clear(conclusions);
        members.Clear();
        frame = new Frame(tracing);
        var scope = conclusion == definition.Verdict && definition.Scope >= 0 ? Conclusion(definition.Scope) : (Truth?)null;
        var outcome = scope == Truth.No ? Truth.Unknown : Conclusion(conclusion);
        facts = Facts.None;
        var name = definition.Conclusions[conclusion].Name;
        if (scope is not { } precondition)
        {
            var decided = conclusions[conclusion]!.Value;
            return new Verdict(name, outcome, decided.Rule, decided.How.Ways,
                outcome == Truth.Unknown ? plan.Names(decided.Missing) : [], asOf, tracing ? decided.Trace : null)
            {
                Applicability = definition.AppliesFrom is null ? Applicability.Unstated : new Applicability(ApplicabilityStatus.Applies, definition.AppliesFrom, null, null),
            };
        }

        // The precondition of the scope is decided first and explained beside the verdict: outside it, the verdict's own
        // rules are not evaluated; when the facts do not tell, the verdict is unknown whatever its rules decide.
        var scopeDecision = conclusions[definition.Scope]!.Value;
        var status = precondition switch
        {
            Truth.Yes => ApplicabilityStatus.Applies,
            Truth.No => ApplicabilityStatus.OutsideScope,
            _ => ApplicabilityStatus.ScopeUndetermined,
        };
        var applicability = new Applicability(status, definition.AppliesFrom, definition.Conclusions[definition.Scope].Name, tracing ? scopeDecision.Trace : null);
        if (precondition == Truth.No)
        {
            return new Verdict(name, Truth.Unknown, null, [], [], asOf, null) { Applicability = applicability };
        }

        var decision = conclusions[conclusion]!.Value;
        if (precondition == Truth.Unknown)
        {
            var missing = outcome == Truth.Unknown ? scopeDecision.Missing.Union(decision.Missing) : scopeDecision.Missing;
            return new Verdict(name, Truth.Unknown, null, [], plan.Names(missing), asOf, tracing ? decision.Trace : null) { Applicability = applicability };
        }

        return new Verdict(name, outcome, decision.Rule, decision.How.Ways,
            outcome == Truth.Unknown ? plan.Names(decision.Missing) : [], asOf, tracing ? decision.Trace : null)
        {
            Applicability = applicability,
        };
    }

    private Decision Decide(int conclusion)
    {
        var rules = plan.Rules[conclusion];
        var exceptions = plan.Exceptions[conclusion];
        var evaluated = evaluations[conclusion];
        for (var index = 0; index < rules.Length; index++)
        {
            var rule = rules[index];
            var parent = Enter();
            var when = rule.When(this);
            var read = Leave(parent);
            // The exception is read apart: a fact it lacks leaves the rule standing, so it is no fact that would decide.
            parent = Enter();
            var unless = rule.Unless?.Invoke(this) ?? Truth.No;
            var exception = Leave(parent);
            read.Children?.AddRange(exception.Children!);
            if (exception.Conditions is { } unlessConditions)
            {
                (read.Conditions ??= []).AddRange(unlessConditions);
            }

            if (exception.Lists is { } unlessLists)
            {
                (read.Lists ??= []).AddRange(unlessLists);
            }

            evaluated[index] = new Evaluated(rule, when, unless, read, tracing ? Trace(rule, when, unless, read) : null);
        }

        // An exception not established leaves the rule standing (default logic); one that applies overrides its rule.
        // Of the rules left, an exception decides before the rules it takes priority over.
        var deciding = -1;
        var unknown = false;
        var missing = default(FactSet);
        for (var index = 0; index < evaluated.Length; index++)
        {
            var rule = evaluated[index];
            if (Overridden(evaluated, exceptions[index]))
            {
                continue;
            }

            if (rule.Applies && (deciding < 0 || (evaluated[deciding].Rule.ExceptionTo is null && rule.Rule.ExceptionTo is not null)))
            {
                deciding = index;
            }
            else if (rule.When == Truth.Unknown && rule.Unless != Truth.Yes)
            {
                unknown = true;
                missing = missing.Union(rule.Read.Missing);
            }
        }

        Truth outcome;
        var how = How.None;
        string? decidingRule = null;
        if (deciding >= 0)
        {
            var (rule, _, _, read, _) = evaluated[deciding];
            outcome = Logic.Of(rule.Value);
            decidingRule = rule.Name;
            how = How.Of(rule.Kind == RuleKind.Presumption ? Way.Presumed : Way.Met).WithMarksOf(read.How);
            if (read.Estimated)
            {
                how = how.Then(Way.Estimated);
            }

            missing = default;
        }
        else if (unknown)
        {
            outcome = Truth.Unknown;
        }
        else
        {
            // No rule applies: the conclusion does not hold; say so when an established exception is why.
            outcome = Truth.No;
            if (Array.Exists(evaluated, e => e.When == Truth.Yes && e.Unless == Truth.Yes))
            {
                how = How.Of(Way.Rebutted);
            }

            // A "no" rests on every rule's condition: one that read an estimate makes the "no" an estimate too.
            if (Array.Exists(evaluated, e => e.Read.Estimated))
            {
                how = how.Then(Way.Estimated);
            }
        }

        var target = definition.Conclusions[conclusion];
        var trace = tracing
            ? new TraceNode(StepKind.Conclusion, target.Name, new StepValue.OfTruth(outcome), null, target.Citations, [.. evaluated.Select(e => e.Trace!)])
            {
                DecidedBy = decidingRule,
            }
            : null;
        return new Decision(outcome, decidingRule, how, missing, trace);
    }

    /// <summary>Whether one of the exceptions to a rule applies.</summary>
    private static bool Overridden(Evaluated[] evaluated, int[] exceptions)
    {
        foreach (var exception in exceptions)
        {
            if (evaluated[exception].Applies)
            {
                return true;
            }
        }

        return false;
    }

    private Truth List(ListOperator list, int count, Truth result)
    {
        if (tracing)
        {
            // A list's members are the last ones kept: a list inside one of them took its own off before.
            var start = members.Count - count;
            (frame.Lists ??= []).Add(new ListOperation(list, members.GetRange(start, count), new StepValue.OfTruth(result)));
            members.RemoveRange(start, count);
        }

        return result;
    }

    private static TraceNode Trace(RuleDefinition rule, Truth when, Truth unless, Frame read)
    {
        var status = unless == Truth.Yes ? StepStatus.Rebutted
            : when == Truth.Yes ? StepStatus.Applies
            : when == Truth.No ? StepStatus.DoesNotApply
            : StepStatus.Undecided;
        var value = status switch
        {
            StepStatus.Applies => new StepValue.OfTruth(Logic.Of(rule.Value)),
            StepStatus.Undecided => new StepValue.OfTruth(Truth.Unknown),
            _ => StepValue.NotDecisive,
        };
        return new TraceNode(rule.Kind == RuleKind.Presumption ? StepKind.Presumption : StepKind.Rule, rule.Name, value, status, rule.Citations, read.Children!)
        {
            Conditions = read.Conditions ?? (IReadOnlyList<Condition>)[],
            Lists = read.Lists ?? (IReadOnlyList<ListOperation>)[],
        };
    }

    /// <summary>A quantity fact read; <paramref name="worked"/> is the frame that derived or estimated it, if one did.</summary>
    private void Read(int fact, Quantity value, StepStatus? status, Frame? worked, DerivationDefinition? derivation = null)
    {
        if (status == StepStatus.Estimated || value.IsEstimated)
        {
            frame.Estimated = true;
        }

        // A lower bound is no amount: the fact would still decide what the bound leaves undecided.
        if (!value.IsKnown)
        {
            frame.Missing = frame.Missing.With(fact);
        }

        if (tracing)
        {
            var read = definition.Facts[fact];
            frame.Children!.Add(new TraceNode(StepKind.Fact, read.Name, new StepValue.OfQuantity(value, read.Unit), status,
                derivation?.Citations ?? read.Citations, worked?.Children ?? [])
            {
                Conditions = worked?.Conditions ?? (IReadOnlyList<Condition>)[],
                Lists = worked?.Lists ?? (IReadOnlyList<ListOperation>)[],
                Formula = derivation?.Formula,
            });
        }
    }

    /// <summary>A fact read as given or missing; its value only when tracing.</summary>
    private void Note(int fact, bool known, StepValue? value)
    {
        if (!known)
        {
            frame.Missing = frame.Missing.With(fact);
        }

        if (tracing)
        {
            frame.Children!.Add(new TraceNode(StepKind.Fact, plan.FactNames[fact], value!,
                known ? StepStatus.Given : StepStatus.Missing, definition.Facts[fact].Citations, []));
        }
    }

    /// <summary>Starts a frame; the one it returns waits in the caller's local until <see cref="Leave"/> restores it.</summary>
    private Frame Enter()
    {
        var parent = frame;
        frame = new Frame(tracing);
        return parent;
    }

    private Frame Leave(Frame parent)
    {
        var left = frame;
        frame = parent;
        frame.Estimated |= left.Estimated;
        return left;
    }

    /// <summary>What one rule, derivation or verdict read: the trace below it, the comparisons made, the missing facts, how it was reached.</summary>
    private struct Frame(bool tracing)
    {
        public List<TraceNode>? Children = tracing ? [] : null;

        // Made at the first comparison kept: most frames compare nothing.
        public List<Condition>? Conditions;

        // Ends of periods moved by Regulation No 1182/71, Article 3(4) or 3(5), waiting for the comparison they are operands of.
        public List<PeriodEnd>? MovedEnds;

        // Made at the first list operation kept: most conditions have none.
        public List<ListOperation>? Lists;

        public FactSet Missing;

        public How How = How.None;

        public bool Estimated;
    }

    private readonly record struct Evaluated(RuleDefinition Rule, Truth When, Truth Unless, Frame Read, TraceNode? Trace)
    {
        public bool Applies => When == Truth.Yes && Unless != Truth.Yes;
    }

    private readonly record struct Decision(Truth Outcome, string? Rule, How How, FactSet Missing, TraceNode? Trace);
}
