using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Reading;

/// <summary>
/// The imported corpus format (docs/corpus-format.md): every block of law ends with the id of its provision or
/// division, so nothing is guessed from labels. A heading opens what its id names, a heading after it with the same id
/// is its title, and each paragraph with an id is text of that provision, in the order of the OJ.
/// </summary>
internal sealed partial class DocumentReader
{
    // "## Overwegingen ^rct" only groups the recitals.
    private const string RecitalsHeadingId = "rct";

    /// <summary>The id at the end of a block of the imported format, and where it starts; null for a vault block id.</summary>
    private (string Id, int Start)? ImportedId(MappedText text)
    {
        if (BlockIdAtEnd().Match(text.ToString()) is not { Success: true } match)
        {
            return null;
        }

        var id = match.Groups["id"].Value;
        if (id == RecitalsHeadingId || DivisionId().IsMatch(id) || ProvisionId.TryParse(id, out _))
        {
            return (id, match.Index);
        }

        if (LooksLikeProvisionId().IsMatch(id))
        {
            diagnostics.Add(CorpusDiagnostics.UnknownBlockId(file.PositionOf(text.SourceOffset(match.Groups["id"].Index - 1)), id));
        }

        return null;
    }

    private void ReadImported(bool isHeading, MappedText text, List<TermLink> links, string idText)
    {
        var plain = text.ToString();
        var at = file.PositionOf(text.SourceOffset(0));
        var titleOfLast = isHeading && lastHeadingId == idText;
        lastHeadingId = isHeading ? idText : null;
        points.Clear();
        pendingPoint = null;
        expectHeading = false;
        expectDivisionTitle = false;

        if (idText == RecitalsHeadingId)
        {
            boilerplate.Add(new SetAsideText(plain, "heading of the recitals", at));
            return;
        }

        if (DivisionId().IsMatch(idText))
        {
            ReadImportedDivision(idText, plain, titleOfLast);
            return;
        }

        var id = ProvisionId.Parse(idText);
        if (byId.TryGetValue((version, id), out var known))
        {
            if (titleOfLast && known.Heading is null && !known.HasText)
            {
                known.Heading = plain;
            }
            else
            {
                // A further subparagraph, or the words after the provision's parts.
                Write(known, text, links);
            }

            return;
        }

        ProvisionBuilder? parent = null;
        if (id.Parent is { } parentId && !byId.TryGetValue((version, parentId), out parent))
        {
            diagnostics.Add(CorpusDiagnostics.PartBeforeParent(at, id.Value, parentId.Value));
        }

        if (id.Parent is null && id.Last.Level == ProvisionLevel.Annex)
        {
            // Annexes stand after the enacting terms, outside every chapter.
            divisions = [];
        }

        // A part the OJ prints no label for (the subparagraph that opens a second list of points) keeps none.
        var label = "";
        string? heading = null;
        var body = text;
        if (isHeading && id.Last.Level == ProvisionLevel.Section
            && StructuralHeading.TryParseDivision(plain, frontMatter.Language, out _, out _, out var sectionTitle) && sectionTitle is not null)
        {
            // "Afdeling A — Informatie …": the label, then the section's title.
            label = LabelBefore(plain, sectionTitle);
            heading = sectionTitle;
        }
        else if (isHeading && id.Last.Level == ProvisionLevel.Point && LeadingLabel().Match(plain) is { Success: true } titled)
        {
            // "1. Inleiding": a point of an annex labelled by its number and a title.
            label = titled.Groups["label"].Value;
            heading = titled.Groups["text"].Value;
        }
        else if (isHeading)
        {
            label = plain;
        }
        else if (LeadingLabel().Match(plain) is { Success: true } printed)
        {
            label = printed.Groups["label"].Value;
            body = text.From(printed.Groups["text"].Index);
        }

        var builder = Open(id, ImportedKind(id, isHeading ? "" : body.ToString()), label, at, heading);
        builder.Divisions = parent?.Divisions ?? divisions;
        if (id.Parent is null)
        {
            container = builder;
        }

        if (!isHeading && body.Length > 0)
        {
            Write(builder, body, links);
        }
    }

    private void ReadImportedDivision(string id, string plain, bool titleOfLast)
    {
        container = null;
        paragraph = null;
        section = null;
        if (titleOfLast && divisions.Length > 0 && divisions[^1].Id == id && divisions[^1].Title is null)
        {
            TitleDivision(plain);
            return;
        }

        // "cpt_V.sct_1" stands in "cpt_V": the divisions open are those whose ids lead to it.
        var outer = divisions.Where(d => id.StartsWith(d.Id + ".", StringComparison.Ordinal)).ToImmutableArray();
        var level = id[(id.LastIndexOf('.') + 1)..][..3] switch
        {
            "prt" => DivisionLevel.Part,
            "tis" => DivisionLevel.Title,
            "cpt" => DivisionLevel.Chapter,
            _ => DivisionLevel.Section,
        };
        OpenDivision(new Division(id, level, plain, null), outer);
    }

    private static ProvisionKind ImportedKind(ProvisionId id, string text) => id.Last.Level switch
    {
        ProvisionLevel.Recital => ProvisionKind.Recital,
        ProvisionLevel.Article => ProvisionKind.Article,
        ProvisionLevel.Annex => ProvisionKind.Annex,
        ProvisionLevel.Section => ProvisionKind.AnnexSection,
        ProvisionLevel.Paragraph => ProvisionKind.Paragraph,
        _ when id.Segments[0].Level == ProvisionLevel.Annex => ProvisionKind.AnnexPoint,
        _ when DefinedTermSyntax.IsDefinition(text) => ProvisionKind.Definition,
        _ => ProvisionKind.Point,
    };

    [GeneratedRegex(@"\s\^(?<id>[A-Za-z0-9][A-Za-z0-9_.]*)\s*$")]
    private static partial Regex BlockIdAtEnd();

    // The OJ HTML's ids of parts, titles, chapters and sections: "cpt_V", "cpt_V.sct_1".
    [GeneratedRegex(@"^(?:prt|tis|cpt|sct)_[0-9A-Za-z]+(?:\.(?:tis|cpt|sct)_[0-9A-Za-z]+)*$")]
    private static partial Regex DivisionId();

    [GeneratedRegex(@"^(?:rct|art|anx|cpt|sct|prt|tis)_")]
    private static partial Regex LooksLikeProvisionId();

    // The label a paragraph of the imported format opens with, its escape already read: "1.", "(1)", "a)", "(a)",
    // "63)", "3.1.", "—".
    [GeneratedRegex(@"^(?<label>\([0-9a-z]{1,4}\)|[0-9a-z]{1,4}\)|[0-9]+(?:\.[0-9]+)*\.|—)\s+(?<text>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex LeadingLabel();
}
