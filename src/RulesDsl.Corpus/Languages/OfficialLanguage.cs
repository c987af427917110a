using System.Collections.Immutable;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Languages;

public enum Script
{
    Latin,
    Greek,
    Cyrillic,
}

/// <summary>Which headings print the number before the word ("51. cikk", "XIII LISA").</summary>
[Flags]
public enum NumberFirst
{
    None = 0,
    Article = 1,
    Annex = 2,
    Both = Article | Annex,
}

/// <summary>
/// The words an act's structure is printed with in one language, in the forms the Official Journal uses in
/// headings and references (first form = the heading form, then inflected and abbreviated reference forms).
/// Matching is case-insensitive.
/// </summary>
public sealed record StructuralWords(
    ImmutableArray<string> Article,
    ImmutableArray<string> Annex,
    ImmutableArray<string> Recital,
    ImmutableArray<string> Paragraph,
    ImmutableArray<string> Point,
    ImmutableArray<string> Part,
    ImmutableArray<string> Title,
    ImmutableArray<string> Chapter,
    ImmutableArray<string> Section)
{
    /// <summary>The heading forms of the word for a division above articles ("HOOFDSTUK", "AFDELING").</summary>
    public ImmutableArray<string> For(DivisionLevel level) => level switch
    {
        DivisionLevel.Part => Part,
        DivisionLevel.Title => Title,
        DivisionLevel.Chapter => Chapter,
        DivisionLevel.Section => Section,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>All the forms of the word for <paramref name="level"/>, heading form first.</summary>
    public ImmutableArray<string> For(ProvisionLevel level) => level switch
    {
        ProvisionLevel.Recital => Recital,
        ProvisionLevel.Article => Article,
        ProvisionLevel.Paragraph => Paragraph,
        ProvisionLevel.Point => Point,
        ProvisionLevel.Annex => Annex,

        // An annex's section is printed with the word of the act's sections ("Afdeling A", "Section A").
        ProvisionLevel.Section => Section,

        // No heading names a subparagraph: citations read and print it with the words of the language's data file
        // (Conventions/Data, "subparagraph").
        ProvisionLevel.Subparagraph => [],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}

/// <summary>
/// One of the 24 official languages of the EU: its ISO 639-1 code, script, structural words, which headings print
/// the number before the word, frequent function words and the letters beyond ASCII its alphabet uses (both to detect
/// it; the letters only for Latin-script languages, lower case), and how its signature block opens ("Gedaan te",
/// "Done at"; where the OJ opens with the place, the places the EU institutions sign in).
/// </summary>
public sealed record OfficialLanguage(
    string Code,
    string EnglishName,
    Script Script,
    StructuralWords Words,
    NumberFirst NumberBeforeWord,
    ImmutableArray<string> CommonWords,
    string Letters,
    ImmutableArray<string> SignedAt)
{
    /// <summary>
    /// Whether the heading of an article or annex reads "51. cikk" rather than "Article 51"; other levels have no
    /// heading of their own.
    /// </summary>
    public bool PutsNumberFirst(ProvisionLevel level) => level switch
    {
        ProvisionLevel.Article => NumberBeforeWord.HasFlag(NumberFirst.Article),
        ProvisionLevel.Annex => NumberBeforeWord.HasFlag(NumberFirst.Annex),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "only articles and annexes have headings"),
    };
}
