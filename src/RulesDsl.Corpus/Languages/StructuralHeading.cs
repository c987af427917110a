using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Languages;

/// <summary>
/// Recognises the heading line of an article or annex in an official language: "Article 51", "ANNEX XIII",
/// "Άρθρο 51", "51. cikk", "XIII. MELLÉKLET", "Članak 51.", "Artigo 51.º". Only a line that is the heading and nothing
/// else counts, so a reference in prose ("Article 51(1), point (a), …") never does.
/// </summary>
public static partial class StructuralHeading
{
    // Inserted articles: Romance texts write "51 bis", "51 ter", … where English writes "51a", "51b", ….
    private static readonly string[] LatinAdverbs =
        ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies"];

    // Greek and Bulgarian texts letter inserted articles in their own alphabet ("51α", "51а"); the id uses the Latin
    // letter of the same rank.
    private const string GreekLetters = "αβγδεζηθι";
    private const string CyrillicLetters = "абвгдежзи";

    // Article numbers as the OJ prints them: "51", Croatian "51.", Portuguese "51.º" or "51.o", inserted articles
    // "51a", Croatian "51.a", Portuguese "51.º-A", "51 bis"; French calls the first article "premier".
    private static readonly string ArticleNumber =
        $@"(?:(?<n>[0-9]{{1,4}})(?:\.?[ºo°])?(?:[-.]?(?<s>[a-z{GreekLetters}{CyrillicLetters}])(?!\p{{L}})|\s+(?<adverb>{string.Join('|', LatinAdverbs)}))?\.?|(?<first>premier))";

    // Roman numerals up to LXXXIX, optionally with an inserted letter ("IIa"); Hungarian and Croatian add a dot.
    private const string AnnexNumber = @"(?<n>(?=[lxvi])l?x{0,3}(?:ix|iv|v?i{0,3}))(?<s>(?![ivxl])[a-z](?!\p{L}))?\.?";

    // A division's number: Roman for parts, titles and chapters, Arabic for sections, a capital letter for the sections
    // of an annex ("Afdeling A"); Hungarian and Latvian write a dot after it ("V. FEJEZET", "1. IEDAĻA").
    private const string DivisionNumber = @"(?<n>[0-9]{1,3}|(?=[lxvi])l?x{0,3}(?:ix|iv|v?i{0,3})|[a-z])\.?";

    // A title printed on the heading's own line after a dash or colon: "Afdeling A — Informatie die …".
    private const string InlineTitle = @"(?:\s*[—–:-]\s*(?<title>\S.*))?";

    private static readonly Patterns AnyLanguage = new(OfficialLanguages.All);

    private static readonly ConditionalWeakTable<OfficialLanguage, Patterns> OneLanguage = [];

    /// <summary>
    /// Reads <paramref name="line"/> as an article or annex heading in <paramref name="language"/>, or in any official
    /// language when it is null. The label comes back as the OJ id uses it ("51", "51a", "XIII").
    /// </summary>
    public static bool TryParse(string line, OfficialLanguage? language, out ProvisionLevel level, out string label)
    {
        var patterns = language is null ? AnyLanguage : OneLanguage.GetValue(language, l => new Patterns([l]));
        var text = Fold(StripMarkdown(line.Trim()));

        if (patterns.Article.Match(text) is { Success: true } article)
        {
            (level, label) = (ProvisionLevel.Article, ArticleLabel(article));
            return true;
        }

        if (patterns.Annex.Match(text) is { Success: true } annex)
        {
            (level, label) = (ProvisionLevel.Annex, annex.Groups["n"].Value.ToUpperInvariant() + annex.Groups["s"].Value);
            return true;
        }

        (level, label) = (default, "");
        return false;
    }

