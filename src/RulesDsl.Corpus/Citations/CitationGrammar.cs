using System.Collections.Immutable;
using System.Text;
using RulesDsl.Corpus.Conventions;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>How a language cites a paragraph: in brackets glued to the article ("Article 51(1)") or with a word
/// ("artikel 51, lid 1").</summary>
internal enum ParagraphForm
{
    Bracketed,
    Worded,
}

/// <summary>The order a language's citations name their parts in.</summary>
internal enum CitationOrder
{
    /// <summary>The article or annex first, the point last: "Article 51(1), point (a)", "51. cikk (1) bekezdés a) pont".</summary>
    OutermostFirst,

    /// <summary>The point first, then what holds it: Slovenian "točka (a) člena 51(1)".</summary>
    InnermostFirst,

    /// <summary>Paragraphs and points joined to the article by full stops: Swedish "artikel 51.1 a", "artikel 3.63",
    /// where a numbered point of an article is written as a paragraph is, so that only the act tells them apart
    /// (<see cref="CitationForms.AsHeld"/>).</summary>
    Dotted,
}

/// <summary>How a language writes a point's or a worded paragraph's label in a citation: "(a)" in English and
/// Romanian ("alineatul (1)"), "a)" in Dutch and French, "a" in German, "63." in Croatian.</summary>
internal enum PointLabelForm
{
    InBrackets,
    ClosingBracket,
    Bare,
    Dotted,
}

