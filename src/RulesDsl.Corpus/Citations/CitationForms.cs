using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using RulesDsl.Corpus.Conventions;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>
/// The human forms of a reference to a provision, as the Official Journal writes them in each language, read into the
/// provision's stable id and printed from it: "Article 51(1), point (a)", "artikel 51, lid 1, punt a)",
/// "Artikel 51 Absatz 1 Buchstabe a", "article 51, paragraphe 1, point a)" are all <c>art_51__para_1__pnt_a</c>.
/// </summary>
public static class CitationForms
{
    /// <summary>The codes of the languages citations can be read and printed in.</summary>
    public static ImmutableArray<string> Languages => LanguageConventions.Codes;

    /// <summary>Reads a citation. Never throws for bad text: a failure says what was expected at which column.</summary>
    /// <param name="text">The citation alone, e.g. "Article 52(5)"; case and extra spaces do not matter.</param>
    /// <param name="language">The language it is written in, or null to try every supported language.</param>
    public static CitationParseResult Parse(string? text, string? language = null)
    {
        text ??= "";
        if (language is not null)
        {
            return CitationGrammars.Find(language) is { } grammar
                ? CitationParser.Parse(grammar, text).Result
                : CitationParseResult.Failure(new CitationError(1,
                    $"citations cannot be read in language '{language}'; they can in {string.Join(", ", Languages)}"));
        }

        var attempts = CitationGrammars.All.Select(g => (g.Language, Attempt: CitationParser.Parse(g, text))).ToList();
        if (attempts.FirstOrDefault(a => a.Attempt.Result.Succeeded).Attempt.Result is { } success)
        {
            return success;
        }

        var errors = attempts
            .Where(a => a.Attempt.WordRecognised)
            .Select(a => (a.Language, Error: a.Attempt.Result.Error!))
            .ToList();
        return CitationParseResult.Failure(errors.Count == 0 ? NoProvisionWord(text) : Furthest(text, errors));
    }

    /// <inheritdoc cref="Parse"/>
    public static bool TryParse(
        string? text,
        string? language,
        [NotNullWhen(true)] out ProvisionId? id,
        [NotNullWhen(false)] out CitationError? error)
    {
        var result = Parse(text, language);
        id = result.Citation?.Id;
        error = result.Error;
        return result.Succeeded;
    }

    /// <summary>
    /// The provision a read citation names in an act that holds <paramref name="holds"/>: the id as read, or Article 3's
    /// point 63 for a paragraph 63 the article does not have. Swedish writes both "artikel 3.63" (the AI Act's
    /// definitions are numbered points of Article 3) and "artikel 52.4", so the reader reads the second number as a
    /// paragraph and only the act's structure tells which it is.
    /// </summary>
    public static ProvisionId AsHeld(ProvisionId id, Func<ProvisionId, bool> holds)
    {
        if (holds(id) || id.Segments.Select(s => s.Level).ToArray() is not [ProvisionLevel.Article, ProvisionLevel.Paragraph])
        {
            return id;
        }

        var point = id.Parent!.Point(id.Last.Label);
        return holds(point) ? point : id;
    }

    /// <summary>The citation of a provision in a language, capitalised as at the start of a citation:
    /// <c>art_51__para_1__pnt_a</c> in English is "Article 51(1), point (a)".</summary>
    /// <exception cref="ArgumentException">The language is not one of <see cref="Languages"/>, or the id is not a recital,
    /// an article with an optional paragraph and point, or an annex with an optional point.</exception>
    public static string Print(ProvisionId id, string language) => GrammarFor(language).Print(id, lastLabel: null);

    /// <summary>
    /// The citation of a provision as a version that labels it differently prints it: the scraped Annex XIII numbers
    /// 1–7 the points the Official Journal letters (a)–(g), so <c>anx_XIII__pnt_f</c> with label "6" is
    /// "Annex XIII, point 6". The label replaces the last part's; a point's label is printed as given, without the
    /// language's brackets, less a full stop that ends a list number ("6." is "6").
    /// </summary>
    /// <exception cref="ArgumentException">The language is not supported, the id has no citation form, or the label is
    /// blank.</exception>
    public static string Print(ProvisionId id, string language, string label)
    {
        var printed = label.Trim().TrimEnd('.').TrimEnd();
        if (printed.Length == 0)
        {
            throw new ArgumentException("a printed label must have at least one letter or digit", nameof(label));
        }

        return GrammarFor(language).Print(id, printed);
    }

    private static CitationGrammar GrammarFor(string language) =>
        CitationGrammars.Find(language)
        ?? throw new ArgumentException(
            $"citations cannot be printed in language '{language}'; they can in {string.Join(", ", Languages)}",
            nameof(language));

    /// <summary>The error of the languages that read furthest, since the writer most likely meant one of them; when
    /// several got equally far, what each expected, tagged with its language.</summary>
    private static CitationError Furthest(string text, List<(string Language, CitationError Error)> errors)
    {
        var column = errors.Max(e => e.Error.Column);
        var furthest = errors.Where(e => e.Error.Column == column).ToList();
        if (furthest is [var only])
        {
            return only.Error;
        }

        // Errors at one column end alike, in what was found there.
        var found = $", found {CitationParser.DescribeFound(text, column - 1)}";
        var expectations = furthest
            .GroupBy(e => e.Error.Message[..^found.Length], e => e.Language)
            .Select(g => $"{g.Key} ({string.Join(", ", g)})");
        return new CitationError(column, string.Join("; or ", expectations) + found);
    }

    private static CitationError NoProvisionWord(string text)
    {
        var at = text.TakeWhile(char.IsWhiteSpace).Count();
        var words = CitationGrammars.All.Select(g => $"{g.Article[0]}, {g.Annex[0]}, {g.Recital[0]} ({g.Language})");
        return new CitationError(at + 1,
            $"expected a citation that starts with a provision word: {string.Join("; ", words)}, " +
            $"found {CitationParser.DescribeFound(text, at)}");
    }
}
