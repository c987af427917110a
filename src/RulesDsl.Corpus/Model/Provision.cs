using System.Collections.Immutable;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Model;

/// <summary>What a provision is in the structure of an act.</summary>
public enum ProvisionKind
{
    Recital,
    Article,
    Paragraph,
    Point,
    Definition,
    Annex,
    AnnexPoint,

    /// <summary>A section of an annex whose points restart their numbering (Annex VIII, sections A–C).</summary>
    AnnexSection,
}

/// <summary>The levels above articles that the Official Journal groups them in.</summary>
public enum DivisionLevel
{
    Part,
    Title,
    Chapter,
    Section,
}

/// <summary>
/// A chapter, section, title or part of an act, as the OJ prints it: its label ("HOOFDSTUK V") and its title
/// ("AI-MODELLEN VOOR ALGEMENE DOELEINDEN"). The id is the OJ HTML's (<c>cpt_V</c>, <c>cpt_V.sct_1</c>).
/// </summary>
public sealed record Division(string Id, DivisionLevel Level, string Label, string? Title)
{
    /// <summary>"HOOFDSTUK V — AI-MODELLEN VOOR ALGEMENE DOELEINDEN".</summary>
    public override string ToString() => Title is null ? Label : $"{Label} — {Title}";
}

/// <summary>A footnote of the OJ that a provision calls ("PB C 517 van 22.12.2021, blz. 56."): its number and text.</summary>
public sealed record Note(string Number, string Text, SourcePosition Position);

/// <summary>
/// One sentence of a provision, numbered from 1 inside the provision so that a rule can cite it
/// ("recital 111 sentence 7") and an explanation can quote it.
/// </summary>
public sealed record Sentence(int Number, string Text, int Start, SourcePosition Position)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// A link written in the source (<c>[systeemrisico](a3.md#^sysrisk)’s</c>): the linked words, any inflection glued
/// to them, and the target as written. Resolving the target is the linker's job.
/// </summary>
/// <param name="TextStart">Where the surface text starts in the provision's text.</param>
public sealed record TermLink(string LinkText, string GluedSuffix, string Target, SourcePosition Position, int TextStart = 0)
{
    /// <summary>The word as it reads in the sentence: "systeemrisico’s".</summary>
    public string SurfaceText => LinkText + GluedSuffix;

    /// <summary>The file part of the target ("a3.md"), empty when the link is to an anchor in the same file.</summary>
    public string TargetFile => Target.Split('#', 2)[0];

    /// <summary>The block anchor named by the target without its caret ("sysrisk"), or null when there is none.</summary>
    public string? Anchor => Target.Split('#', 2) is [_, var fragment] ? fragment.TrimStart('^') : null;
}

/// <summary>
/// What a version of a text is in law: a draft (a proposal or a Parliament position, never law), published (adopted and
/// in the Official Journal: law from its date) or in force (law from its date, as a consolidated text states).
/// </summary>
public enum TextStatus
{
    Draft,
    Published,
    InForce,
}

/// <summary>
/// One provision in one language and one version, as read from one source file.
/// </summary>
/// <param name="Id">Stable id, the same in every language and version.</param>
/// <param name="Act">The act the provision belongs to (the corpus folder it was read from, e.g. "eu-ai-act").</param>
/// <param name="Label">The label as this version prints it: "(f)" in the OJ, "6." in the scraped pre-publication page.</param>
/// <param name="Heading">The title printed above an article or annex, if any.</param>
/// <param name="Map">Where each run of <paramref name="Text"/> stands in the source.</param>
/// <param name="BlockId">The vault block id written after the text (<c>^gpai</c>), which links can point at.</param>
/// <param name="Text">The provision's own text, markup gone and hard-wrapped lines joined; for an article or annex
/// with parts, only the words before its first part.</param>
public sealed record Provision(
    ProvisionId Id,
    ProvisionKind Kind,
    string Act,
    string Language,
    DateOnly? Version,
    string Label,
    string? Heading,
    string Text,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<TermLink> Links,
    SourcePosition Position,
    TextMap Map,
    string? BlockId = null)
{
    /// <summary>The divisions the provision stands in, outermost first: its chapter, then its section.</summary>
    public ImmutableArray<Division> Divisions { get; init; } = [];

    /// <summary>What this version is in law; a text read without a status is published, see <see cref="TextStatus"/>.</summary>
    public TextStatus Status { get; init; } = TextStatus.Published;

    /// <summary>Whether this version is the law on <paramref name="asOf"/>: no draft ever is; a published or in-force text
    /// is from its date, an undated one always.</summary>
    public bool IsLawOn(DateOnly asOf) => Status != TextStatus.Draft && (Version is null || Version <= asOf);

    /// <summary>The footnotes the provision's text calls, in the order called.</summary>
    public ImmutableArray<Note> Notes { get; init; } = [];

    /// <summary>Where the provision stands, "HOOFDSTUK V — …, AFDELING 1 — …"; empty outside any division.</summary>
    public string DivisionPath => string.Join(", ", Divisions);

    /// <summary>The first words of the text, for listings: on one line, though the text has several paragraphs.</summary>
    public string FirstWords(int count = 8)
    {
        var words = Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count ? string.Join(' ', words) : string.Join(' ', words.Take(count)) + " …";
    }
}
