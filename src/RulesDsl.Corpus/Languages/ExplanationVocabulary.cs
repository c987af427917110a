using System.Collections.Frozen;

namespace RulesDsl.Corpus.Languages;

/// <summary>
/// The words an explanation is written in, in one language: outcomes, how a step went, headings, keyed by the English
/// word they stand for ("met", "decided by"), and the names of the official languages in that language ("Engels").
/// </summary>
/// <param name="Language">The code of the language the words are in.</param>
public sealed record ExplanationVocabulary(
    string Language,
    FrozenDictionary<string, string> Words,
    FrozenDictionary<string, string> LanguageNames);
