namespace RulesDsl.Runtime;

/// <summary>
/// One classification: the facts, the date the law is in force on, what has been worked out so far, and the trace.
/// Generated code reads facts, parameters and conclusions through it; every read is remembered so that a verdict can
/// say what decided it and, when unknown, which missing facts would.
/// </summary>
public sealed class Evaluation
{
    private readonly RuleSetDefinition definition;
    private readonly object?[] given;
    private readonly DateOnly asOf;
    private readonly bool tracing;
    private readonly Quantity?[] quantities;
    private readonly (Truth Outcome, Decision Decision)?[] conclusions;
    private readonly Stack<Frame> frames = new();

    public Evaluation(RuleSetDefinition definition, Facts facts, ClassifyOptions options)
    {
        this.definition = definition;
        given = [.. definition.Facts.Select(f => facts.Get(f.Name))];
        asOf = options.AsOf ?? DateOnly.FromDateTime(DateTime.Today);
        tracing = options.Trace;
        quantities = new Quantity?[definition.Facts.Count];
        conclusions = new (Truth, Decision)?[definition.Conclusions.Count];
        frames.Push(new Frame());
    }

    /// <summary>A quantity fact: as given, else derived as the law defines it, else estimated (marked as such).</summary>
    public Quantity Quantity(int fact)
    {
        if (quantities[fact] is { } known)
        {
            Read(fact, known.ToString(), known.IsKnown ? null : "missing", []);
            return known;
        }

        if (given[fact] is double value)
        {
            var result = Runtime.Quantity.Of(value);
            quantities[fact] = result;
            Read(fact, result.ToString(), "given", []);
            return result;
        }

        foreach (var derivation in definition.Derivations.Where(d => d.Fact == fact))
        {
            var frame = Enter();
            var derived = derivation.From(this);
            var children = Leave(frame);
            if (derived.IsKnown)
            {
                var result = derivation.IsEstimate ? derived.AsEstimate() : derived;
                quantities[fact] = result;
                Read(fact, result.ToString(), derivation.IsEstimate ? "estimated" : "derived", children, derivation.Citations);
                return result;
            }
        }

        quantities[fact] = Runtime.Quantity.Unknown;
        Read(fact, "unknown", "missing", []);
        return Runtime.Quantity.Unknown;
    }

    public Truth YesNo(int fact)
    {
        var value = given[fact] is bool yes ? Logic.Of(yes) : Truth.Unknown;
        Note(fact, value == Truth.Unknown ? "unknown" : value == Truth.Yes ? "yes" : "no");
        return value;
    }

    public DateValue Date(int fact)
    {
        var value = given[fact] is DateOnly date ? new DateValue(date, true) : default;
        Note(fact, value.ToString());
        return value;
    }

    public SetValue Set(int fact)
    {
        var value = new SetValue(given[fact] as IReadOnlySet<string>);
        Note(fact, value.ToString());
        return value;
    }

    /// <summary>A parameter's value in force on the evaluation's date; unknown when the law sets none yet.</summary>
    public Quantity Parameter(int parameter)
    {
        var definition0 = definition.Parameters[parameter];
        var value = definition0.InForce(asOf);
        if (tracing)
        {
            frames.Peek().Children.Add(new TraceNode("parameter", definition0.Name,
                value is null ? "unknown" : Runtime.Quantity.Of(value.Value).ToString(),
                value is null ? $"no value in force on {asOf:yyyy-MM-dd}" : $"in force from {value.From:yyyy-MM-dd}",
                definition0.Citations, []));
        }

        return value is null ? Runtime.Quantity.Unknown : Runtime.Quantity.Of(value.Value);
    }

    /// <summary>A conclusion, decided by its rules (once per evaluation).</summary>
    public Truth Conclusion(int conclusion)
    {
        var (outcome, decision) = conclusions[conclusion] ??= Decide(conclusion);
        if (tracing)
        {
            frames.Peek().Children.Add(decision.Trace);
        }

        frames.Peek().Missing.UnionWith(decision.Missing);
        if (outcome == Truth.Yes)
        {
            // A rule resting on a presumed or estimated conclusion is itself presumed or estimated.
            frames.Peek().How.AddRange(decision.How.Where(h => h is "presumed" or "estimated"));
            frames.Peek().Estimated |= decision.How.Contains("estimated");
        }

        return outcome;
    }

    internal Verdict Verdict(int conclusion)
    {
        var frame = Enter();
        var outcome = Conclusion(conclusion);
        Leave(frame);
        var decision = conclusions[conclusion]!.Value.Decision;
        return new Verdict(definition.Conclusions[conclusion].Name, outcome, decision.Rule, decision.How,
            outcome == Truth.Unknown ? [.. decision.Missing.Order(StringComparer.Ordinal)] : [], tracing ? decision.Trace : null);
    }

