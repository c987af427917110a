using System.Collections.Immutable;
using RulesDsl.Language.Syntax;
using Sprache;

namespace RulesDsl.Language.Parsing;

/// <summary>A clause a declaration may have after its first line: its keyword, whether it may come more than once, whether it must come, and its parser.</summary>
/// <param name="Shown">The keyword as a message names it (<c>'exception to'</c>).</param>
internal sealed record ClauseKind(string Keyword, string Shown, bool Repeatable, bool Required, Parser<Clause<object>> Parser)
{
    /// <summary>Whether a message lists it among what could come: not a clause every declaration may always have
    /// (<c>label</c>), which would crowd out the ones a typo most likely meant.</summary>
    public bool Listed { get; init; } = true;

    public static ClauseKind May<T>(string keyword, Parser<Clause<T>> clause, string? shown = null) => new(keyword, shown ?? $"'{keyword}'", false, false, Boxed(clause));

    public static ClauseKind Must<T>(string keyword, Parser<Clause<T>> clause) => new(keyword, $"'{keyword}'", false, true, Boxed(clause));

    public static ClauseKind Repeated<T>(string keyword, Parser<Clause<T>> clause) => new(keyword, $"'{keyword}'", true, false, Boxed(clause));

    private static Parser<Clause<object>> Boxed<T>(Parser<Clause<T>> clause) =>
        clause.Select(c => new Clause<object>(c.Keyword, c.Value!, c.End));
}

/// <summary>
/// The clauses of a declaration after its first line, in the order written: the language goes by keywords, so any
/// order reads the same. A clause that may come once but came again is kept aside, to be reported (RD0175).
/// </summary>
internal sealed record ClauseSet(ImmutableArray<(string Keyword, Clause<object> Clause)> Clauses, ImmutableArray<TextSpan> Duplicates)
{
    /// <summary>Reads clauses of the kinds given until the declaration ends; fails where a line starts with none of
    /// them, or at the end when a required one is missing, naming what could have come.</summary>
    public static Parser<ClauseSet> Of(params ClauseKind[] kinds) => input =>
    {
        var clauses = ImmutableArray.CreateBuilder<(string Keyword, Clause<object> Clause)>();
        var duplicates = ImmutableArray.CreateBuilder<TextSpan>();
        var remainder = input;
        while (!remainder.AtEnd)
        {
            var (kind, result) = kinds.Select(k => (Kind: k, Result: k.Parser(remainder)))
                .FirstOrDefault(attempt => attempt.Result.WasSuccessful || !attempt.Result.Remainder.Equals(remainder));
            if (result is null)
            {
                return Result.Failure<ClauseSet>(remainder, "expected a clause", Expected(kinds, clauses));
            }

            if (!result.WasSuccessful)
            {
                return Result.Failure<ClauseSet>(result.Remainder, result.Message, result.Expectations);
            }

            if (!kind.Repeatable && clauses.Any(c => c.Keyword == kind.Keyword))
            {
                duplicates.Add(result.Value.Keyword);
            }
            else
            {
                clauses.Add((kind.Keyword, result.Value));
            }

            remainder = result.Remainder;
        }

        var missing = kinds.Where(k => k.Required && !clauses.Any(c => c.Keyword == k.Keyword)).Select(k => k.Shown).ToList();
        return missing.Count > 0
            ? Result.Failure<ClauseSet>(remainder, "expected a clause", missing)
            : Result.Success(new ClauseSet(clauses.ToImmutable(), duplicates.ToImmutable()), remainder);
    };

    /// <summary>What could come where no clause did: the clauses still open, and the end of the declaration once nothing required is missing.</summary>
    private static IEnumerable<string> Expected(ClauseKind[] kinds, ImmutableArray<(string Keyword, Clause<object> Clause)>.Builder clauses)
    {
        var open = kinds.Where(k => k.Repeatable || !clauses.Any(c => c.Keyword == k.Keyword)).ToList();
        var shown = open.Where(k => k.Listed).Select(k => k.Shown).ToList();
        return open.Any(k => k.Required) ? shown : [.. shown, "a new declaration"];
    }

    public Clause<T>? One<T>(string keyword) => All<T>(keyword).FirstOrDefault();

    public IEnumerable<Clause<T>> All<T>(string keyword) =>
        Clauses.Where(c => c.Keyword == keyword).Select(c => new Clause<T>(c.Clause.Keyword, (T)c.Clause.Value, c.Clause.End));

    /// <summary>Where the last clause's content ends, for the declaration's span.</summary>
    public int End => Clauses.Select(c => c.Clause.End).DefaultIfEmpty().Max();
}
