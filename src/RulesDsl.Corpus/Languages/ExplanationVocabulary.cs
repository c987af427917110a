using System.Collections.Frozen;
using System.Collections.Immutable;

namespace RulesDsl.Corpus.Languages;

/// <summary>
/// The words an explanation is written in, in one language: outcomes, how a step went, headings, keyed by the English
/// word they stand for ("met", "decided by"), the names of the official languages in that language ("Engels"), and its
/// months, which dates are written with (the <c>date</c> word is the pattern: "{day} {month} {year}").
/// </summary>
/// <param name="Language">The code of the language the words are in.</param>
public sealed record ExplanationVocabulary(
    string Language,
    FrozenDictionary<string, string> Words,
    FrozenDictionary<string, string> LanguageNames,
    ImmutableArray<string> Months);
