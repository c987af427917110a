using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;

namespace RulesDsl.Import.Model;

/// <summary>
/// One act in one language as an importer read it from its markup: what every importer (HTML, Cellar XHTML, Formex)
/// produces and the one writer turns into the corpus's Markdown (docs/corpus-format.md).
/// </summary>
/// <param name="Act">The act's name in the corpus ("eu-ai-act"), the folder it is written under.</param>
/// <param name="Language">ISO 639-1 code of the text ("nl").</param>
/// <param name="Version">Date of the Official Journal publication.</param>
/// <param name="Eli">The act's ELI, when the source names it.</param>
/// <param name="Sources">The files it was read from (one, or the act file and its annex files).</param>
/// <param name="Frame">Text of the document that is not a provision (title, preamble, closing formula, signature),
/// in document order.</param>
/// <param name="Body">Divisions and provisions in document order.</param>
/// <param name="Notes">Footnotes, each with the provision that calls it.</param>
/// <param name="SetAside">What was left out because it is not part of the document (menus, page header, ISSN line).</param>
public sealed record ImportedAct(
    string Act,
    string Language,
    DateOnly? Version,
    string? Title,
    string? Eli,
    ImmutableArray<ImportedSource> Sources,
    ImmutableArray<FramePart> Frame,
    ImmutableArray<ImportedNode> Body,
    ImmutableArray<ImportedNote> Notes,
    ImmutableArray<SetAsidePart> SetAside)
{
    /// <summary>The Official Journal issue as its header prints it ("OJ L, 2024/1689, 12.7.2024"), when the source has one.</summary>
    public string? Journal { get; init; }
}

/// <summary>A file an act was imported from: its path as given and the SHA-256 of its bytes.</summary>
public sealed record ImportedSource(string Path, string Sha256);

/// <summary>Where a frame part stands: before the recitals, between the recitals and the first article (the enacting
/// formula), or after the last provision.</summary>
public enum FrameKind
{
    Title,
    Preamble,
    Final,
    Signature,

    /// <summary>The enacting formula ("HAVE ADOPTED THIS REGULATION:"), after the last recital.</summary>
    Enacting,
}

/// <summary>Text of the document that is not law to cite (docs/corpus-format.md, "What is not law").</summary>
public sealed record FramePart(FrameKind Kind, ImmutableArray<InlineText> Paragraphs, SourcePosition Position);

/// <summary>Text left out of the corpus and reported: not part of the document.</summary>
public sealed record SetAsidePart(string Text, string Reason, SourcePosition Position);

/// <summary>A node of the act's structure, in document order.</summary>
public abstract record ImportedNode(SourcePosition Position);

/// <summary>A chapter, section or title: structure, not a provision. <paramref name="Id"/> as the OJ HTML writes it
/// ("cpt_V", "cpt_V.sct_1").</summary>
public sealed record ImportedDivision(
    string Id,
    string Label,
    string? Title,
    ImmutableArray<ImportedNode> Children,
    SourcePosition Position) : ImportedNode(Position);

/// <summary>
/// A provision: recital, article, paragraph, point, annex, annex section. <paramref name="Label"/> as printed ("1.",
/// "a)", "(63)", "Artikel 51", "BIJLAGE XIII"). Its text comes in paragraphs (subparagraphs, and words after its
/// parts), each placed before or after the parts as the OJ prints it.
/// </summary>
public sealed record ImportedProvision(
    ProvisionId Id,
    string Label,
    string? Title,
    ImmutableArray<ImportedParagraph> Text,
    ImmutableArray<ImportedProvision> Parts,
    SourcePosition Position) : ImportedNode(Position);

/// <summary>One paragraph of a provision's text; <paramref name="AfterPart"/> is how many of its parts come before it.</summary>
public sealed record ImportedParagraph(InlineText Text, int AfterPart);

/// <summary>A footnote: its number as printed, its text, and the provision whose text calls it.</summary>
public sealed record ImportedNote(string Number, InlineText Text, ProvisionId? CalledFrom, SourcePosition Position);

/// <summary>What a run of inline text is.</summary>
public enum InlineKind
{
    Plain,
    Superscript,
    Subscript,
    NoteReference,
}

public readonly record struct InlineRun(InlineKind Kind, string Text);

/// <summary>Text with the inline marks that carry meaning in law: superscripts (10^25), subscripts, footnote calls.</summary>
public sealed record InlineText(ImmutableArray<InlineRun> Runs)
{
    public static InlineText Of(string plain) => new([new InlineRun(InlineKind.Plain, plain)]);

    public override string ToString() => string.Concat(Runs.Select(r => r.Text));
}
