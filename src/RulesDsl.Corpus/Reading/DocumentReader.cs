using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;

namespace RulesDsl.Corpus.Reading;

/// <summary>
/// Reads one source file into provisions. One walk over the Markdown blocks serves every shape of real input:
/// vault Markdown (a "(111)" line over the recital), the scraped explorer page (title, version notes, a numbered
/// list, "[Previous version]", form boilerplate), EUR-Lex text converted to Markdown (points in table rows, escaped
/// "1\." paragraph numbers, hard-wrapped lines) and canonical files whose front matter names the provision.
/// </summary>
internal sealed partial class DocumentReader
{
    // Configured once: front matter is kept as a block, pipe tables give EUR-Lex's label | text rows.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    private readonly SourceText file;
    private readonly string fullPath;
    private readonly string corpusRoot;
    private readonly List<Diagnostic> diagnostics;
    private readonly List<ProvisionBuilder> provisions = [];
    private readonly List<SetAsideText> boilerplate = [];
    private readonly List<SetAsideText> unclassified = [];
    private FrontMatter frontMatter = FrontMatter.None;
    private VersionScope version = new(null);
    private ProvisionBuilder? container;
    private ProvisionBuilder? paragraph;
    private bool expectHeading;
    private (string Label, SourcePosition At)? pendingPoint;

    private DocumentReader(SourceText file, string fullPath, string corpusRoot, List<Diagnostic> diagnostics)
    {
        this.file = file;
        this.fullPath = fullPath;
        this.corpusRoot = corpusRoot;
        this.diagnostics = diagnostics;
    }

    public static DocumentReading? Read(SourceText file, string fullPath, string corpusRoot, List<Diagnostic> diagnostics)
    {
        var reader = new DocumentReader(file, fullPath, corpusRoot, diagnostics);
        return reader.ReadBlocks() ? reader.Result() : null;
    }

    private bool ReadBlocks()
    {
        var document = Markdown.Parse(file.Text, Pipeline);
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock yaml)
            {
                var read = FrontMatter.Read(file, yaml.Lines.ToString(), yaml.Line + 2, diagnostics);
                if (read is null)
                {
                    return false;
                }

                frontMatter = read;
                version = new VersionScope(read.Version);
                continue;
            }

