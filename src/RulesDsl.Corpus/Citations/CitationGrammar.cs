using System.Collections.Immutable;
using System.Text;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>How a language cites a paragraph: in brackets glued to the article ("Article 51(1)") or with a word
/// ("artikel 51, lid 1").</summary>
internal enum ParagraphForm
{
    Bracketed,
    Worded,
}

/// <summary>How a language writes a point's label in a citation: "(a)" in English, "a)" in Dutch and French, "a" in
/// German.</summary>
internal enum PointLabelForm
{
    InBrackets,
    ClosingBracket,
    Bare,
}

/// <summary>
/// The words and punctuation one language's Official Journal cites provisions with. The first form of each word is the
/// one printed (capitalised as at the start of a citation); the others are accepted when parsing. Matching ignores case.
/// </summary>
internal sealed record CitationGrammar(
    string Language,
    ImmutableArray<string> Article,
    ImmutableArray<string> Annex,
    ImmutableArray<string> Recital,
    ParagraphForm ParagraphForm,
    ImmutableArray<string> Paragraph,
    ImmutableArray<string> LetteredPoint,
    ImmutableArray<string> NumberedPoint,
    string Separator,
    PointLabelForm PointLabelForm)
{
    /// <summary>Every word that can name a point, whatever its label.</summary>
    public ImmutableArray<string> Point => [.. LetteredPoint.Union(NumberedPoint)];

    /// <summary>How a point's label is cited in this language: "(a)", "a)" or "a".</summary>
    public string DecoratePointLabel(string label) => PointLabelForm switch
    {
        PointLabelForm.InBrackets => $"({label})",
        PointLabelForm.ClosingBracket => $"{label})",
        _ => label,
    };

    /// <param name="id">The provision to cite.</param>
    /// <param name="lastLabel">The last part's label as the cited version prints it, or null for the OJ label.</param>
    public string Print(ProvisionId id, string? lastLabel)
    {
        var segments = id.Segments;
        if (!IsCitable(segments))
        {
            throw new ArgumentException(
                $"{id} has no citation form: citations name a recital, an article with an optional paragraph and point, " +
                "or an annex with an optional point",
                nameof(id));
        }

        var text = new StringBuilder();
        for (var i = 0; i < segments.Length; i++)
        {
            var printed = i == segments.Length - 1 ? lastLabel : null;
            text.Append(Part(segments[i].Level, printed ?? segments[i].Label, printed is not null));
        }

        return text.ToString();
    }

    private string Part(ProvisionLevel level, string label, bool versionLabel) => level switch
    {
        ProvisionLevel.Recital => $"{Recital[0]} {label}",
        ProvisionLevel.Article => $"{Article[0]} {label}",
        ProvisionLevel.Annex => $"{Annex[0]} {label}",
        ProvisionLevel.Paragraph when ParagraphForm == ParagraphForm.Bracketed => $"({label})",
        ProvisionLevel.Paragraph => $"{Separator}{Paragraph[0]} {label}",
        // A version's own point label is printed as that version prints it ("point 6", not "point (6)").
        _ => $"{Separator}{PointWord(label)} {(versionLabel ? label : DecoratePointLabel(label))}",
    };

    // German names a point by what labels it: "Buchstabe a" but "Nummer 63".
    private string PointWord(string label) =>
        label.TrimStart('(').FirstOrDefault() is var first && char.IsAsciiDigit(first) ? NumberedPoint[0] : LetteredPoint[0];

    private static bool IsCitable(ImmutableArray<IdSegment> segments) =>
        segments.Select(s => s.Level).ToArray() is [ProvisionLevel.Recital]
            or [ProvisionLevel.Annex]
            or [ProvisionLevel.Annex, ProvisionLevel.Point]
            or [ProvisionLevel.Article]
            or [ProvisionLevel.Article, ProvisionLevel.Paragraph]
            or [ProvisionLevel.Article, ProvisionLevel.Point]
            or [ProvisionLevel.Article, ProvisionLevel.Paragraph, ProvisionLevel.Point];
}

/// <summary>The citation grammars of the languages citations can be read and written in.</summary>
internal static class CitationGrammars
{
    public static ImmutableArray<CitationGrammar> All { get; } =
    [
        // "Artikel 51 Absatz 1 Buchstabe a", "Artikel 3 Nummer 63"; the abbreviations are common in German legal writing.
        new("de", ["Artikel"], ["Anhang"], ["Erwägungsgrund"], ParagraphForm.Worded, ["Absatz", "Abs."],
            ["Buchstabe", "Buchst."], ["Nummer", "Nr."], " ", PointLabelForm.Bare),

        // "Article 51(1), point (a)", "Annex XIII, point (f)".
        new("en", ["Article"], ["Annex"], ["Recital"], ParagraphForm.Bracketed, [],
            ["point"], ["point"], ", ", PointLabelForm.InBrackets),

        // "article 51, paragraphe 1, point a)", "annexe XIII, point f)".
        new("fr", ["Article"], ["Annexe"], ["Considérant"], ParagraphForm.Worded, ["paragraphe"],
            ["point"], ["point"], ", ", PointLabelForm.ClosingBracket),

        // "artikel 51, lid 1, punt a)", "bijlage XIII, punt f)".
        new("nl", ["Artikel"], ["Bijlage"], ["Overweging"], ParagraphForm.Worded, ["lid"],
            ["punt"], ["punt"], ", ", PointLabelForm.ClosingBracket),
    ];

    public static CitationGrammar? Find(string? language) =>
        All.FirstOrDefault(g => string.Equals(g.Language, language, StringComparison.OrdinalIgnoreCase));
}
