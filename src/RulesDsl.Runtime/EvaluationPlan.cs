using System.Collections.Immutable;
using System.Numerics;

namespace RulesDsl.Runtime;

/// <summary>
/// A rule set arranged for evaluation, once per classifier: the rules of each conclusion and the derivations of each
/// fact in file order, and the exceptions to each rule, so that evaluating searches nothing.
/// </summary>
internal sealed class EvaluationPlan
{
    private readonly int[] factsByName;
    private readonly string[] conclusionNames;
    private readonly string[] ruleNames;

    // The first 64 facts by the ordinal rank of their names, and back, for missing facts given a bit each.
    private readonly int[] rankOf;
    private readonly string[] namesByRank;

    // The applicability of verdicts decided without trace, by status, and of a conclusion other than the verdict.
    private readonly Applicability[] applicabilities;
    private readonly Applicability appliesOutOfScope;

    // Every fact's ordinal rank, for the missing facts of a rule set of more than 64 facts, in words of bits.
    private readonly int[] rankOfAll;

    public EvaluationPlan(RuleSetDefinition definition)
    {
        Definition = definition;
        FactNames = [.. definition.Facts.Select(f => f.Name)];
        var rules = definition.Rules.ToLookup(r => r.Conclusion);
        Rules = [.. definition.Conclusions.Select((_, c) => rules[c].ToArray())];
        Exceptions = [.. Rules.Select(ExceptionsTo)];
        var derivations = definition.Derivations.ToLookup(d => d.Fact);
        Derivations = [.. definition.Facts.Select((_, f) => derivations[f].ToArray())];
        factsByName = [.. Enumerable.Range(0, FactNames.Length).OrderBy(f => FactNames[f], StringComparer.Ordinal)];
        conclusionNames = [.. definition.Conclusions.Select(c => c.Name)];
        ruleNames = [.. definition.Rules.Select(r => r.Name)];
        int[] first = [.. factsByName.Where(f => f < 64)];
        rankOf = new int[first.Length];
        foreach (var (fact, rank) in first.Select((f, r) => (f, r)))
        {
            rankOf[fact] = rank;
        }

        namesByRank = [.. first.Select(f => FactNames[f])];
        var scope = definition.Scope >= 0 ? conclusionNames[definition.Scope] : null;
        appliesOutOfScope = new Applicability(ApplicabilityStatus.Applies, definition.AppliesFrom, null, null);
        applicabilities =
        [
            new(ApplicabilityStatus.Applies, definition.AppliesFrom, scope, null),
            new(ApplicabilityStatus.NotYetApplicable, definition.AppliesFrom, null, null),
            new(ApplicabilityStatus.OutsideScope, definition.AppliesFrom, scope, null),
            new(ApplicabilityStatus.ScopeUndetermined, definition.AppliesFrom, scope, null),
            Applicability.Unstated,
        ];
        rankOfAll = new int[FactNames.Length];
        foreach (var (fact, rank) in factsByName.Select((f, r) => (f, r)))
        {
            rankOfAll[fact] = rank;
        }
    }

    public RuleSetDefinition Definition { get; }

    public string[] FactNames { get; }

    /// <summary>By conclusion, its rules.</summary>
    public RuleDefinition[][] Rules { get; }

    /// <summary>
    /// By conclusion and the index of each of its rules, the indices of its rules that are exceptions to that rule: a
    /// rule is overridden when one of these applies, found without looking at every rule evaluated.
    /// </summary>
    public int[][][] Exceptions { get; }

    /// <summary>By fact, how to obtain it when not given, in the order tried.</summary>
    public DerivationDefinition[][] Derivations { get; }

    /// <summary>
    /// The verdict of what generated code decided: its deciding rule and missing facts by name, under its
    /// applicability. Its ways and applicability are shared, made once, and its missing facts a list of their own, sized
    /// to fit: one verdict, one allocation, with nothing missing.
    /// </summary>
    public Verdict Verdict(int conclusion, VerdictValue value, DateOnly asOf) =>
        new(conclusionNames[conclusion], value.Outcome, value.Rule < 0 ? null : ruleNames[value.Rule], value.How.Ways,
            value.Outcome == Truth.Unknown ? Names(value.Missing, value.MissingWords) : [], asOf, null)
        {
            Applicability = value.Applicability == ApplicabilityStatus.Applies && conclusion != Definition.Verdict
                ? appliesOutOfScope
                : applicabilities[(int)value.Applicability],
        };

    /// <summary>The rules of a conclusion that are exceptions to each of them, by index.</summary>
    private static int[][] ExceptionsTo(RuleDefinition[] rules)
    {
        var exceptions = Enumerable.Range(0, rules.Length).Where(r => rules[r].ExceptionTo is not null)
            .ToLookup(r => rules[r].ExceptionTo!, StringComparer.Ordinal);
        return [.. rules.Select(rule => exceptions[rule.Name].ToArray())];
    }

    /// <summary>The names of missing facts as generated code collects them: in words when it has them, else a bit each.</summary>
    private string[] Names(ulong facts, ulong[]? words)
    {
        if (words is null)
        {
            return Names(facts);
        }

        var missing = new List<int>();
        for (var word = 0; word < words.Length; word++)
        {
            for (var rest = words[word]; rest != 0; rest &= rest - 1)
            {
                missing.Add(word * 64 + BitOperations.TrailingZeroCount(rest));
            }
        }

        missing.Sort((a, b) => rankOfAll[a].CompareTo(rankOfAll[b]));
        return [.. missing.Select(f => FactNames[f])];
    }

    /// <summary>The names of the first 64 facts, a bit each, in ordinal order: each bit moved to its name's rank, then read in order.</summary>
    private string[] Names(ulong facts)
    {
        if (facts == 0)
        {
            return [];
        }

        var ranked = 0UL;
        for (var rest = facts; rest != 0; rest &= rest - 1)
        {
            ranked |= 1UL << rankOf[BitOperations.TrailingZeroCount(rest)];
        }

        var names = new string[BitOperations.PopCount(facts)];
        for (var next = 0; ranked != 0; ranked &= ranked - 1)
        {
            names[next++] = namesByRank[BitOperations.TrailingZeroCount(ranked)];
        }

        return names;
    }

    /// <summary>The names of the facts in a set, in ordinal order.</summary>
    public List<string> Names(FactSet facts)
    {
        var names = new List<string>();
        foreach (var fact in factsByName)
        {
            if (facts.Contains(fact))
            {
                names.Add(FactNames[fact]);
            }
        }

        return names;
    }
}

/// <summary>Facts by index: a bit each for the first 64, so that collecting missing facts allocates nothing in usual rule sets.</summary>
internal readonly struct FactSet
{
    private readonly ulong first;
    private readonly ImmutableHashSet<int>? rest;

    private FactSet(ulong first, ImmutableHashSet<int>? rest) => (this.first, this.rest) = (first, rest);

    public FactSet With(int fact) =>
        fact < 64 ? new(first | 1UL << fact, rest) : new(first, (rest ?? []).Add(fact));

    public FactSet Union(FactSet other) =>
        new(first | other.first, rest is null ? other.rest : other.rest is null ? rest : rest.Union(other.rest));

    public bool Contains(int fact) => fact < 64 ? (first & 1UL << fact) != 0 : rest?.Contains(fact) == true;
}
