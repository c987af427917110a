using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Conventions;

/// <summary>
/// How one official language's Official Journal writes what the sentence splitter and the citation reader must know:
/// the abbreviations a full stop does not end a sentence after ("Nr.", "n.", "bv."), the months (a German day is an
/// ordinal, "am 27. April"), and the words citations and the prose around them are written with; and what a reader of
/// the language reads: how numbers are written and, where the language has them, the words of an explanation. Each
/// language is one data file, Conventions/Data/&lt;code&gt;.json, embedded in the assembly: a new language is a file,
/// not code.
/// </summary>
/// <param name="Abbreviations">Words a full stop follows inside a sentence, without that full stop ("z.B" for "z.B.").</param>
/// <param name="EndBeforeCapital">Abbreviations that also close a sentence, sharing its full stop, when a capital
/// follows: Polish "2026 r.", Lithuanian "2 d.", Bulgarian "2016 г.".</param>
/// <param name="OrdinalDays">Whether the language writes a date's day as an ordinal with a full stop ("27. April").</param>
/// <param name="Months">The months, January first, as a date prints them ("27. April", "27 kwietnia").</param>
/// <param name="Vocabulary">The words of an explanation in the language, or null where the language has none yet.</param>
/// <param name="Comparisons">The words a clause compares with a number in ("greater than", "ten minste"), longest
/// first; none where the file has none yet.</param>
/// <param name="NumberWords">Numbers the language writes in words ("two", "twee"), by word in lower case; none where the
/// file has none yet.</param>
/// <param name="Periods">The words of the units periods are written in ("weeks", "weken"); none where the file has none yet.</param>
internal sealed partial record LanguageConventions(
    string Language,
    NumberStyle Numbers,
    ImmutableArray<string> Abbreviations,
    ImmutableArray<string> EndBeforeCapital,
    bool OrdinalDays,
    ImmutableArray<string> Months,
    CitationGrammar Citations,
    ExplanationVocabulary? Vocabulary,
    ImmutableArray<ComparisonPhrase> Comparisons,
    FrozenDictionary<string, int> NumberWords,
    ImmutableArray<PeriodWords> Periods)
{
    private const string ResourcePrefix = "RulesDsl.Corpus.Conventions.Data.";

    // Each language's file is read when first asked for: a run that explains in one language reads that one (and
    // English, which every other falls back to), not all 24.
    private static readonly FrozenDictionary<string, Lazy<LanguageConventions>> ByCode =
        ResourceNames().ToFrozenDictionary(r => r[ResourcePrefix.Length..^".json".Length], r => new Lazy<LanguageConventions>(() => Load(r)), StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<ImmutableArray<LanguageConventions>> all = new(() => [.. Codes.Select(code => ByCode[code].Value)]);

    /// <summary>Every language's conventions, in the order of their codes. The files are part of the build, so a file
    /// that does not read is a fault of the build, reported with every problem in it.</summary>
    public static ImmutableArray<LanguageConventions> All => all.Value;

    /// <summary>The codes of the languages with a data file, in order, known without reading any.</summary>
    public static ImmutableArray<string> Codes { get; } = [.. ByCode.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The conventions of the language with this code, in any case; null when it has no data file.</summary>
    public static LanguageConventions? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var conventions) ? conventions.Value : null;

    /// <summary>The embedded data files by name ("de.json") and text.</summary>
    public static IEnumerable<(string Name, string Json)> Files() => ResourceNames().Select(r => (r[ResourcePrefix.Length..], Text(r)));

    private static IEnumerable<string> ResourceNames() =>
        typeof(LanguageConventions).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string Text(string resource)
    {
        using var stream = typeof(LanguageConventions).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads one data file: the conventions, or what is wrong with the file (never both).</summary>
    public static (LanguageConventions? Conventions, IReadOnlyList<string> Problems) Read(string name, string json)
    {
        ConventionsFile? file;
        try
        {
            (file, var structural) = Parse(json);
            if (file is null)
            {
                return (null, [.. structural.Select(p => $"{name}: {p}")]);
            }
        }
        catch (JsonException e)
        {
            return (null, [$"{name}: {e.Message}"]);
        }

        var problems = Check(file).Select(p => $"{name}: {p}").ToList();
        if (file.Language + ".json" != name)
        {
            problems.Add($"{name}: a file is named after the code of its language, '{file.Language}.json'");
        }

        return problems.Count > 0 ? (null, problems) : (file.ToConventions(), problems);
    }

    private static LanguageConventions Load(string resource)
    {
        var (conventions, problems) = Read(resource[ResourcePrefix.Length..], Text(resource));
        return conventions ?? throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string> Check(ConventionsFile file)
    {
        if (!OfficialLanguages.TryGet(file.Language, out _) || file.Language != file.Language.ToLowerInvariant())
        {
            yield return $"language '{file.Language}' is not the lower-case code of an official EU language";
        }

        foreach (var problem in Words("sentences.abbreviations", file.Sentences.Abbreviations, required: false))
        {
            yield return problem;
        }

        foreach (var abbreviation in file.Sentences.Abbreviations.Where(a => a.EndsWith('.') || a.Any(char.IsWhiteSpace)))
        {
            yield return $"sentences.abbreviations: '{abbreviation}' must be written without its final full stop and without spaces";
        }

        foreach (var abbreviation in file.Sentences.EndBeforeCapital.Where(a => !file.Sentences.Abbreviations.Contains(a)))
        {
            yield return $"sentences.endBeforeCapital: '{abbreviation}' is not one of sentences.abbreviations";
        }

        if (file.Numbers.DecimalSign is not ('.' or ',') || file.Numbers.ThousandsSign is not ('.' or ',')
            || file.Numbers.DecimalSign == file.Numbers.ThousandsSign)
        {
            yield return $"numbers: expected a decimal sign and a thousands sign, one '.' and the other ',', found '{file.Numbers.DecimalSign}' and '{file.Numbers.ThousandsSign}'";
        }

        foreach (var problem in file.Explanation is { } explanation ? Explanation(explanation) : [])
        {
            yield return problem;
        }

        foreach (var words in file.Periods?.Words().Where(w => w.Words.Length < 2) ?? [])
        {
            yield return $"periods.{words.Unit.ToString().ToLowerInvariant()}: the singular and the plural come first";
        }

        foreach (var problem in file.Comparisons is { } comparisons ? ComparisonProblems(comparisons) : [])
        {
            yield return problem;
        }

        if (file.Months.Length != 12)
        {
            yield return $"months: expected the 12 months, January first, found {file.Months.Length}";
        }

        var c = file.Citations;
        var p = file.Prose;
        (string Name, string[] Words, bool Required)[] lists =
        [
            ("months", file.Months, true), ("citations.article", c.Article, true), ("citations.annex", c.Annex, true),
            ("citations.recital", c.Recital, true), ("citations.recitalAfter", c.RecitalAfter, false),
            ("citations.articleSuffix", c.ArticleSuffix, false), ("citations.annexSuffix", c.AnnexSuffix, false),
            ("citations.recitalSuffix", c.RecitalSuffix, false), ("citations.ownerArticle", c.OwnerArticle, false),
            ("citations.ownerAnnex", c.OwnerAnnex, false), ("citations.ownerParagraph", c.OwnerParagraph, false),
            ("citations.paragraph", c.Paragraph, true), ("citations.letteredPoint", c.LetteredPoint, true),
            ("citations.numberedPoint", c.NumberedPoint, true), ("citations.pointLetters", c.PointLetters, false),
            ("citations.plurals.article", c.Plurals.Article, true), ("citations.plurals.annex", c.Plurals.Annex, true),
            ("citations.plurals.recital", c.Plurals.Recital, true), ("citations.plurals.paragraph", c.Plurals.Paragraph, true),
            ("citations.plurals.point", c.Plurals.Point, true), ("prose.and", p.And, true), ("prose.through", p.Through, true),
            ("prose.of", p.Of, false), ("prose.this", p.This, false), ("prose.ofThis", p.OfThis, false), ("prose.that", p.That, false),
            ("prose.acts", p.Acts, true), ("prose.thisActs", p.ThisActs, true),
            ("prose.institutionsBefore", p.InstitutionsBefore, false), ("prose.institutionsAfter", p.InstitutionsAfter, false),
            ("prose.numberPrefix", p.NumberPrefix, false), ("prose.dateOf", p.DateOf, false), ("prose.dateJoin", p.DateJoin, false),
            ("prose.treaties", p.Treaties, true), ("prose.subparagraph", p.Subparagraph, true),
            ("prose.ordinals", p.Ordinals, false), ("prose.the", p.The, false),
            ("prose.from", p.From, false),
        ];
        foreach (var problem in lists.SelectMany(l => Words(l.Name, l.Words, l.Required)))
        {
            yield return problem;
        }

        foreach (var act in p.ThisActs.Where(a => !p.Acts.Contains(a, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"prose.thisActs: '{act}' is not one of prose.acts";
        }

        if (c.PointLetters.Length is > 0 and < 26 || c.PointLetters.Distinct(StringComparer.OrdinalIgnoreCase).Count() != c.PointLetters.Length)
        {
            yield return "citations.pointLetters: expected none, or 26 different letters standing for a to z";
        }

        if (c.NumberFirst.Any(l => l == ProvisionLevel.Section) || c.NumberFirst.Distinct().Count() != c.NumberFirst.Length)
        {
            yield return "citations.numberFirst: expected each of article, annex, recital, paragraph and point at most once";
        }

        if (c.Separator.Length == 0 || c.Separator.Trim().Length > 1)
        {
            yield return $"citations.separator: expected ' ' or ', ', found '{c.Separator}'";
        }
    }

    private static IEnumerable<string> Explanation(ExplanationFile explanation)
    {
        if (explanation.Words.Count == 0)
        {
            yield return "explanation.words: expected at least one word";
        }

        foreach (var (key, word) in explanation.Words.Where(w => w.Value is null || w.Value.Trim().Length == 0 || w.Value != w.Value.Trim()))
        {
            yield return $"explanation.words: the word for '{key}' is blank or has spaces around it";
        }

        var codes = OfficialLanguages.All.Select(l => l.Code).ToList();
        foreach (var code in codes.Where(c => !explanation.Languages.ContainsKey(c)))
        {
            yield return $"explanation.languages: the name of '{code}' is missing";
        }

        foreach (var code in explanation.Languages.Keys.Where(c => !codes.Contains(c)))
        {
            yield return $"explanation.languages: '{code}' is not the lower-case code of an official EU language";
        }

        foreach (var (code, name) in explanation.Languages.Where(n => n.Value is null || n.Value.Trim().Length == 0))
        {
            yield return $"explanation.languages: the name of '{code}' is blank";
        }
    }

    private static IEnumerable<string> ComparisonProblems(ComparisonFile comparisons)
    {
        (string Name, string[] Words)[] lists =
        [
            ("comparisons.greaterThan", comparisons.GreaterThan), ("comparisons.atLeast", comparisons.AtLeast),
            ("comparisons.lessThan", comparisons.LessThan), ("comparisons.atMost", comparisons.AtMost),
        ];
        foreach (var problem in lists.SelectMany(l => Words(l.Name, l.Words, required: false)))
        {
            yield return problem;
        }

        foreach (var twice in comparisons.Phrases().Where(p => p.Words is not null).GroupBy(p => p.Words, StringComparer.OrdinalIgnoreCase)
                     .Where(g => g.Any(p => p.Comparison != g.First().Comparison)))
        {
            yield return $"comparisons: '{twice.Key}' stands for more than one comparison";
        }
    }

    private static IEnumerable<string> Words(string name, string[] words, bool required)
    {
        if (required && words.Length == 0)
        {
            yield return $"{name}: expected at least one word";
        }

        // JSON may hold null in a list of strings; the reader's nullable annotations cover members, not elements.
        if (words.Any(w => w is null))
        {
            yield return $"{name}: null is not a word";
            yield break;
        }

        foreach (var word in words.Where(w => w.Trim().Length == 0 || w != w.Trim() || w.Contains("  ", StringComparison.Ordinal)))
        {
            yield return $"{name}: '{word}' is blank or has spaces around it or doubled";
        }

        foreach (var word in words.GroupBy(w => w, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"{name}: '{word.Key}' is listed twice";
        }
    }

    // The shape of a data file; every member but the explanation's words is required, so a missing or misspelt one is
    // reported, not defaulted.
    private sealed record ConventionsFile(
        string Language,
        NumberStyle Numbers,
        SentenceFile Sentences,
        string[] Months,
        CitationFile Citations,
        ProseFile Prose,
        ExplanationFile? Explanation = null,
        ComparisonFile? Comparisons = null,
        Dictionary<string, int>? NumberWords = null,
        PeriodFile? Periods = null)
    {
        public LanguageConventions ToConventions() =>
            new(Language, Numbers, [.. Sentences.Abbreviations], [.. Sentences.EndBeforeCapital], Sentences.OrdinalDays, [.. Months],
                Citations.ToGrammar(Language, Prose, Months),
                Explanation is null ? null : new(Language, Explanation.Words.ToFrozenDictionary(StringComparer.Ordinal), Explanation.Languages.ToFrozenDictionary(StringComparer.Ordinal), [.. Months]),
                Comparisons is null ? [] : [.. Comparisons.Phrases().OrderByDescending(p => p.Words.Length)],
                (NumberWords ?? []).ToFrozenDictionary(w => w.Key.ToLowerInvariant(), w => w.Value, StringComparer.Ordinal),
                Periods is null ? [] : [.. Periods.Words()]);
    }

    private sealed record PeriodFile(string[] Days, string[] Weeks, string[] Months, string[] Years)
    {
        public IEnumerable<PeriodWords> Words() =>
        [
            new(PeriodKind.Days, [.. Days]),
            new(PeriodKind.Weeks, [.. Weeks]),
            new(PeriodKind.Months, [.. Months]),
            new(PeriodKind.Years, [.. Years]),
        ];
    }

    private sealed record ComparisonFile(string[] GreaterThan, string[] AtLeast, string[] LessThan, string[] AtMost)
    {
        public IEnumerable<ComparisonPhrase> Phrases() =>
            GreaterThan.Select(w => new ComparisonPhrase(Comparison.GreaterThan, w))
                .Concat(AtLeast.Select(w => new ComparisonPhrase(Comparison.AtLeast, w)))
                .Concat(LessThan.Select(w => new ComparisonPhrase(Comparison.LessThan, w)))
                .Concat(AtMost.Select(w => new ComparisonPhrase(Comparison.AtMost, w)));
    }

    private sealed record ExplanationFile(Dictionary<string, string> Words, Dictionary<string, string> Languages);

    private sealed record SentenceFile(string[] Abbreviations, string[] EndBeforeCapital, bool OrdinalDays);

    private sealed record CitationFile(
        CitationOrder Order,
        ProvisionLevel[] NumberFirst,
        string[] Article,
        string[] Annex,
        string[] Recital,
        string[] ArticleSuffix,
        string[] AnnexSuffix,
        string[] RecitalSuffix,
        string[] RecitalAfter,
        string[] OwnerArticle,
        string[] OwnerAnnex,
        string[] OwnerParagraph,
        PointLabelForm RecitalLabel,
        bool OwnerBefore,
        ParagraphForm ParagraphForm,
        string[] Paragraph,
        PointLabelForm ParagraphLabel,
        string[] LetteredPoint,
        string[] NumberedPoint,
        string Separator,
        PointLabelForm LetteredLabel,
        PointLabelForm NumberedLabel,
        string[] PointLetters,
        PluralFile Plurals)
    {
        public CitationGrammar ToGrammar(string language, ProseFile prose, string[] months) =>
            new(language, Order, [.. NumberFirst], [.. Article], [.. Annex], [.. Recital], [.. ArticleSuffix], [.. AnnexSuffix],
                [.. RecitalSuffix], [.. RecitalAfter], [.. OwnerArticle], [.. OwnerAnnex], [.. OwnerParagraph], RecitalLabel,
                OwnerBefore, ParagraphForm, [.. Paragraph], ParagraphLabel,
                [.. LetteredPoint], [.. NumberedPoint], Separator, LetteredLabel, NumberedLabel, [.. PointLetters],
                new([.. Plurals.Article], [.. Plurals.Annex], [.. Plurals.Recital], [.. Plurals.Paragraph], [.. Plurals.Point]),
                prose.ToWords(months));
    }

    private sealed record PluralFile(string[] Article, string[] Annex, string[] Recital, string[] Paragraph, string[] Point);

    private sealed record ProseFile(
        string[] And,
        string[] Through,
        string[] Of,
        string[] This,
        string[] OfThis,
        string[] That,
        string[] Acts,
        string[] ThisActs,
        string[] InstitutionsBefore,
        string[] InstitutionsAfter,
        string[] NumberPrefix,
        string[] DateOf,
        string[] DateJoin,
        string[] Treaties,
        string[] Subparagraph,
        string[] Ordinals,
        string[] The,
        string[] From)
    {
        public ProseWords ToWords(string[] months) =>
            new([.. And], [.. Through], [.. From], [.. Of], [.. This], [.. OfThis], [.. That], [.. Acts], [.. ThisActs],
                [.. InstitutionsBefore], [.. InstitutionsAfter], [.. NumberPrefix], [.. DateOf], [.. DateJoin], [.. months],
                [.. Treaties], [.. Subparagraph], [.. Ordinals], [.. The]);
    }
}