/// <summary>
/// The words and punctuation one language's Official Journal cites provisions with, read from the language's data file
/// (Conventions/Data). The first form of each word is the one printed (capitalised as at the start of a citation); the
/// others are accepted when parsing. Matching ignores case, a space in a word stands for any run of whitespace and an
/// apostrophe for either of ' and ’.
/// </summary>
/// <param name="Order">The order the parts are written in.</param>
/// <param name="NumberFirst">The levels whose number is written before their word: Hungarian "51. cikk (1) bekezdés
/// a) pont" all of them, Finnish "51 artiklan" the article but not the annex ("liitteen XIII").</param>
/// <param name="OwnerArticle">The article's word where it holds the part that follows, in languages that inflect it
/// so: Latvian "51. panta 1. punkta a) apakšpunkts", Estonian "artikli 51 lõike 1 punkt a". Printed there, read
/// anywhere; empty where the word does not change.</param>
/// <param name="OwnerAnnex">The annex's word where it holds a point: Lithuanian "XIII priedo f punktas".</param>
/// <param name="OwnerParagraph">The paragraph's word where it holds a point: Lithuanian "1 dalies a punktas".</param>
/// <param name="RecitalLabel">How a recital's number is written: "111", Hungarian "(111) preambulumbekezdés".</param>
/// <param name="OwnerBefore">Whether an act is named before its provisions ("e rendelet 6. cikke", "määruse (EL)
/// 2019/1020 artikli 6"), so that a provision right after another act's name is that act's.</param>
/// <param name="ArticleSuffix">Written straight after an article's number: Portuguese "artigo 51.º", Croatian
/// "članak 51."; empty where nothing is. The first is printed; reading, it may be left out.</param>
/// <param name="AnnexSuffix">Written straight after an annex's number: Croatian "Prilog XIII.".</param>
/// <param name="RecitalSuffix">Written straight after a recital's number: Croatian "uvodna izjava 111.".</param>
/// <param name="ParagraphLabel">How a worded paragraph's number is written: "lid 1", "alineatul (1)", "stavak 1.".</param>
/// <param name="RecitalAfter">A word written after a recital's number, where the language names a recital in two
/// parts around it (Czech "bod 111 odůvodnění"); empty elsewhere.</param>
/// <param name="LetteredLabel">How a lettered point's label is written: "(a)", "a)" or "a".</param>
/// <param name="NumberedLabel">How a numbered point's label is written: "(63)", "63)" or "63" (Spanish and Polish
/// cite "punto 63", "pkt 63" without the bracket their lists print).</param>
/// <param name="PointLetters">The letters the language labels points with where they are not the Latin ones, in the
/// order of a, b, c…: Bulgarian "а, б, в", Greek "α, β, γ, δ, ε, στ"; empty for Latin letters.</param>
/// <param name="Plurals">The forms that open a list in running text ("Articles 51 and 52"); never read in a citation
/// on its own.</param>
/// <param name="Prose">The words running text puts around citations, for finding them there.</param>
internal sealed record CitationGrammar(
    string Language,
    CitationOrder Order,
    ImmutableArray<ProvisionLevel> NumberFirst,
    ImmutableArray<string> Article,
    ImmutableArray<string> Annex,
    ImmutableArray<string> Recital,
    ImmutableArray<string> ArticleSuffix,
    ImmutableArray<string> AnnexSuffix,
    ImmutableArray<string> RecitalSuffix,
    ImmutableArray<string> RecitalAfter,
    ImmutableArray<string> OwnerArticle,
    ImmutableArray<string> OwnerAnnex,
    ImmutableArray<string> OwnerParagraph,
    PointLabelForm RecitalLabel,
    bool OwnerBefore,
    ParagraphForm ParagraphForm,
    ImmutableArray<string> Paragraph,
    PointLabelForm ParagraphLabel,
    ImmutableArray<string> LetteredPoint,
    ImmutableArray<string> NumberedPoint,
    string Separator,
    PointLabelForm LetteredLabel,
    PointLabelForm NumberedLabel,
    ImmutableArray<string> PointLetters,
    PluralWords Plurals,
    ProseWords Prose)
{
    /// <summary>Every word that can name a point, whatever its label.</summary>
    public ImmutableArray<string> Point { get; } = [.. LetteredPoint.Union(NumberedPoint)];

    /// <summary>Every form of the article's word, as it holds a part or not.</summary>
    public ImmutableArray<string> ArticleWords { get; } = [.. Article.Union(OwnerArticle)];

    public ImmutableArray<string> AnnexWords { get; } = [.. Annex.Union(OwnerAnnex)];

    public ImmutableArray<string> ParagraphWords { get; } = [.. Paragraph.Union(OwnerParagraph)];

    /// <summary>Whether the level's number is written before its word.</summary>
    public bool NumberBefore(ProvisionLevel level) => NumberFirst.Contains(level);

    /// <summary>How a point's label is cited in this language: "(a)", "a)" or "a"; a Latin letter in the language's own
    /// letters ("а)" in Bulgarian, "στ)" in Greek).</summary>
    public string DecoratePointLabel(string label) => Decorate(IsNumbered(label) ? NumberedLabel : LetteredLabel, OwnLetters(label));

    private static string Decorate(PointLabelForm form, string label) => form switch
    {
        PointLabelForm.InBrackets => $"({label})",
        PointLabelForm.ClosingBracket => $"{label})",
        PointLabelForm.Dotted => $"{label}.",
        _ => label,
    };

    private static string First(ImmutableArray<string> forms) => forms.IsEmpty ? "" : forms[0];

    /// <summary>The Latin letter a label written in the language's own letters stands for: Greek "στ" is "f"; null
    /// when the language uses Latin letters or the text is none of its letters.</summary>
    public string? LatinLetter(string ownLetter)
    {
        var index = PointLetters.IndexOf(ownLetter, StringComparer.OrdinalIgnoreCase);
        return index < 0 ? null : ((char)('a' + index)).ToString();
    }

    private string OwnLetters(string label) =>
        label is [var letter] && char.IsAsciiLetterLower(letter) && letter - 'a' < PointLetters.Length
            ? PointLetters[letter - 'a']
            : label;

    private static bool IsNumbered(string label) => label.TrimStart('(').FirstOrDefault() is var first && char.IsAsciiDigit(first);
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
        var heldByPoint = Order == CitationOrder.InnermostFirst && segments.Length > 1 && segments[^1].Level == ProvisionLevel.Point;
        if (heldByPoint)
        {
            // Slovenian "točka (a) člena 51(1)": the point, then what holds it.
            var label = lastLabel ?? segments[^1].Label;
            text.Append(Named(ProvisionLevel.Point, PointWord(label), lastLabel ?? DecoratePointLabel(label))).Append(' ');
            segments = segments[..^1];
            lastLabel = null;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var printed = i == segments.Length - 1 ? lastLabel : null;
            var label = printed ?? segments[i].Label;
            text.Append(DottedPart(segments, i, label)
                ?? Part(segments[i].Level, label, printed is not null, holds: heldByPoint || i < segments.Length - 1));
        }

        // A held word may be the first ("artikli 51 lõike 1"), and is stored as written inside a sentence.
        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    /// <summary>Swedish "artikel 51.1 a", "artikel 3.63": an article's paragraph or numbered point follows a full stop,
    /// a paragraph's point a space; null for the parts written with a word ("bilaga XIII led f", "artikel 2 led a").</summary>
    private string? DottedPart(ImmutableArray<IdSegment> segments, int i, string label)
    {
        if (Order != CitationOrder.Dotted || i == 0 || segments[0].Level != ProvisionLevel.Article)
        {
            return null;
        }

        if (segments[i].Level == ProvisionLevel.Paragraph || (i == 1 && IsNumbered(label)))
        {
            return $".{label}";
        }

        return i == 2 ? $" {label}" : null;
    }

    /// <param name="holds">Whether another part follows, which languages that inflect name with the holder's word in
    /// the genitive ("51. panta 1. punkta").</param>
    private string Part(ProvisionLevel level, string label, bool versionLabel, bool holds) => level switch
    {
        ProvisionLevel.Recital => Named(level, Recital[0], $"{Decorate(RecitalLabel, label)}{First(RecitalSuffix)}")
            + (RecitalAfter.IsEmpty ? "" : $" {RecitalAfter[0]}"),
        ProvisionLevel.Article => Named(level, Held(Article, OwnerArticle, holds), $"{label}{First(ArticleSuffix)}"),
        ProvisionLevel.Annex => Named(level, Held(Annex, OwnerAnnex, holds), $"{label}{First(AnnexSuffix)}"),
        ProvisionLevel.Paragraph when ParagraphForm == ParagraphForm.Bracketed => $"({label})",
        ProvisionLevel.Paragraph => Separator + Named(level, Held(Paragraph, OwnerParagraph, holds), Decorate(ParagraphLabel, label)),

        // A version's own point label is printed as that version prints it ("point 6", not "point (6)").
        _ => Separator + Named(level, PointWord(label), versionLabel ? label : DecoratePointLabel(label)),
    };

    private string Named(ProvisionLevel level, string word, string number) => NumberBefore(level) ? $"{number} {word}" : $"{word} {number}";

    private static string Held(ImmutableArray<string> words, ImmutableArray<string> owner, bool holds) =>
        holds && !owner.IsEmpty ? owner[0] : words[0];

    // German names a point by what labels it: "Buchstabe a" but "Nummer 63".
    private string PointWord(string label) => IsNumbered(label) ? NumberedPoint[0] : LetteredPoint[0];

    private static bool IsCitable(ImmutableArray<IdSegment> segments) =>
        segments.Select(s => s.Level).ToArray() is [ProvisionLevel.Recital]
            or [ProvisionLevel.Annex]
            or [ProvisionLevel.Annex, ProvisionLevel.Point]
            or [ProvisionLevel.Article]
            or [ProvisionLevel.Article, ProvisionLevel.Paragraph]
            or [ProvisionLevel.Article, ProvisionLevel.Point]
            or [ProvisionLevel.Article, ProvisionLevel.Paragraph, ProvisionLevel.Point];
}

/// <summary>The citation grammars of the languages citations can be read and written in: one per data file.</summary>
internal static class CitationGrammars
{
    private static readonly Lazy<ImmutableArray<CitationGrammar>> all = new(() => [.. LanguageConventions.All.Select(c => c.Citations)]);

    public static ImmutableArray<CitationGrammar> All => all.Value;

    /// <summary>The grammar of one language, its data file read only then.</summary>
    public static CitationGrammar? Find(string? language) => LanguageConventions.Find(language)?.Citations;
}
