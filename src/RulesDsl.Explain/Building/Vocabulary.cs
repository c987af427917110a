using System.Collections.Frozen;
using RulesDsl.Corpus.Languages;

namespace RulesDsl.Explain.Building;

/// <summary>
/// The words an explanation is written in, per language: outcomes, how a step went, headings. They are data, in each
/// language's file (Conventions/Data/&lt;code&gt;.json, <c>explanation</c>); a language without its own words reads
/// English ones, while quotes and citations stay in that language.
/// </summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<string, string> words;
    private readonly FrozenDictionary<string, string> languageNames;

    private Vocabulary(ExplanationVocabulary vocabulary)
    {
        words = vocabulary.Words;
        languageNames = vocabulary.LanguageNames;
    }

    /// <summary>The words of the reader's language (<see cref="ReaderLanguage.Vocabulary"/>): its own, or English ones.</summary>
    public static Vocabulary For(string language) => new(ReaderLanguage.Of(language).Vocabulary);

    /// <summary>The reader's word for a word of the runtime's trace; an unknown word is shown as it is.</summary>
    public string this[string word] => words.GetValueOrDefault(word) ?? word;

    /// <summary>The name of a language in the reader's language ("Engels"), or its code when not known.</summary>
    public string LanguageName(string code) => languageNames.GetValueOrDefault(code) ?? code;

    /// <summary>The note that a quote is in another language than the reader's.</summary>
    public string Fallback(string quoted, string wanted) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this["fallback"], LanguageName(quoted), LanguageName(wanted));

    /// <summary>The note under a quote whose source lost a superscript: "“1025” stands for 10^25".</summary>
    public string LostSuperscript(string written, string meant) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this["lost superscript"], written, meant);
}