    private (Truth, Decision) Decide(int conclusion)
    {
        var target = definition.Conclusions[conclusion];
        var rules = definition.Rules.Where(r => r.Conclusion == conclusion).ToList();
        var evaluated = new List<(RuleDefinition Rule, Truth When, Truth Unless, Frame Frame, TraceNode Trace)>();
        foreach (var rule in rules)
        {
            var frame = Enter();
            var when = rule.When(this);
            var children = Leave(frame);
            // The exception is read apart: a fact it lacks leaves the rule standing, so it is no fact that would decide.
            var exception = Enter();
            var unless = rule.Unless?.Invoke(this) ?? Truth.No;
            children.AddRange(Leave(exception));
            var status = unless == Truth.Yes ? "rebutted: its exception is established"
                : when == Truth.Yes ? "applies"
                : when == Truth.No ? "does not apply"
                : "unknown";
            evaluated.Add((rule, when, unless, frame, new TraceNode(
                rule.Kind == RuleKind.Presumption ? "presumption" : "rule", rule.Name,
                when == Truth.Yes && unless != Truth.Yes ? (rule.Value ? "yes" : "no") : when == Truth.Unknown && unless != Truth.Yes ? "unknown" : "-",
                status, rule.Citations, children)));
        }

        // An exception not established leaves the rule standing (default logic); one that applies overrides its rule.
        var applying = evaluated.Where(e => e.When == Truth.Yes && e.Unless != Truth.Yes).ToList();
        var overridden = applying.Where(e => e.Rule.ExceptionTo is not null).Select(e => e.Rule.ExceptionTo!).ToHashSet(StringComparer.Ordinal);
        var deciding = applying.Where(e => !overridden.Contains(e.Rule.Name))
            .OrderBy(e => e.Rule.ExceptionTo is null ? 1 : 0)
            .FirstOrDefault();
        var unknown = evaluated.Where(e => e.When == Truth.Unknown && e.Unless != Truth.Yes && !overridden.Contains(e.Rule.Name)).ToList();

        Truth outcome;
        var how = new List<string>();
        var missing = new HashSet<string>(StringComparer.Ordinal);
        string? decidingRule = null;
        if (deciding.Rule is not null)
        {
            outcome = Logic.Of(deciding.Rule.Value);
            decidingRule = deciding.Rule.Name;
            how.Add(deciding.Rule.Kind == RuleKind.Presumption ? "presumed" : "met");
            how.AddRange(deciding.Frame.How);
            if (deciding.Frame.Estimated)
            {
                how.Add("estimated");
            }
        }
        else if (unknown.Count > 0)
        {
            outcome = Truth.Unknown;
            foreach (var rule in unknown)
            {
                missing.UnionWith(rule.Frame.Missing);
            }
        }
        else
        {
            // No rule applies: the conclusion does not hold; say so when an established exception is why.
            outcome = Truth.No;
            if (evaluated.Any(e => e.When == Truth.Yes && e.Unless == Truth.Yes))
            {
                how.Add("rebutted");
            }
        }

        var trace = new TraceNode("conclusion", target.Name, outcome.ToString().ToLowerInvariant(),
            decidingRule is null ? null : $"decided by {decidingRule}", target.Citations, [.. evaluated.Select(e => e.Trace)]);
        return (outcome, new Decision(decidingRule, [.. how.Distinct()], missing, trace));
    }

    private void Read(int fact, string value, string? note, IReadOnlyList<TraceNode> children, IReadOnlyList<Citation>? derivation = null)
    {
        if (note == "estimated" || (quantities[fact] is { IsEstimated: true }))
        {
            frames.Peek().Estimated = true;
        }

        if (note == "missing")
        {
            frames.Peek().Missing.Add(definition.Facts[fact].Name);
        }

        if (tracing)
        {
            frames.Peek().Children.Add(new TraceNode("fact", definition.Facts[fact].Name, value, note,
                derivation ?? definition.Facts[fact].Citations, children));
        }
    }

    private void Note(int fact, string value)
    {
        if (value == "unknown")
        {
            frames.Peek().Missing.Add(definition.Facts[fact].Name);
        }

        if (tracing)
        {
            frames.Peek().Children.Add(new TraceNode("fact", definition.Facts[fact].Name, value,
                value == "unknown" ? "missing" : "given", definition.Facts[fact].Citations, []));
        }
    }

    private Frame Enter()
    {
        var frame = new Frame();
        frames.Push(frame);
        return frame;
    }

    private List<TraceNode> Leave(Frame frame)
    {
        frames.Pop();
        var parent = frames.Peek();
        parent.Estimated |= frame.Estimated;
        return frame.Children;
    }

    private sealed class Frame
    {
        public List<TraceNode> Children { get; } = [];

        public HashSet<string> Missing { get; } = new(StringComparer.Ordinal);

        public List<string> How { get; } = [];

        public bool Estimated { get; set; }
    }

    private sealed record Decision(string? Rule, IReadOnlyList<string> How, IReadOnlySet<string> Missing, TraceNode Trace);
}
