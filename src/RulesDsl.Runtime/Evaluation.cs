namespace RulesDsl.Runtime;

/// <summary>
/// One classification: the facts, the date the law is in force on, what has been worked out so far, and the trace.
/// Generated code reads facts, parameters and conclusions through it; every read is remembered so that a verdict can
/// say what decided it and, when unknown, which missing facts would. A classifier reuses one evaluation from one
/// classification to the next, and without trace it allocates nothing else but the verdict: trace nodes and their
/// text are made only when tracing.
/// </summary>
public sealed class Evaluation
{
    private readonly EvaluationPlan plan;
    private readonly RuleSetDefinition definition;
    private readonly Quantity?[] quantities;
    private readonly Decision?[] conclusions;

    // By conclusion, its rules as evaluated: each conclusion is decided once per classification, so each has its own.
    private readonly Evaluated[][] evaluations;

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
            Read(fact, known, known.IsKnown ? null : "missing", []);
            return known;
        }

        if (facts.Quantity(plan.FactNames[fact]) is { IsKnown: true } given)
        {
            quantities[fact] = given;
            Read(fact, given, "given", []);
            return given;
        }

        foreach (var derivation in plan.Derivations[fact])
        {
            var parent = Enter();
            var derived = derivation.From(this);
            var children = Leave(parent).Children;
            if (derived.IsKnown)
            {
                var result = derivation.IsEstimate ? derived.AsEstimate() : derived;
                quantities[fact] = result;
                Read(fact, result, derivation.IsEstimate ? "estimated" : "derived", children, derivation.Citations);
                return result;
            }
        }

        quantities[fact] = Runtime.Quantity.Unknown;
        Read(fact, Runtime.Quantity.Unknown, "missing", []);
        return Runtime.Quantity.Unknown;
    }

    public Truth YesNo(int fact)
    {
        var value = facts.YesNo(plan.FactNames[fact]);
        Note(fact, value != Truth.Unknown, tracing ? value.ToString().ToLowerInvariant() : null);
        return value;
    }

    public DateValue Date(int fact)
    {
        var value = facts.Date(plan.FactNames[fact]);
        Note(fact, value.IsKnown, tracing ? value.ToString() : null);
        return value;
    }

    public SetValue Set(int fact)
    {
        var value = facts.Set(plan.FactNames[fact]);
        Note(fact, value.IsKnown, tracing ? value.ToString() : null);
        return value;
    }

    /// <summary>A parameter's value in force on the evaluation's date; unknown when the law sets none yet.</summary>
    public Quantity Parameter(int parameter)
    {
        var definition0 = definition.Parameters[parameter];
        var value = definition0.InForce(asOf);
        if (tracing)
        {
            frame.Children!.Add(new TraceNode("parameter", definition0.Name,
                value is null ? "unknown" : Runtime.Quantity.Of(value.Value).ToString(),
                value is null ? $"no value in force on {asOf:yyyy-MM-dd}" : $"in force from {value.From:yyyy-MM-dd}",
                definition0.Citations, []));
        }

        return value is null ? Runtime.Quantity.Unknown : Runtime.Quantity.Of(value.Value);
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
        if (decision.Outcome == Truth.Yes)
        {
            // A rule resting on a presumed or estimated conclusion is itself presumed or estimated.
            frame.How = frame.How.WithMarksOf(decision.How);
            frame.Estimated |= decision.How.Contains(Ways.Estimated);
        }

        return decision.Outcome;
    }

    /// <summary>One classification, from nothing worked out; the facts are let go of when it is done.</summary>
    internal Verdict Verdict(int conclusion, Facts given, ClassifyOptions options)
    {
        facts = given;
        asOf = options.AsOf ?? DateOnly.FromDateTime(DateTime.Today);
        tracing = options.Trace;
        Array.Clear(quantities);
        Array.Clear(conclusions);
        frame = new Frame(tracing);
        var outcome = Conclusion(conclusion);
        facts = Facts.None;
        var decision = conclusions[conclusion]!.Value;
        return new Verdict(definition.Conclusions[conclusion].Name, outcome, decision.Rule, decision.How.Words,
            outcome == Truth.Unknown ? plan.Names(decision.Missing) : [], tracing ? decision.Trace : null);
    }

    private Decision Decide(int conclusion)
    {
        var rules = plan.Rules[conclusion];
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
            evaluated[index] = new Evaluated(rule, when, unless, read, tracing ? Trace(rule, when, unless, read.Children!) : null);
        }

        // An exception not established leaves the rule standing (default logic); one that applies overrides its rule.
        // Of the rules left, an exception decides before the rules it takes priority over.
        var deciding = -1;
        var unknown = false;
        var missing = default(FactSet);
        for (var index = 0; index < evaluated.Length; index++)
        {
            var rule = evaluated[index];
            if (Overridden(evaluated, rule.Rule.Name))
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
        var how = Ways.None;
        string? decidingRule = null;
        if (deciding >= 0)
        {
            var (rule, _, _, read, _) = evaluated[deciding];
            outcome = Logic.Of(rule.Value);
            decidingRule = rule.Name;
            how = how.Then(rule.Kind == RuleKind.Presumption ? Ways.Presumed : Ways.Met).WithMarksOf(read.How);
            if (read.Estimated)
            {
                how = how.Then(Ways.Estimated);
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
                how = how.Then(Ways.Rebutted);
            }
        }

        var target = definition.Conclusions[conclusion];
        var trace = tracing
            ? new TraceNode("conclusion", target.Name, outcome.ToString().ToLowerInvariant(),
                decidingRule is null ? null : $"decided by {decidingRule}", target.Citations, [.. evaluated.Select(e => e.Trace!)])
            : null;
        return new Decision(outcome, decidingRule, how, missing, trace);
    }

    /// <summary>Whether a rule that applies names this one as the rule it is an exception to.</summary>
    private static bool Overridden(Evaluated[] evaluated, string rule)
    {
        foreach (var other in evaluated)
        {
            if (other.Applies && other.Rule.ExceptionTo == rule)
            {
                return true;
            }
        }

        return false;
    }

    private static TraceNode Trace(RuleDefinition rule, Truth when, Truth unless, List<TraceNode> children)
    {
        var status = unless == Truth.Yes ? "rebutted: its exception is established"
            : when == Truth.Yes ? "applies"
            : when == Truth.No ? "does not apply"
            : "unknown";
        return new TraceNode(
            rule.Kind == RuleKind.Presumption ? "presumption" : "rule", rule.Name,
            when == Truth.Yes && unless != Truth.Yes ? (rule.Value ? "yes" : "no") : when == Truth.Unknown && unless != Truth.Yes ? "unknown" : "-",
            status, rule.Citations, children);
    }

    private void Read(int fact, Quantity value, string? note, IReadOnlyList<TraceNode>? children, IReadOnlyList<Citation>? derivation = null)
    {
        if (note == "estimated" || value.IsEstimated)
        {
            frame.Estimated = true;
        }

        if (note == "missing")
        {
            frame.Missing = frame.Missing.With(fact);
        }

        if (tracing)
        {
            frame.Children!.Add(new TraceNode("fact", plan.FactNames[fact], value.ToString(), note,
                derivation ?? definition.Facts[fact].Citations, children ?? []));
        }
    }

    /// <summary>A fact read as given or missing; its value as text, only when tracing.</summary>
    private void Note(int fact, bool known, string? value)
    {
        if (!known)
        {
            frame.Missing = frame.Missing.With(fact);
        }

        if (tracing)
        {
            frame.Children!.Add(new TraceNode("fact", plan.FactNames[fact], value!,
                known ? "given" : "missing", definition.Facts[fact].Citations, []));
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

    /// <summary>What one rule, derivation or verdict read: the trace below it, the missing facts, how it was reached.</summary>
    private struct Frame(bool tracing)
    {
        public List<TraceNode>? Children = tracing ? [] : null;

        public FactSet Missing;

        public Ways How = Ways.None;

        public bool Estimated;
    }

    private readonly record struct Evaluated(RuleDefinition Rule, Truth When, Truth Unless, Frame Read, TraceNode? Trace)
    {
        public bool Applies => When == Truth.Yes && Unless != Truth.Yes;
    }

    private readonly record struct Decision(Truth Outcome, string? Rule, Ways How, FactSet Missing, TraceNode? Trace);
}
