using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Html;

/// <summary>What an OJ document holds, before the run gives it its act name and language.</summary>
internal sealed record ReadDocument(
    string? Title,
    string? Eli,
    ImmutableArray<FramePart> Frame,
    ImmutableArray<ImportedNode> Body,
    ImmutableArray<ImportedNote> Notes);

/// <summary>
/// Reads the structure of an OJ document from its markup. The CONVEX HTML names its parts (<c>rct_N</c>, <c>art_N</c>,
/// <c>NNN.MMM</c> paragraphs, <c>cpt_V.sct_1</c>, <c>anx_XIII</c>); points are table rows, a label cell and a content
/// cell; annex contents are read from their <c>ti-grseq-1</c> headings and tables. Ids never depend on how one language
/// prints its labels, only on the markup and the place of a label in its level (docs/corpus-format.md, "Ids").
/// </summary>
internal sealed partial class OjDocumentReader
{
    private readonly string path;
    private readonly IElement root;
    private readonly List<SetAsidePart> setAside;
    private readonly List<Diagnostic> diagnostics;
    private readonly List<FramePart> frame = [];
    private readonly List<ImportedNode> body = [];
    private readonly List<(string Target, string Number, InlineText Text, SourcePosition At)> notes = [];
    private readonly InlineReader inline;
    private string? eli;

    public OjDocumentReader(string path, IElement root, List<SetAsidePart> setAside, List<Diagnostic> diagnostics)
    {
        this.path = path;
        this.root = root;
        this.setAside = setAside;
        this.diagnostics = diagnostics;
        var targets = root.QuerySelectorAll("a[id^='ntr']").Select(a => a.Id!).ToHashSet(StringComparer.Ordinal);
        inline = new InlineReader(targets);
    }

    public ReadDocument? ReadConvex()
    {
        foreach (var child in root.Children)
        {
            Visit(child, body);
        }

        return Finish();
    }

