using System.Collections.Immutable;

namespace RulesDsl.Corpus.Languages;

public enum Script
{
    Latin,
    Greek,
    Cyrillic,
}

/// <summary>
/// The words an act's structure is printed with in one language, in the forms the Official Journal uses in
/// headings and references (first form = the heading form). Matching is case-insensitive.
/// </summary>
public sealed record StructuralWords(
    ImmutableArray<string> Article,
    ImmutableArray<string> Annex,
    ImmutableArray<string> Recital,
    ImmutableArray<string> Paragraph,
    ImmutableArray<string> Point);

/// <summary>
/// One of the 24 official languages of the EU: its ISO 639-1 code, script, structural words, whether headings print
/// the number before the word ("51. cikk", "XIII. melléklet"), and frequent function words used to detect it.
/// </summary>
public sealed record OfficialLanguage(
    string Code,
    string EnglishName,
    Script Script,
    StructuralWords Words,
    bool NumberBeforeWord,
    ImmutableArray<string> CommonWords);
