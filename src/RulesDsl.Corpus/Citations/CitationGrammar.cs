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
/// one printed (capitalised as at the start of a citation); the others are accepted when parsing. Matching ignores case,
/// a space in a word stands for any run of whitespace and an apostrophe for either of ' and ’.
/// </summary>
/// <param name="Plurals">The forms that open a list in running text ("Articles 51 and 52"); never read in a citation
/// on its own.</param>
/// <param name="Prose">The words running text puts around citations, for finding them there.</param>
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
    PointLabelForm PointLabelForm,
    PluralWords Plurals,
    ProseWords Prose)
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
        new("de", ["Artikel", "Artikels", "Art."], ["Anhang", "Anhangs"], ["Erwägungsgrund", "Erwägungsgrunds"],
            ParagraphForm.Worded, ["Absatz", "Absatzes", "Abs."], ["Buchstabe", "Buchst."], ["Nummer", "Nr."], " ",
            PointLabelForm.Bare,
            new(["Artikel", "Artikeln"], ["Anhänge", "Anhängen"], ["Erwägungsgründe", "Erwägungsgründen"],
                ["Absätze", "Absätzen"], ["Buchstaben", "Nummern"]),
            new(And: ["und", "oder"], Through: ["bis"], Of: ["des", "der", "zur", "zum"],
                This: ["dieser", "diese", "dieses", "diesem", "diesen"], OfThis: ["dieses", "dieser"],
                That: ["jener", "jenes", "jenem", "genannten", "des genannten", "dem genannten", "der genannten",
                    "den genannten"],
                Acts: ["Verordnung", "Richtlinie", "Beschluss", "Beschlusses", "Durchführungsverordnung",
                    "Delegierte Verordnung", "Delegierten Verordnung", "Durchführungsrichtlinie", "Delegierte Richtlinie",
                    "Delegierten Richtlinie", "Durchführungsbeschluss", "Durchführungsbeschlusses", "Delegierter Beschluss",
                    "Delegierten Beschlusses", "Empfehlung"],
                InstitutionsBefore: [], InstitutionsAfter: ["der Kommission", "des Rates"], NumberPrefix: ["Nr."],
                DateOf: ["vom"],
                Months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                    "November", "Dezember"],
                Treaties: ["AEUV", "EUV", "Vertrags über die Arbeitsweise der Europäischen Union",
                    "Vertrags über die Europäische Union", "Charta der Grundrechte der Europäischen Union", "Charta"],
                Subparagraph: ["Unterabsatz", "Unterabsatzes"],
                Ordinals: ["erster", "ersten", "zweiter", "zweiten", "dritter", "dritten", "vierter", "vierten", "fünfter",
                    "fünften", "letzter", "letzten"],
                The: [])),

        // "Article 51(1), point (a)", "Annex XIII, point (f)"; running text also says "paragraph 4" of its own article.
        new("en", ["Article", "Art."], ["Annex"], ["Recital"], ParagraphForm.Bracketed, ["paragraph"],
            ["point"], ["point"], ", ", PointLabelForm.InBrackets,
            new(["Articles"], ["Annexes"], ["recitals"], ["paragraphs"], ["points"]),
            new(And: ["and", "or"], Through: ["to"], Of: ["of", "to"], This: ["this"], OfThis: [], That: ["that"],
                Acts: ["Regulation", "Directive", "Decision", "Implementing Regulation", "Delegated Regulation",
                    "Implementing Directive", "Delegated Directive", "Implementing Decision", "Delegated Decision",
                    "Recommendation"],
                InstitutionsBefore: ["Commission", "Council"], InstitutionsAfter: [], NumberPrefix: ["No"],
                DateOf: ["of"],
                Months: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"],
                Treaties: ["TFEU", "TEU", "the Treaty on the Functioning of the European Union",
                    "the Treaty on European Union", "the Charter of Fundamental Rights of the European Union",
                    "the Charter"],
                Subparagraph: ["subparagraph"],
                Ordinals: ["first", "second", "third", "fourth", "fifth", "sixth", "last"],
                The: ["the"])),

        // "article 51, paragraphe 1, point a)", "annexe XIII, point f)".
        new("fr", ["Article", "art."], ["Annexe"], ["Considérant"], ParagraphForm.Worded, ["paragraphe"],
            ["point"], ["point"], ", ", PointLabelForm.ClosingBracket,
            new(["articles"], ["annexes"], ["considérants"], ["paragraphes"], ["points"]),
            new(And: ["et", "ou"], Through: ["à"],
                Of: ["du", "de la", "de l'", "de", "des", "au", "à la", "à l'"],
                This: ["le présent", "la présente", "du présent", "de la présente", "au présent", "à la présente",
                    "présent", "présente"],
                OfThis: [], That: ["ladite", "ledit", "dudit", "de ladite", "cette", "cet"],
                Acts: ["règlement", "directive", "décision", "règlement d'exécution", "règlement délégué",
                    "directive d'exécution", "directive déléguée", "décision d'exécution", "décision déléguée",
                    "recommandation"],
                InstitutionsBefore: [], InstitutionsAfter: ["de la Commission", "du Conseil"],
                NumberPrefix: ["no", "nº", "n°"], DateOf: ["du"],
                Months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"],
                Treaties: ["TFUE", "TUE", "traité sur le fonctionnement de l'Union européenne",
                    "traité sur l'Union européenne", "Charte des droits fondamentaux de l'Union européenne", "Charte"],
                Subparagraph: ["alinéa"],
                Ordinals: ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "dernier"],
                The: ["le"])),

        // "artikel 51, lid 1, punt a)", "bijlage XIII, punt f)"; older texts write "artikel 5, lid 1, onder a)".
        new("nl", ["Artikel", "art."], ["Bijlage"], ["Overweging"], ParagraphForm.Worded, ["lid"],
            ["punt", "onder"], ["punt"], ", ", PointLabelForm.ClosingBracket,
            new(["artikelen"], ["bijlagen"], ["overwegingen"], ["leden"], ["punten"]),
            new(And: ["en", "of"], Through: ["tot en met", "tot"], Of: ["van", "bij"], This: ["deze", "dit"],
                OfThis: [], That: ["die", "dat"],
                Acts: ["verordening", "richtlijn", "besluit", "uitvoeringsverordening", "gedelegeerde verordening",
                    "uitvoeringsrichtlijn", "gedelegeerde richtlijn", "uitvoeringsbesluit", "gedelegeerd besluit",
                    "aanbeveling"],
                InstitutionsBefore: [], InstitutionsAfter: ["van de Commissie", "van de Raad"], NumberPrefix: ["nr."],
                DateOf: ["van"],
                Months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                    "oktober", "november", "december"],
                Treaties: ["VWEU", "VEU", "het Verdrag betreffende de werking van de Europese Unie",
                    "het Verdrag betreffende de Europese Unie", "het Handvest van de grondrechten van de Europese Unie",
                    "het Handvest"],
                Subparagraph: ["alinea"],
                Ordinals: ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "laatste"],
                The: ["de"])),
    ];

    public static CitationGrammar? Find(string? language) =>
        All.FirstOrDefault(g => string.Equals(g.Language, language, StringComparison.OrdinalIgnoreCase));
}