    /// <summary>
    /// Reads <paramref name="line"/> as the heading of a part, title, chapter or section ("HOOFDSTUK V", "AFDELING 1",
    /// "V LUKU", "Afdeling A — Informatie …") in <paramref name="language"/>, or in any official language when it is
    /// null. The number comes back as printed, Roman numerals and letters in capitals; a title on the same line too.
    /// </summary>
    public static bool TryParseDivision(string line, OfficialLanguage? language, out DivisionLevel level, out string label, out string? title)
    {
        var patterns = language is null ? AnyLanguage : OneLanguage.GetValue(language, l => new Patterns([l]));
        var stripped = StripMarkdown(line.Trim());
        var text = Fold(stripped);
        foreach (var (divisionLevel, pattern) in patterns.Divisions)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                level = divisionLevel;
                label = match.Groups["n"].Value.ToUpperInvariant();
                title = match.Groups["title"].Success ? stripped[match.Groups["title"].Index..].Trim() : null;
                return true;
            }
        }

        (level, label, title) = (default, "", null);
        return false;
    }

    /// <summary>
    /// Lower case without Greek accents, because the OJ capitalises Greek headings without them ("ΠΑΡΑΡΤΗΜΑ") while
    /// mixed-case headings keep them ("Άρθρο").
    /// </summary>
    private static string Fold(string text)
    {
        const string accented = "άέήίόύώϊΐϋΰ";
        const string plain = "αεηιουωιιυυ";
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = char.ToLowerInvariant(source[i]);
                var accent = accented.IndexOf(c, StringComparison.Ordinal);
                span[i] = accent < 0 ? c : plain[accent];
            }
        });
    }

    private static string StripMarkdown(string line)
    {
        var unheaded = AtxHeadingMarker().Replace(line, "");
        return Emphasis().Match(unheaded) is { Success: true } emphasised ? emphasised.Groups["text"].Value.Trim() : unheaded;
    }

    private static string ArticleLabel(Match match)
    {
        if (match.Groups["first"].Success)
        {
            return "1";
        }

        var suffix = match.Groups["adverb"].Success ? (char)('a' + Array.IndexOf(LatinAdverbs, match.Groups["adverb"].Value))
            : match.Groups["s"].Success ? LatinLetter(match.Groups["s"].Value[0])
            : (char?)null;
        return match.Groups["n"].Value + suffix;
    }

    private static char LatinLetter(char letter) =>
        GreekLetters.IndexOf(letter, StringComparison.Ordinal) is var greek and >= 0 ? (char)('a' + greek)
        : CyrillicLetters.IndexOf(letter, StringComparison.Ordinal) is var cyrillic and >= 0 ? (char)('a' + cyrillic)
        : letter;

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex AtxHeadingMarker();

    [GeneratedRegex(@"^(?<mark>\*\*|__|\*|_)(?<text>.+)\k<mark>$")]
    private static partial Regex Emphasis();

    /// <summary>The article and annex heading patterns of a set of languages, each in its own word order.</summary>
    private sealed class Patterns(IReadOnlyCollection<OfficialLanguage> languages)
    {
        public Regex Article { get; } = Build(languages, ProvisionLevel.Article, ArticleNumber);

        public Regex Annex { get; } = Build(languages, ProvisionLevel.Annex, AnnexNumber);

        // Divisions are matched with the number on either side of the word: the languages that print "V LUKU" for
        // "CHAPTER V" are not the same as those that print "51. cikk", and a whole line never reads both ways.
        public IReadOnlyList<(DivisionLevel Level, Regex Pattern)> Divisions { get; } =
        [
            .. Enum.GetValues<DivisionLevel>().Select(level =>
            {
                var words = string.Join('|', languages.SelectMany(l => l.Words.For(level)).Select(w => Regex.Escape(Fold(w))).Distinct());
                return (level, new Regex(
                    $@"^(?:(?:{words})\s+{DivisionNumber}|{DivisionNumber}\s+(?:{words})){InlineTitle}$",
                    RegexOptions.CultureInvariant));
            }),
        ];

        private static Regex Build(IReadOnlyCollection<OfficialLanguage> languages, ProvisionLevel level, string number)
        {
            string Words(bool numberFirst) => string.Join('|', languages
                .Where(l => l.PutsNumberFirst(level) == numberFirst)
                .Select(l => Regex.Escape(Fold(l.Words.For(level)[0])))
                .Distinct());

            var branches = new List<string>();
            if (Words(numberFirst: false) is { Length: > 0 } wordFirst)
            {
                branches.Add($@"(?:{wordFirst})\s+{number}");
            }

            if (Words(numberFirst: true) is { Length: > 0 } numberFirst)
            {
                branches.Add($@"{number}\s+(?:{numberFirst})");
            }

            return new Regex($"^(?:{string.Join('|', branches)})$", RegexOptions.CultureInvariant);
        }
    }
}
