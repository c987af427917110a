using System.Diagnostics.CodeAnalysis;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>
/// What the citation parser reads from a citation as a reader writes it ("Article 51(1), point (a)"): the stable id of
/// the provision it names, and the language it was written in. (A rule's citation, as the runtime carries it, is
/// <c>RulesDsl.Runtime.Citation</c>.)
/// </summary>
public sealed record ParsedCitation(ProvisionId Id, string Language);

/// <summary>Why a text is not a citation: what was expected, at which character (1-based, like a compiler's column).</summary>
public sealed record CitationError(int Column, string Message)
{
    public override string ToString() => $"column {Column}: {Message}";
}

/// <summary>The outcome of reading a citation: the citation, or the error that stopped it.</summary>
public sealed record CitationParseResult
{
    private CitationParseResult(ParsedCitation? citation, CitationError? error)
    {
        Citation = citation;
        Error = error;
    }

    public ParsedCitation? Citation { get; }

    public CitationError? Error { get; }

    [MemberNotNullWhen(true, nameof(Citation))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Citation is not null;

    public static CitationParseResult Success(ParsedCitation citation) => new(citation, null);

    public static CitationParseResult Failure(CitationError error) => new(null, error);
}