    private ReadDocument? Finish()
    {
        foreach (var (number, at) in inline.MissingNotes)
        {
            diagnostics.Add(ImportDiagnostics.NoteMissing(At(at), number));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var unique = true;
        foreach (var provision in body.Provisions())
        {
            if (!ids.Add(provision.Id.Value))
            {
                diagnostics.Add(ImportDiagnostics.DuplicateId(provision.Position, provision.Id.Value));
                unique = false;
            }
        }

        if (!unique)
        {
            return null;
        }

        var title = frame.FirstOrDefault(f => f.Kind == FrameKind.Title) is { } titlePart
            ? string.Join(" ", titlePart.Paragraphs.Select(p => p.ToString()))
            : null;
        var read = notes.Select(n => new ImportedNote(n.Number, n.Text, inline.Callers.GetValueOrDefault(n.Target), n.At));
        return new ReadDocument(title, eli, [.. frame], [.. body], [.. read]);
    }

    private void Visit(IElement element, List<ImportedNode> into)
    {
        var id = element.Id ?? "";
        switch (element)
        {
            case { LocalName: "hr" or "col" or "colgroup" }:
                return;
            case { LocalName: "table" } when element.QuerySelector("[class*='hd-']") is not null:
                SetAside(element, "the Official Journal's page header");
                return;
            case var _ when element.ClassList.Contains("eli-main-title"):
                AddFrame(FrameKind.Title, element.Children.Where(c => OjClasses.Has(c, "doc-ti")));
                return;
            case var _ when id.StartsWith("pbl_", StringComparison.Ordinal):
                ReadPreamble(element, into);
                return;
            case var _ when id.StartsWith("cpt_", StringComparison.Ordinal) || id.StartsWith("tis_", StringComparison.Ordinal) || id.StartsWith("prt_", StringComparison.Ordinal):
                into.Add(ReadDivision(element));
                return;
            case var _ when ArticleId().Match(id) is { Success: true } article:
                into.Add(ReadArticle(element, ProvisionId.Article(article.Groups[1].Value)));
                return;
            case var _ when AnnexId().IsMatch(id):
                into.Add(ReadAnnex(element.Children, ProvisionId.Annex(id[4..]), At(element)));
                return;
            case var _ when id.StartsWith("fnp_", StringComparison.Ordinal) || OjClasses.Has(element, "final"):
                ReadFinal([.. (element.Children.FirstOrDefault(c => OjClasses.Has(c, "final")) ?? element).Children]);
                return;
            case var _ when OjClasses.Has(element, "note"):
                ReadNote(element);
                return;
            case { LocalName: "p" } when HtmlImporter.PlainText(element) is var text && text.StartsWith("ELI:", StringComparison.Ordinal):
                eli = text[4..].Trim();
                SetAside(element, "the ELI line of the OJ page");
                return;
            case { LocalName: "p" } when HtmlImporter.PlainText(element).StartsWith("ISSN", StringComparison.Ordinal):
                SetAside(element, "the ISSN line of the OJ page");
                return;
            case { LocalName: "div" } when element.Children.Length > 0:
                foreach (var child in element.Children)
                {
                    Visit(child, into);
                }

                return;
            default:
                if (HtmlImporter.PlainText(element) is { Length: > 0 } unknown)
                {
                    diagnostics.Add(ImportDiagnostics.TextNotPlaced(At(element), FirstWords(unknown)));
                    setAside.Add(new SetAsidePart(unknown, "text in markup the importer does not know", At(element)));
                }

                return;
        }
    }

    /// <summary>The preamble: citations before the recitals, the enacting formula after them.</summary>
    private void ReadPreamble(IElement preamble, List<ImportedNode> into)
    {
        var kind = FrameKind.Preamble;
        foreach (var child in preamble.Children)
        {
            var id = child.Id ?? "";
            if (RecitalId().Match(id) is { Success: true } recital)
            {
                into.Add(ReadRecital(child, ProvisionId.Recital(int.Parse(recital.Groups[1].Value, CultureInfo.InvariantCulture))));
                kind = FrameKind.Enacting;
            }
            else if (id.StartsWith("enc_", StringComparison.Ordinal))
            {
                Visit(child, into);
            }
            else if (child.LocalName == "p")
            {
                AddFrame(kind, [child]);
            }
            else
            {
                AddFrame(kind, child.QuerySelectorAll("p"));
            }
        }
    }

    private void AddFrame(FrameKind kind, IEnumerable<IElement> paragraphs)
    {
        var list = paragraphs.ToList();
        var texts = OjClasses.NonEmpty(list.Select(p => inline.Read(p, null)));
        if (texts.IsEmpty)
        {
            return;
        }

        if (frame.Count > 0 && frame[^1].Kind == kind)
        {
            frame[^1] = frame[^1] with { Paragraphs = frame[^1].Paragraphs.AddRange(texts) };
        }
        else
        {
            frame.Add(new FramePart(kind, texts, At(list[0])));
        }
    }

    /// <summary>A recital: in the CONVEX HTML a <c>div id="rct_N"</c> around its table, in the Cellar XHTML the table.</summary>
    private ImportedProvision ReadRecital(IElement element, ProvisionId id)
    {
        var builder = new ContentBuilder(id, "", At(element));
        foreach (var child in element.LocalName == "table" ? [element] : element.Children.ToList())
        {
            if (child.LocalName == "table" && PointRows(child).ToList() is [var (label, content)])
            {
                builder.Label = HtmlImporter.PlainText(label);
                ReadContent(content, builder, articleNumber: null);
            }
            else
            {
                ReadElementContent(child, builder, articleNumber: null);
            }
        }

        return builder.Build();
    }

    private ImportedDivision ReadDivision(IElement element)
    {
        string? label = null;
        string? title = null;
        var children = new List<ImportedNode>();
        foreach (var child in element.Children)
        {
            if (label is null && OjClasses.Has(child, "ti-section-1"))
            {
                label = HtmlImporter.PlainText(child);
            }
            else if (child.ClassList.Contains("eli-title") || OjClasses.Has(child, "ti-section-2"))
            {
                title = HtmlImporter.PlainText(child);
            }
            else
            {
                Visit(child, children);
            }
        }

        return new ImportedDivision(element.Id!, label ?? element.Id!, title, [.. children], At(element));
    }

    private ImportedProvision ReadArticle(IElement element, ProvisionId id)
    {
        var builder = new ContentBuilder(id, "", At(element));
        var number = int.TryParse(ArticleId().Match(element.Id!).Groups[1].Value, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        foreach (var child in element.Children)
        {
            if (OjClasses.Has(child, "ti-art"))
            {
                builder.Label = HtmlImporter.PlainText(child);
            }
            else if (child.ClassList.Contains("eli-title") || OjClasses.Has(child, "sti-art"))
            {
                builder.Title = HtmlImporter.PlainText(child);
            }
            else
            {
                ReadElementContent(child, builder, number);
            }
        }

        return builder.Build();
    }

    /// <summary>The children of an element as text and parts of the provision being built.</summary>
    private void ReadContent(IElement container, ContentBuilder builder, int? articleNumber)
    {
        foreach (var node in container.ChildNodes)
        {
            switch (node)
            {
                case IText text when !string.IsNullOrWhiteSpace(text.Data) && !text.Data.Any(char.IsLetterOrDigit):
                    builder.AddTrailingPunctuation(inline.Read(text, builder.Id));
                    break;
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    builder.AddText(inline.Read(text, builder.Id));
                    break;
                case IElement element:
                    ReadElementContent(element, builder, articleNumber);
                    break;
            }
        }
    }

    private void ReadElementContent(IElement element, ContentBuilder builder, int? articleNumber)
    {
        switch (element)
        {
            case { LocalName: "table" }:
                foreach (var (label, content) in PointRows(element))
                {
                    AddPoint(builder, HtmlImporter.PlainText(label), content, At(label));
                }

                break;
            case var _ when OjClasses.Has(element, "enumeration-spacing") && element.Children.Length >= 2:
                AddPoint(builder, HtmlImporter.PlainText(element.Children[0]), element, At(element), skipFirst: true);
                break;
            case var _ when OjClasses.Has(element, "note"):
                ReadNote(element);
                break;
            case var _ when articleNumber is { } number && ParagraphId().Match(element.Id ?? "") is { Success: true } paragraph
                                                          && int.Parse(paragraph.Groups[1].Value, CultureInfo.InvariantCulture) == number:
                builder.AddPart(ReadParagraph(element, builder.Id.Paragraph(int.Parse(paragraph.Groups[2].Value, CultureInfo.InvariantCulture))));
                break;
            case { LocalName: "div" or "blockquote" }:
                ReadContent(element, builder, articleNumber);
                break;
            case { LocalName: "hr" or "col" or "colgroup" }:
                break;
            default:
                builder.AddText(inline.Read(element, builder.Id));
                break;
        }
    }

    private void AddPoint(ContentBuilder parent, string label, IElement content, SourcePosition at, bool skipFirst = false)
    {
        var point = new ContentBuilder(parent.PointId(label), label, at);
        if (skipFirst)
        {
            foreach (var child in content.Children.Skip(1))
            {
                ReadElementContent(child, point, articleNumber: null);
            }
        }
        else
        {
            ReadContent(content, point, articleNumber: null);
        }

        parent.AddPart(point.Build());
    }

    /// <summary>A numbered paragraph of an article (<c>div id="051.002"</c>): its id from the markup, its label as printed.</summary>
    private ImportedProvision ReadParagraph(IElement element, ProvisionId id)
    {
        var builder = new ContentBuilder(id, "", At(element));
        ReadContent(element, builder, articleNumber: null);
        if (builder.TakeLeadingLabel() is { } label)
        {
            builder.Label = label;
            if (label.Trim('(', ')', '.') != id.Last.Label)
            {
                diagnostics.Add(ImportDiagnostics.LabelDisagrees(At(element), label, id.Value));
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// The rows of a table of points: a label cell (the first that is not empty; Annex VII's have an empty cell
    /// before it) and the cell after it holding the point's content.
    /// </summary>
    private static IEnumerable<(IElement Label, IElement Content)> PointRows(IElement table)
    {
        foreach (var row in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
        {
            var cells = row.Children.Where(c => c.LocalName == "td").ToList();
            var labelIndex = cells.FindIndex(c => HtmlImporter.PlainText(c).Length > 0);
            if (labelIndex >= 0 && labelIndex < cells.Count - 1)
            {
                yield return (cells[labelIndex], cells[^1]);
            }
        }
    }

    /// <summary>
    /// An annex: its label and title (<c>doc-ti</c>), then its contents. A <c>ti-grseq-1</c> heading printed as a word
    /// and a letter or number ("Afdeling A — …", "Section 1") opens a section of its own numbering; one printed as a
    /// number and a title ("1.   Inleiding") opens a point; one without a label is the title of the section before it.
    /// </summary>
    private ImportedProvision ReadAnnex(IEnumerable<IElement> children, ProvisionId id, SourcePosition position)
    {
        var annex = new ContentBuilder(id, "", position);
        ContentBuilder? section = null;
        ContentBuilder? point = null;
        var titles = 0;
        foreach (var child in children)
        {
            if (OjClasses.Has(child, "doc-ti") && titles < 2)
            {
                if (titles++ == 0)
                {
                    annex.Label = HtmlImporter.PlainText(child);
                }
                else
                {
                    annex.Title = HtmlImporter.PlainText(child);
                }

                continue;
            }

            if (OjClasses.Has(child, "ti-grseq-1"))
            {
                var heading = HtmlImporter.PlainText(child);
                if (NumberedHeading().Match(heading) is { Success: true } numbered)
                {
                    ClosePoint();
                    var owner = section ?? annex;
                    point = new ContentBuilder(owner.PointId(numbered.Groups["label"].Value), numbered.Groups["label"].Value, At(child))
                    {
                        Title = numbered.Groups["title"].Value,
                    };
                }
                else if (SectionHeading().Match(heading) is { Success: true } sectioned)
                {
                    CloseSection();
                    section = new ContentBuilder(id.Section(sectioned.Groups["key"].Value), sectioned.Groups["label"].Value, At(child))
                    {
                        Title = sectioned.Groups["title"].Value is { Length: > 0 } t ? t : null,
                    };
                }
                else if ((point ?? section) is { Title: null } untitled)
                {
                    untitled.Title = heading;
                }
                else
                {
                    (point ?? section ?? annex).AddText(inline.Read(child, (point ?? section ?? annex).Id));
                }

                continue;
            }

            ReadElementContent(child, point ?? section ?? annex, articleNumber: null);
        }

        CloseSection();
        return annex.Build();

        void ClosePoint()
        {
            if (point is not null)
            {
                (section ?? annex).AddPart(point.Build());
                point = null;
            }
        }

        void CloseSection()
        {
            ClosePoint();
            if (section is not null)
            {
                annex.AddPart(section.Build());
                section = null;
            }
        }
    }

    /// <summary>The closing formula; the place and date printed just before the signatories belong to the signature.</summary>
    private void ReadFinal(List<IElement> children)
    {
        var firstSignatory = children.FindIndex(c => OjClasses.Has(c, "signatory") || c.QuerySelector(".oj-signatory, .signatory") is not null);
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (firstSignatory >= 0 && i >= firstSignatory - 1)
            {
                IEnumerable<IElement> lines = child.LocalName == "p" ? [child] : child.QuerySelectorAll("p");
                AddFrame(FrameKind.Signature, lines);
            }
            else
            {
                AddFrame(FrameKind.Final, [child]);
            }
        }
    }

    /// <summary>A footnote (<c>p.oj-note</c>): its number from its anchor, its text after it.</summary>
    private void ReadNote(IElement element)
    {
        if (element.LocalName == "hr")
        {
            return;
        }

        var anchor = element.QuerySelector("a[id^='ntr']");
        if (anchor is null)
        {
            diagnostics.Add(ImportDiagnostics.TextNotPlaced(At(element), FirstWords(HtmlImporter.PlainText(element))));
            setAside.Add(new SetAsidePart(HtmlImporter.PlainText(element), "a note without its number", At(element)));
            return;
        }

        var number = (anchor.QuerySelector("span") ?? anchor).TextContent.Trim();
        var after = element.ChildNodes.SkipWhile(n => n != anchor).Skip(1);
        notes.Add((anchor.Id!, number, inline.Read(after, null), At(element)));
    }

    private void SetAside(IElement element, string reason) =>
        setAside.Add(new SetAsidePart(HtmlImporter.PlainText(element), reason, At(element)));

    private SourcePosition At(INode node) => HtmlImporter.At(path, node);

    private static string FirstWords(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^art_([0-9]+[a-z]?)$")]
    private static partial Regex ArticleId();

    [GeneratedRegex(@"^anx_[IVXLC]+[a-z]?$")]
    private static partial Regex AnnexId();

    [GeneratedRegex(@"^rct_([0-9]+)$")]
    private static partial Regex RecitalId();

    [GeneratedRegex(@"^([0-9]{3})\.([0-9]{3})$")]
    private static partial Regex ParagraphId();

    // "1.   Inleiding", "3.1. Title": a number label, then the title.
    [GeneratedRegex(@"^(?<label>[0-9]+(\.[0-9]+)*\.?)\s+(?<title>\S.*)$")]
    private static partial Regex NumberedHeading();

    // "Afdeling A — …", "Section A. …", "Section 1": a word, a letter or number, then the title if any.
    [GeneratedRegex(@"^(?<label>\p{L}+\s+(?<key>[A-Z]|[0-9]{1,2}|[IVX]+))[.:]?(\s*[—–-]\s*|\s+|$)(?<title>.*)$")]
    private static partial Regex SectionHeading();
}
