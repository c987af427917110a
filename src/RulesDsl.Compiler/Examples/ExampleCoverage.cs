using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Examples;

/// <summary>A way a rule can go: it applies, does not apply, is undecided, or its exception is taken.</summary>
public sealed record RuleBranch(string Rule, StepStatus Way)
{
    /// <summary>The branch as the coverage report names it: "compute_presumption exception taken".</summary>
    public override string ToString() => Way switch
    {
        StepStatus.Applies => $"{Rule} applies",
        StepStatus.DoesNotApply => $"{Rule} does not apply",
        StepStatus.Undecided => $"{Rule} unknown",
        _ => $"{Rule} exception taken",
    };
}

/// <summary>
/// What the examples of a rules file leave untried: rules no example reaches, ways a rule can go that no example takes,
/// and cited clauses no example's evaluation reads. Worked out from the traces of the examples' verdicts.
/// </summary>
public sealed record ExampleCoverage(
    IReadOnlyList<RuleBranch> Branches,
    IReadOnlyList<string> UnreachedRules,
    IReadOnlyList<RuleBranch> UntakenBranches,
    IReadOnlyList<Citation> Clauses,
    IReadOnlyList<Citation> UncitedClauses)
{
    // The ways every rule can go; a rule with an exception can also be rebutted.
    private static readonly StepStatus[] Ways = [StepStatus.Applies, StepStatus.DoesNotApply, StepStatus.Undecided];

    /// <summary>The coverage of examples run with a trace (<see cref="ClassifyOptions.Trace"/>); a verdict without one covers nothing.</summary>
    public static ExampleCoverage Of(RuleSetDefinition definition, IEnumerable<ExampleResult> results)
    {
        // The scope's precondition is evaluated beside the verdict's trace, in its applicability.
        var nodes = results.SelectMany(r => new[] { r.Verdict.Trace, r.Verdict.Applicability.ScopeTrace }).OfType<TraceNode>().SelectMany(trace => trace.Steps()).ToList();
        var taken = nodes.Where(n => n.Kind is StepKind.Rule or StepKind.Presumption && n.Status is not null)
            .Select(n => new RuleBranch(n.Name, n.Status!.Value)).ToHashSet();
        var branches = definition.Rules.SelectMany(rule =>
            Ways.Concat(rule.Unless is null ? [] : [StepStatus.Rebutted])
                .Select(way => new RuleBranch(rule.Name, way))).ToList();
        var cited = nodes.SelectMany(n => n.Citations).Select(Clause).ToHashSet();
        var clauses = definition.Facts.SelectMany(f => f.Citations)
            .Concat(definition.Parameters.SelectMany(p => p.Citations))
            .Concat(definition.Derivations.SelectMany(d => d.Citations))
            .Concat(definition.Conclusions.SelectMany(c => c.Citations))
            .Concat(definition.Rules.SelectMany(r => r.Citations))
            .DistinctBy(Clause)
            .ToList();
        return new ExampleCoverage(
            branches,
            [.. definition.Rules.Select(r => r.Name).Where(name => !taken.Any(b => b.Rule == name))],
            [.. branches.Where(b => !taken.Contains(b))],
            clauses,
            [.. clauses.Where(c => !cited.Contains(Clause(c)))]);
    }

    private static (string, int?) Clause(Citation citation) => (citation.Provision, citation.Sentence);
}