            ReadBlock(block);
        }

        return true;
    }

    private DocumentReading Result()
    {
        if (provisions.Count == 0 && unclassified.Count == 0)
        {
            diagnostics.Add(CorpusDiagnostics.NoProvision(file.Start));
        }

        return new DocumentReading(frontMatter, [.. provisions], [.. boilerplate], [.. unclassified]);
    }

    private void ReadBlock(Block block)
    {
        switch (block)
        {
            case ParagraphBlock or HeadingBlock:
                ReadParagraph((LeafBlock)block);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    ReadRow(row);
                }

                break;
            case ListBlock { IsOrdered: true } list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    ReadListItem(item, list.OrderedDelimiter);
                }

                break;
            case ThematicBreakBlock:
                boilerplate.Add(new SetAsideText("* * *", "separator", file.PositionOf(block.Span.Start)));
                break;
            case ContainerBlock children:
                foreach (var child in children)
                {
                    ReadBlock(child);
                }

                break;
            case LeafBlock leaf:
                KeepUnclassified(leaf.Lines.ToString(), block.Span.Start);
                break;
        }
    }

    private void ReadParagraph(LeafBlock block)
    {
        var lines = InlineText.Lines(block, file, CheckLink).Where(l => !IsBoilerplate(l)).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var text = InlineText.Join(lines, out var links);
        ReadText(text, links);
    }

    private void ReadText(MappedText text, List<TermLink> links)
    {
        var plain = text.ToString();
        var at = file.PositionOf(text.SourceOffset(0));
        if (PageMarkers.IsPreviousVersion(plain))
        {
            // The same provision again, as it read before: a new version whose date the next note gives.
            version = new VersionScope(null);
            if (container is not null)
            {
                container = Open(container.Id, container.Kind, container.Label, at, container.Heading);
                expectHeading = false;
            }

            paragraph = null;
            boilerplate.Add(new SetAsideText(plain, "version marker", at));
            return;
        }

        if (PageMarkers.VersionNote(plain) is { } date)
        {
            version.Date ??= date;
            boilerplate.Add(new SetAsideText(plain, "version note", at));
            return;
        }

        if (PageMarkers.EliLine(plain) is not null)
        {
            boilerplate.Add(new SetAsideText(plain, "ELI of the act", at));
            return;
        }

        if (StructuralHeading.TryParse(plain, frontMatter.Language, out var level, out var number))
        {
            container = level == ProvisionLevel.Article
                ? Open(ProvisionId.Article(number), ProvisionKind.Article, plain, at)
                : Open(ProvisionId.Annex(number), ProvisionKind.Annex, plain, at);
            paragraph = null;
            expectHeading = true;
            return;
        }

        if (container is { Kind: ProvisionKind.Article or ProvisionKind.Annex } && InlinePoint().Match(plain) is { Success: true } point)
        {
            // A point written as a paragraph, "(63) ‘term’ means …", as vault files do; a "(63)" line alone opens it.
            expectHeading = false;
            pendingPoint = point.Groups["text"].Success ? null : (point.Groups["label"].Value, at);
            if (!point.Groups["text"].Success)
            {
                return;
            }

            AddPoint(point.Groups["label"].Value, $"({point.Groups["label"].Value})", text.From(point.Groups["text"].Index), links, at);
            return;
        }

        if (pendingPoint is var (label, labelAt))
        {
            pendingPoint = null;
            AddPoint(label, $"({label})", text, links, labelAt);
            return;
        }

        if (RecitalNumber().Match(plain) is { Success: true } recital)
        {
            container = Open(ProvisionId.Recital(Number(recital.Groups[1].Value)), ProvisionKind.Recital, plain, at);
            paragraph = null;
            expectHeading = false;
            return;
        }

        if (expectHeading && container is not null && !container.HasText && !EndsLikeText(plain))
        {
            container.Heading = plain;
            expectHeading = false;
            return;
        }

        expectHeading = false;
        container ??= FromFrontMatter(at);
        if (container is null)
        {
            KeepUnclassified(plain, text.SourceOffset(0));
            return;
        }

        if (container.Kind == ProvisionKind.Article && ParagraphNumber().Match(plain) is { Success: true } numbered)
        {
            paragraph = Open(container.Id.Paragraph(Number(numbered.Groups["n"].Value)), ProvisionKind.Paragraph, numbered.Groups["label"].Value, at);
            paragraph.Add(text.From(numbered.Groups["text"].Index), links);
            return;
        }

        (paragraph ?? container).Add(text, links);
    }

    private void ReadRow(TableRow row)
    {
        var cells = row.OfType<TableCell>().Select(CellText).ToList();
        if (cells.All(c => c.Lines.Count == 0 || DelimiterRow().IsMatch(c.Plain)))
        {
            return;
        }

        var labelCell = cells[0];
        var label = PointLabel().Match(labelCell.Plain);
        if (cells.Count < 2 || !label.Success)
        {
            foreach (var cell in cells.Where(c => c.Lines.Count > 0))
            {
                ReadText(cell.Text, cell.Links);
            }

            return;
        }

        var body = cells.Skip(1).Where(c => c.Lines.Count > 0).ToList();
        var text = new MappedText();
        var links = new List<TermLink>();
        foreach (var cell in body)
        {
            if (text.Length > 0)
            {
                text.Append(" ", text.SourceOffset(text.Length - 1) + 1);
            }

            text.Append(cell.Text);
            links.AddRange(cell.Links);
        }

        var at = file.PositionOf(row.Span.Start);
        var name = label.Groups[1].Value;
        if (container is null && int.TryParse(name, out var recital))
        {
            // EUR-Lex prints a recital as a row: its number, then its text.
            var rct = Open(ProvisionId.Recital(recital), ProvisionKind.Recital, labelCell.Plain, at);
            rct.Add(text, links);
            return;
        }

        var parent = paragraph ?? container ?? FromFrontMatter(at);
        if (parent is null)
        {
            KeepUnclassified(labelCell.Plain + " " + text, row.Span.Start);
            return;
        }

        container ??= parent;
        AddPoint(name, labelCell.Plain, text, links, at);
    }

    private void AddPoint(string label, string printedLabel, MappedText text, List<TermLink> links, SourcePosition at)
    {
        var parent = (paragraph ?? container)!;
        var kind = parent.Kind == ProvisionKind.Annex ? ProvisionKind.AnnexPoint
            : DefinedTerm().IsMatch(text.ToString()) ? ProvisionKind.Definition
            : ProvisionKind.Point;
        Open(parent.Id.Point(label), kind, printedLabel, at).Add(text, links);
    }

    private void ReadListItem(ListItemBlock item, char delimiter)
    {
        var at = file.PositionOf(item.Span.Start);
        var label = $"{item.Order}{delimiter}";
        if (item is [ParagraphBlock only] && NumberedHeading(only, label) is { } heading)
        {
            // Languages that print the number first ("51. cikk", "51. pants") read as a list item in Markdown.
            ReadText(heading, []);
            return;
        }

        var owner = container ?? FromFrontMatter(at);
        if (owner is null)
        {
            foreach (var child in item)
            {
                ReadBlock(child);
            }

            return;
        }

        container ??= owner;
        var point = owner.Kind == ProvisionKind.Article
            ? paragraph = Open(owner.Id.Paragraph(item.Order), ProvisionKind.Paragraph, label, at)
            : Open((paragraph ?? owner).Id.Point(item.Order.ToString(CultureInfo.InvariantCulture)), owner.Kind == ProvisionKind.Annex ? ProvisionKind.AnnexPoint : ProvisionKind.Point, label, at);
        foreach (var child in item)
        {
            if (child is LeafBlock leaf and (ParagraphBlock or HeadingBlock))
            {
                var lines = InlineText.Lines(leaf, file, CheckLink).Where(l => !IsBoilerplate(l)).ToList();
                if (lines.Count > 0)
                {
                    point.Add(InlineText.Join(lines, out var links), links);
                }
            }
            else
            {
                ReadBlock(child);
            }
        }
    }

    private MappedText? NumberedHeading(ParagraphBlock paragraph, string label)
    {
        var lines = InlineText.Lines(paragraph, file, CheckLink);
        if (lines is not [var line] || !StructuralHeading.TryParse($"{label} {line.Plain}", frontMatter.Language, out _, out _))
        {
            return null;
        }

        var heading = new MappedText();
        heading.Append($"{label} ", file.Text.IndexOf(label, paragraph.Parent!.Span.Start, StringComparison.Ordinal));
        heading.Append(line.Text);
        return heading;
    }

    private bool IsBoilerplate(InlineLine line)
    {
        if (PageMarkers.Boilerplate(line.Plain) is not { } what)
        {
            return false;
        }

        var at = file.PositionOf(line.Text.SourceOffset(0));
        boilerplate.Add(new SetAsideText(line.Plain, what, at));
        diagnostics.Add(CorpusDiagnostics.BoilerplateSetAside(at, what));
        return true;
    }

    private ProvisionBuilder Open(ProvisionId id, ProvisionKind kind, string label, SourcePosition at, string? heading = null)
    {
        var builder = new ProvisionBuilder(id, kind, label, version, at) { Heading = heading };
        provisions.Add(builder);
        return builder;
    }

    /// <summary>A canonical file whose front matter names the provision holds its text without a heading.</summary>
    private ProvisionBuilder? FromFrontMatter(SourcePosition at)
    {
        if (frontMatter.Provision is not { } id)
        {
            return null;
        }

        var kind = id.Last.Level switch
        {
            ProvisionLevel.Recital => ProvisionKind.Recital,
            ProvisionLevel.Article => ProvisionKind.Article,
            ProvisionLevel.Annex => ProvisionKind.Annex,
            ProvisionLevel.Paragraph => ProvisionKind.Paragraph,
            _ => ProvisionKind.Point,
        };
        return Open(id, kind, id.Last.Label, at);
    }

    private (List<InlineLine> Lines, MappedText Text, List<TermLink> Links, string Plain) CellText(TableCell cell)
    {
        var lines = cell.OfType<LeafBlock>().SelectMany(leaf => InlineText.Lines(leaf, file, CheckLink)).ToList();
        var text = InlineText.Join(lines, out var links);
        return (lines, text, links, text.ToString());
    }

    private void KeepUnclassified(string text, int offset)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        var at = file.PositionOf(offset);
        unclassified.Add(new SetAsideText(trimmed, "unclassified", at));
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        diagnostics.Add(CorpusDiagnostics.Unclassified(at, words.Length > 8 ? string.Join(' ', words.Take(8)) + " …" : trimmed));
    }

    /// <summary>A link is never followed; one that points out of the corpus folder is reported.</summary>
    private void CheckLink(LinkInline link)
    {
        var url = link.Url ?? "";
        var path = url.Split('#', 2)[0];
        var scheme = UriScheme().Match(path);
        if (path.Length == 0 || (scheme.Success && !scheme.Value.Equals("file:", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var local = scheme.Success ? new Uri(path).LocalPath : Uri.UnescapeDataString(path);
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath) ?? corpusRoot, local));
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusRoot)) + Path.DirectorySeparatorChar;
        if (!target.StartsWith(root, StringComparison.Ordinal))
        {
            diagnostics.Add(CorpusDiagnostics.LinkOutsideCorpus(file.PositionOf(link.Span.Start), url));
        }
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static bool EndsLikeText(string text) => text.TrimEnd() is [.., '.' or ':' or ';' or '!' or '?'];

    [GeneratedRegex(@"^\(([0-9]+)\)$")]
    private static partial Regex RecitalNumber();

    [GeneratedRegex(@"^(?<label>(?<n>[0-9]+)\.)\s+(?<text>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex ParagraphNumber();

    [GeneratedRegex(@"^\(([0-9]+[a-z]?|[a-z]{1,3})\)$")]
    private static partial Regex PointLabel();

    [GeneratedRegex(@"^\((?<label>[0-9]+[a-z]?|[a-z]{1,3})\)(\s+(?<text>\S.*))?$", RegexOptions.Singleline)]
    private static partial Regex InlinePoint();

    [GeneratedRegex(@"^[\s:|-]*-{3,}[\s:|-]*$")]
    private static partial Regex DelimiterRow();

    // A definition opens with the defined term in quotes: ‘deployer’ means …, „Betreiber“ …, « déployeur » …
    [GeneratedRegex(@"^\s*[‘'“""„«]")]
    private static partial Regex DefinedTerm();

    // A scheme of two letters or more, so that a Windows drive ("C:") is read as a path.
    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]+:")]
    private static partial Regex UriScheme();
}

/// <summary>What one source file gave: its front matter, its provisions (not yet frozen) and what is not law.</summary>
internal sealed record DocumentReading(
    FrontMatter FrontMatter,
    ImmutableArray<ProvisionBuilder> Provisions,
    ImmutableArray<SetAsideText> Boilerplate,
    ImmutableArray<SetAsideText> Unclassified);
