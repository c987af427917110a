using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Conventions;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Languages;

/// <summary>
/// The language a reader asked for (<c>--lang de</c>) and all that follows from it: that it is an official EU
/// language, how numbers are written for them, the words an explanation is written in (the language's own, or the
/// English ones where it has none yet, which <see cref="HasOwnVocabulary"/> says), how provisions are cited, and which
/// languages a quote falls back to when the corpus lacks the reader's. Everything comes from the language's data file,
/// Conventions/Data/&lt;code&gt;.json.
/// </summary>
public sealed record ReaderLanguage(OfficialLanguage Official, NumberStyle Numbers, ExplanationVocabulary Vocabulary)
{
    /// <summary>
    /// The language a quote, a definition or a page falls back to first: EU acts are drafted in English, so an English
    /// text is the likeliest to exist and to be read.
    /// </summary>
    public const string FirstFallback = "en";

    private static readonly ExplanationVocabulary EnglishVocabulary = LanguageConventions.Find(FirstFallback)?.Vocabulary
        ?? throw new InvalidOperationException($"{FirstFallback}.json: the explanation's words of the language every other falls back to are missing");

    // Each reader made when first asked for, so that its language's data file is read only then.
    private static readonly FrozenDictionary<string, Lazy<ReaderLanguage>> ByCode =
        OfficialLanguages.All.ToFrozenDictionary(l => l.Code, l => new Lazy<ReaderLanguage>(() => Create(l)), StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<ImmutableArray<ReaderLanguage>> all =
        new(() => [.. OfficialLanguages.All.OrderBy(l => l.Code, StringComparer.Ordinal).Select(l => ByCode[l.Code].Value)]);

    /// <summary>Every official language as a reader's, in the order of their codes.</summary>
    public static ImmutableArray<ReaderLanguage> All => all.Value;

    /// <summary>The reader of English, what a language that is not known reads as.</summary>
    public static ReaderLanguage English => ByCode[FirstFallback].Value;

    /// <summary>The lower-case code of the language (<c>de</c>).</summary>
    public string Code => Official.Code;

    /// <summary>Whether the explanation's words are the language's own; when not, they are <see cref="FirstFallback"/>'s.</summary>
    public bool HasOwnVocabulary => Vocabulary.Language == Code;

    /// <summary>The reader of the language with this code, in any case (<c>de</c>, <c>DE</c>); false when it is not the
    /// code of an official EU language.</summary>
    public static bool TryGet(string? code, [MaybeNullWhen(false)] out ReaderLanguage reader)
    {
        reader = code is not null && ByCode.TryGetValue(code, out var made) ? made.Value : null;
        return reader is not null;
    }

    /// <summary>The reader of the language with this code; English for none, or for a code that is not an official
    /// language's (a rules file or an option with a wrong code is reported where it is read, not here).</summary>
    public static ReaderLanguage Of(string? code) => TryGet(code, out var reader) ? reader : English;

    /// <summary>What is wrong with a code that is not an official language's, listing the codes that are.</summary>
    public static string NotOfficial(string code) =>
        $"'{code}' is not an official EU language code; one of {string.Join(", ", OfficialLanguages.All.Select(l => l.Code).Order(StringComparer.Ordinal))}";

    /// <summary>The citation of a provision in the reader's language: "Artikel 51 Absatz 1 Buchstabe a".</summary>
    public string Cite(ProvisionId id) => CitationForms.Print(id, Code);

    /// <summary>
    /// The languages of <paramref name="held"/> to quote from, best first, when the reader's own is not among them:
    /// <see cref="FirstFallback"/> first, then the others in the order of their codes.
    /// </summary>
    public static IEnumerable<string> InFallbackOrder(IEnumerable<string> held) =>
        held.OrderBy(l => l == FirstFallback ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal);

    private static ReaderLanguage Create(OfficialLanguage official)
    {
        var conventions = LanguageConventions.Find(official.Code)
            ?? throw new InvalidOperationException($"{official.Code}.json: every official language has a data file");
        var vocabulary = conventions.Vocabulary ?? EnglishVocabulary;

        // The English words are the keys every renderer asks for: another language's words are those, no more, no fewer.
        var missing = EnglishVocabulary.Words.Keys.Except(vocabulary.Words.Keys).Select(k => $"lacks '{k}'");
        var extra = vocabulary.Words.Keys.Except(EnglishVocabulary.Words.Keys).Select(k => $"has '{k}', which English has not");
        var problems = missing.Concat(extra).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{official.Code}.json: explanation.words {string.Join(", ", problems)}");
        }

        return new ReaderLanguage(official, conventions.Numbers, vocabulary);
    }
}
