using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Reading;

/// <summary>
/// Reads one source file into provisions. One walk over the Markdown blocks serves every shape of real input:
/// vault Markdown (a "(111)" line over the recital), the scraped explorer page (title, version notes, a numbered
/// list, "[Previous version]", form boilerplate), EUR-Lex text converted to Markdown (points in table rows, escaped
/// "1\." paragraph numbers, hard-wrapped lines), the Official Journal's layout in any official language (chapters and
/// sections, "a)", "(1)" and "1." labels, annex sections, the signature and footnotes), canonical files whose front
/// matter names the provision, and the imported format of docs/corpus-format.md, whose block ids say what each block is.
/// </summary>
internal sealed partial class DocumentReader
{
    // Configured once: front matter is kept as a block, pipe tables give EUR-Lex's label | text rows, footnotes are the
    // OJ's notes, and "::: preamble" containers hold what the imported format sets aside.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UsePipeTables().UseFootnotes().UseCustomContainers().Build();

    // The containers of the imported format whose text is part of the document but not law.
    private static readonly string[] NotLaw = ["title", "preamble", "final", "signature"];

    /// <summary>
    /// How deep inlines may nest (emphasis in emphasis, links in links). Markdig's own depth limit does not count them:
    /// 49,000 '*' give emphasis nested 20,000 deep, which the reader's recursive walk of a line cannot follow.
    /// </summary>
    private const int MaxInlineDepth = 1_000;

    /// <summary>
    /// How many list items and quotes one line may open: lists nested this deep are past Markdig's depth limit anyway,
    /// but opened on one line Markdig meets the limit only after it has carried all of them through every later line
    /// (4,500 "- " on a line, then 1,000 blank lines, took 44 s).
    /// </summary>
    private const int MaxContainersOnALine = 64;

    /// <summary>
    /// How deep "::: name" containers may nest. Markdig's depth limit stops them only once the whole file is parsed, each
    /// later line carried through every open container: 6,300 opened one per line took seconds (found by a fuzz campaign).
    /// </summary>
    private const int MaxNestedFences = 64;

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
    private readonly Dictionary<(VersionScope, ProvisionId), ProvisionBuilder> byId = [];
    private readonly List<(ProvisionBuilder Point, LabelStyle Style)> points = [];
    private readonly List<Division> documentDivisions = [];
    private readonly List<(Note Note, Footnote Definition)> called = [];
    private readonly HashSet<Footnote> placedNotes = [];
    private readonly List<Note> trailingNotes = [];
    private ImmutableArray<Division> divisions = [];
    private ProvisionBuilder? section;
    private ProvisionBuilder? written;
    private (ProvisionBuilder Provision, SourcePosition At)? unlabelledLast;
    private bool expectHeading;
    private bool expectDivisionTitle;
    private bool signed;
    private string? paragraphStyle;
    private string? lastHeadingId;
    private (string Label, string Printed, SourcePosition At)? pendingPoint;
    private (string Number, SourcePosition At)? pendingNote;

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
        if (LinkSyntaxBudget.Find(file.Text) is { } overrun)
        {
            diagnostics.Add(CorpusDiagnostics.LinkSyntaxTooCostly(file.PositionOf(overrun.Offset), overrun.TooManyBrackets));
            return false;
        }

        if (ContainersOnALine(file.Text) is { } opened)
        {
            diagnostics.Add(CorpusDiagnostics.NestedTooDeep(file.PositionOf(opened), $"more than {MaxContainersOnALine} list items or quotes opened on one line"));
            return false;
        }

        if (FencesNestedTooDeep(file.Text) is { } fence)
        {
            diagnostics.Add(CorpusDiagnostics.NestedTooDeep(file.PositionOf(fence), $"\"::: \" containers nested more than {MaxNestedFences} deep"));
            return false;
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(file.Text, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses blocks or inlines nested past its depth limit (lists 64 deep, 130 quote marks)
            // by throwing, without a position: the file is not read, the rest of the corpus is.
            diagnostics.Add(CorpusDiagnostics.NestedTooDeep(file.Start, e.Message.Split('\n')[0].Trim()));
            return false;
        }

        if (TooDeep(document) is { } deep)
        {
            diagnostics.Add(CorpusDiagnostics.NestedTooDeep(file.PositionOf(deep.Span.Start), $"inlines nested more than {MaxInlineDepth} deep"));
            return false;
        }

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
                version = new VersionScope(read.Version, read.Status ?? TextStatus.Published);
                continue;
            }

            ReadBlock(block);
        }

        PlaceTrailingNotes();
        KeepNotesNeverCalled(document);
        return true;
    }

    /// <summary>The start of the first line that opens more than <see cref="MaxContainersOnALine"/> list items and quotes; null when none does.</summary>
    private static int? ContainersOnALine(string text)
    {
        for (var line = BodyStart(text); line < text.Length; line = NextLine(text, line))
        {
            var at = line;
            for (var opened = 0; ; opened++)
            {
                while (at < text.Length && text[at] is ' ' or '\t')
                {
                    at++;
                }

                if (opened == MaxContainersOnALine && at < text.Length && Marker(text, at) > 0)
                {
                    return line;
                }

                var marker = at < text.Length ? Marker(text, at) : 0;
                if (marker == 0)
                {
                    break;
                }

                at += marker;
            }
        }

        return null;
    }

    /// <summary>
    /// The start of the line that opens a "::: name" container more than <see cref="MaxNestedFences"/> deep, counting
    /// a fence with a name as opening and a bare one as closing, behind any quote marks and list markers; null when none.
    /// </summary>
    private static int? FencesNestedTooDeep(string text)
    {
        var depth = 0;
        for (var line = BodyStart(text); line < text.Length; line = NextLine(text, line))
        {
            var at = line;
            for (var step = 1; step > 0 && at < text.Length; at += step)
            {
                step = text[at] is ' ' or '\t' ? 1 : Marker(text, at);
            }

            var colons = 0;
            while (at + colons < text.Length && text[at + colons] == ':')
            {
                colons++;
            }

            if (colons < 3)
            {
                continue;
            }

            var end = text.IndexOf('\n', at) is var newline and >= 0 ? newline : text.Length;
            if (text.AsSpan(at + colons, end - at - colons).Trim().IsEmpty)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (++depth > MaxNestedFences)
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>Where the Markdown starts: after the front matter, which is YAML that its own limits measure (RD0006).</summary>
    private static int BodyStart(string text)
    {
        var closed = text.StartsWith("---", StringComparison.Ordinal) ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        return closed < 0 ? 0 : text.IndexOf('\n', closed + 1) is var next and >= 0 ? next + 1 : text.Length;
    }

    private static int NextLine(string text, int line) => text.IndexOf('\n', line) is var end and >= 0 ? end + 1 : text.Length;

    /// <summary>The length of the quote mark or list marker at <paramref name="at"/> ("&gt;", "- ", "* ", "+ ", "1. ", "1) "), or 0.</summary>
    private static int Marker(string text, int at)
    {
        if (text[at] == '>')
        {
            return 1;
        }

        var end = at;
        while (end < text.Length && end - at < 9 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var bullet = end == at ? text[at] is '-' or '*' or '+' : end < text.Length && text[end] is '.' or ')';
        var after = end == at ? at + 1 : end + 1;
        return bullet && after < text.Length && text[after] is ' ' or '\t' ? after + 1 - at : 0;
    }

    /// <summary>The first inline nested past <see cref="MaxInlineDepth"/>, found without recursion; null when there is none.</summary>
    private static Inline? TooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(Inline Inline, int Depth)>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null)
            {
                pending.Push((leaf.Inline, 0));
            }

            while (pending.TryPop(out var next))
            {
                if (next.Depth > MaxInlineDepth)
                {
                    return next.Inline;
                }

                for (var child = (next.Inline as ContainerInline)?.FirstChild; child is not null; child = child.NextSibling)
                {
                    pending.Push((child, next.Depth + 1));
                }
            }
        }

        return null;
    }

    private DocumentReading Result()
    {
        if (provisions.Count == 0 && unclassified.Count == 0)
        {
            diagnostics.Add(CorpusDiagnostics.NoProvision(file.Start));
        }

        return new DocumentReading(frontMatter, [.. provisions], [.. boilerplate], [.. unclassified], [.. documentDivisions]);
    }

    private void ReadBlock(Block block)
    {
        switch (block)
        {
            case ParagraphBlock or HeadingBlock:
                written = null;
                ReadParagraph((LeafBlock)block);
                PlaceCalledNotes("note of text that is not law");
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    written = null;
                    ReadRow(row);
                    PlaceCalledNotes("note of text that is not law");
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
            case CustomContainer { Info: { } info } notLaw when NotLaw.Contains(info.Trim()):
                SetAside(notLaw, info.Trim());
                break;
            case FootnoteGroup:
                // The notes called were placed where they were called; the others are read after the last block.
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

    /// <summary>A container of the imported format that holds text of the document that is not law.</summary>
    private void SetAside(ContainerBlock container, string reason)
    {
        foreach (var leaf in container.Descendants<LeafBlock>())
        {
            var lines = InlineText.Lines(leaf, file, CheckLink, CallNote);
            if (lines.Count > 0)
            {
                var text = InlineText.Join(lines, out _);
                boilerplate.Add(new SetAsideText(text.ToString(), reason, file.PositionOf(text.SourceOffset(0))));
            }
        }

        PlaceCalledNotes($"note of the {reason}");
    }

    private void CallNote(FootnoteLink call)
    {
        var at = file.PositionOf(call.Footnote.Span.Start);
        // Markdig keeps the caret of "[^57]" in the label; the OJ's number is what follows it.
        var number = call.Footnote.Label?.TrimStart('^') ?? call.Index.ToString(CultureInfo.InvariantCulture);
        called.Add((new Note(number, NoteText(call.Footnote), at), call.Footnote));
    }

    private string NoteText(Footnote note) =>
        string.Join(' ', note.Descendants<LeafBlock>().Select(leaf => InlineText.Join(InlineText.Lines(leaf, file, CheckLink), out _).ToString()));

    /// <summary>Footnotes called in the block just read belong to the provision its text went to.</summary>
    private void PlaceCalledNotes(string reasonIfNotLaw)
    {
        foreach (var (note, definition) in called)
        {
            var first = placedNotes.Add(definition);
            if (written is not null)
            {
                written.AddNote(note);
            }
            else if (first)
            {
                boilerplate.Add(new SetAsideText($"{note.Number} {note.Text}", reasonIfNotLaw, note.Position));
            }
        }

        called.Clear();
    }

    private void Write(ProvisionBuilder provision, MappedText text, IEnumerable<TermLink> links)
    {
        provision.Add(text, links);
        written = provision;
        unlabelledLast = null;
    }

    private void ReadParagraph(LeafBlock block)
    {
        var lines = InlineText.Lines(block, file, CheckLink, CallNote).Where(l => !IsBoilerplate(l)).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var text = InlineText.Join(lines, out var links);
        if (ImportedId(text) is var (id, start))
        {
            text.Truncate(start);
            ReadImported(block is HeadingBlock, text, links, id);
            return;
        }

        lastHeadingId = null;
        ReadText(text, links);
    }

    private void ReadText(MappedText text, List<TermLink> links)
    {
        var plain = text.ToString();
        var at = file.PositionOf(text.SourceOffset(0));
        if (PageMarkers.IsPreviousVersion(plain))
        {
            // The same provision again, as it read before: a new version whose date the next note gives.
            version = new VersionScope(null, frontMatter.Status ?? TextStatus.Published);
            if (container is not null)
            {
                container = Open(container.Id, container.Kind, container.Label, at, container.Heading);
                expectHeading = false;
            }

            paragraph = null;
            points.Clear();
            boilerplate.Add(new SetAsideText(plain, "version marker", at));
            return;
        }

        if (PageMarkers.VersionNote(plain) is { } date)
        {
            version.Date ??= date;

            // A page that dates its versions by the Parliament's texts (the scraped explorer page, May 2024) quotes a
            // position of the Parliament: a draft, not law, unless the file states otherwise.
            if (frontMatter.Status is null && PageMarkers.IsParliamentVersion(plain))
            {
                version.Status = TextStatus.Draft;
            }

            boilerplate.Add(new SetAsideText(plain, "version note", at));
            return;
        }

        if (PageMarkers.EliLine(plain) is not null)
        {
            boilerplate.Add(new SetAsideText(plain, "ELI of the act", at));
            return;
        }

        if (ReadSignatureOrNote(text, plain, at))
        {
            return;
        }

        if (StructuralHeading.TryParseDivision(plain, frontMatter.Language, out var divisionLevel, out var divisionLabel, out var title))
        {
            OpenDivisionOrSection(divisionLevel, divisionLabel, plain, title, at);
            return;
        }

        if (StructuralHeading.TryParse(plain, frontMatter.Language, out var level, out var number))
        {
            if (level == ProvisionLevel.Annex)
            {
                // Annexes stand after the enacting terms, outside every chapter.
                divisions = [];
            }

            container = level == ProvisionLevel.Article
                ? Open(ProvisionId.Article(number), ProvisionKind.Article, plain, at)
                : Open(ProvisionId.Annex(number), ProvisionKind.Annex, plain, at);
            paragraph = null;
            section = null;
            points.Clear();
            paragraphStyle = null;
            expectHeading = true;
            expectDivisionTitle = false;
            return;
        }

        if (expectDivisionTitle)
        {
            expectDivisionTitle = false;
            if (!EndsLikeText(plain) && divisions.Length > 0)
            {
                TitleDivision(plain);
                return;
            }
        }

        if (container is { Kind: ProvisionKind.Article or ProvisionKind.Annex } && LabelledBlock().Match(plain) is { Success: true } point)
        {
            // A point written as a paragraph, "(63) ‘term’ means …", "a) het beschikt …", "(1) Die Kommission …",
            // "1. De naam …"; a label alone on its line opens the block after it.
            expectHeading = false;
            var label = point.Groups["label"].Value;
            var printed = point.Groups["printed"].Value;
            if (!point.Groups["text"].Success)
            {
                pendingPoint = (label, printed, at);
                return;
            }

            pendingPoint = null;
            AddLabelled(label, printed, text.From(point.Groups["text"].Index), links, at);
            return;
        }

        if (pendingPoint is var (pendingLabel, pendingPrinted, labelAt))
        {
            pendingPoint = null;
            AddLabelled(pendingLabel, pendingPrinted, text, links, labelAt);
            return;
        }

        if (RecitalNumber().Match(plain) is { Success: true } recital)
        {
            container = Open(ProvisionId.Recital(Number(recital.Groups[1].Value)), ProvisionKind.Recital, plain, at);
            paragraph = null;
            expectHeading = false;
            return;
        }

        if (expectHeading && (section ?? container) is { HasText: false, Heading: null } headed && !EndsLikeText(plain))
        {
            headed.Heading = plain;
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

        if (points.Count > 0 && points[^1].Point is { Kind: ProvisionKind.AnnexPoint, Heading: not null } titled)
        {
            // The text under an annex's titled point ("1. Inleiding").
            Write(titled, text, links);
            return;
        }

        // Words after a list of points belong to the paragraph (or article) the list is in, not to its last point; the
        // list stays open, so that a point after them ("b)" after "a)" and a subparagraph of its own) is still its next.
        Write(paragraph ?? section ?? container, text, links);
        unlabelledLast = (paragraph ?? section ?? container, at);
    }

    /// <summary>
    /// A block with a label of its own: an article's paragraph ("1.", "(1)"), a point ("a)", "(a)", "63)", "(63)",
    /// "i)") or a numbered point of an annex ("1.", "3.1.").
    /// </summary>
    private void AddLabelled(string label, string printed, MappedText text, List<TermLink> links, SourcePosition at)
    {
        if (container!.Kind == ProvisionKind.Article && OpensParagraph(label, printed, text.ToString()))
        {
            points.Clear();
            paragraph = OpenPart(container, new IdSegment(ProvisionLevel.Paragraph, label), ProvisionKind.Paragraph, printed, at);
            Write(paragraph, text, links);
            return;
        }

        AddPoint(label, printed, text, links, at);
    }

    /// <summary>
    /// Whether a numbered block of an article is a paragraph. Languages number paragraphs "1." (English, Dutch) or
    /// "(1)" (German) and points the other way, so the first numbered block of an article decides, by its place: it is
    /// a point when the words before it announce a list (": ") or when it defines a term; otherwise it is a paragraph,
    /// and so are the numbers printed the same way after it.
    /// </summary>
    private bool OpensParagraph(string label, string printed, string text)
    {
        if (!label.All(char.IsAsciiDigit) || printed.EndsWith(')') && !printed.StartsWith('('))
        {
            return false;
        }

        var style = printed.StartsWith('(') ? "(1)" : "1.";
        if (paragraphStyle is not null)
        {
            return style == paragraphStyle;
        }

        if ((paragraph ?? container!).AnnouncesList || points.Count > 0 || DefinedTermSyntax.IsDefinition(text))
        {
            return false;
        }

        paragraphStyle = style;
        return true;
    }

    private void OpenDivisionOrSection(DivisionLevel level, string label, string plain, string? title, SourcePosition at)
    {
        points.Clear();
        paragraph = null;
        pendingPoint = null;
        expectHeading = false;
        var printed = title is null ? plain : LabelBefore(plain, title);
        if (level == DivisionLevel.Section && container is { Kind: ProvisionKind.Annex } annex)
        {
            // An annex section restarts the numbering of its points (Annex VIII, Afdeling A–C): a level of its own.
            section = OpenPart(annex, new IdSegment(ProvisionLevel.Section, label), ProvisionKind.AnnexSection, printed, at);
            section.Heading = title;
            expectHeading = title is null;
            return;
        }

        container = null;
        section = null;
        var outer = divisions.Where(d => d.Level < level).ToImmutableArray();
        var id = string.Join('.', outer.Select(d => d.Id).TakeLast(1).Append($"{DivisionPrefix(level)}_{label}"));
        OpenDivision(new Division(id, level, printed, title), outer);
        expectDivisionTitle = title is null;
    }

    private void TitleDivision(string title)
    {
        var titled = divisions[^1] with { Title = title };
        documentDivisions[documentDivisions.LastIndexOf(divisions[^1])] = titled;
        divisions = divisions.SetItem(divisions.Length - 1, titled);
    }

    /// <summary>The label of a heading that carries its title on the same line: "Afdeling A" of "Afdeling A — …".</summary>
    private static string LabelBefore(string heading, string title) =>
        heading[..heading.LastIndexOf(title, StringComparison.Ordinal)].TrimEnd(' ', '—', '–', '-', ':');

    private void OpenDivision(Division division, ImmutableArray<Division> outer)
    {
        divisions = outer.Add(division);
        documentDivisions.Add(division);
    }

    private static string DivisionPrefix(DivisionLevel level) => level switch
    {
        DivisionLevel.Part => "prt",
        DivisionLevel.Title => "tis",
        DivisionLevel.Chapter => "cpt",
        _ => "sct",
    };

    /// <summary>
    /// The end of the enacting terms: the signature ("Gedaan te Brussel, 13 juni 2024.", the signatories), then the
    /// OJ's footnotes ("(1) PB C 517 …"), which are notes of the provisions that call them, never points.
    /// </summary>
    private bool ReadSignatureOrNote(MappedText text, string plain, SourcePosition at)
    {
        if (!signed && container is { Kind: ProvisionKind.Article } && IsSignature(plain))
        {
            if (unlabelledLast is var (last, lastAt))
            {
                // The words right before the signature, on their own, are the closing formula ("Deze verordening is
                // verbindend in al haar onderdelen …"), not text of the last article.
                boilerplate.Add(new SetAsideText(last.TakeLastBlock(), "final", lastAt));
            }

            signed = true;
            container = null;
            paragraph = null;
            points.Clear();
            boilerplate.Add(new SetAsideText(plain, "signature", at));
            diagnostics.Add(CorpusDiagnostics.SignatureSetAside(at, plain));
            return true;
        }

        if (!signed || container is not null)
        {
            return false;
        }

        if (StructuralHeading.TryParse(plain, frontMatter.Language, out _, out _)
            || StructuralHeading.TryParseDivision(plain, frontMatter.Language, out _, out _, out _))
        {
            signed = false;
            return false;
        }

        if (NoteLine().Match(plain) is { Success: true } note)
        {
            pendingNote = note.Groups["text"].Success ? null : (note.Groups["n"].Value, at);
            if (note.Groups["text"].Success)
            {
                trailingNotes.Add(new Note(note.Groups["n"].Value, text.From(note.Groups["text"].Index).ToString(), at));
            }

            return true;
        }

        if (pendingNote is var (number, noteAt))
        {
            pendingNote = null;
            trailingNotes.Add(new Note(number, plain, noteAt));
            return true;
        }

        boilerplate.Add(new SetAsideText(plain, "signature", at));
        return true;
    }

    private bool IsSignature(string line)
    {
        var openers = frontMatter.Language is { } language ? language.SignedAt : OfficialLanguages.All.SelectMany(l => l.SignedAt);
        return Year().IsMatch(line) && line.Split(' ').Length <= 16
            && openers.Any(opener => line.StartsWith(opener, StringComparison.Ordinal));
    }

    /// <summary>
    /// A footnote defined but never called is no note of anything (Markdig leaves it out of the document's notes), so
    /// that nobody loses it silently it is kept as unclassified.
    /// </summary>
    private void KeepNotesNeverCalled(MarkdownDocument document)
    {
        foreach (var note in document.Descendants<FootnoteLinkReferenceDefinition>().Select(d => d.Footnote).Distinct().Where(n => !placedNotes.Contains(n)))
        {
            KeepUnclassified($"{note.Label?.TrimStart('^')} {NoteText(note)}", note.Span.Start);
        }
    }

    /// <summary>The OJ's footnotes after the signature go to the provision whose text calls them.</summary>
    private void PlaceTrailingNotes()
    {
        var language = frontMatter.Language;
        var referenceWords = language is null ? [] : language.Words.Point.Concat(language.Words.Paragraph).Concat(language.Words.Article).ToList();
        foreach (var note in trailingNotes)
        {
            // The first call in the document: the preamble, read as unclassified text, calls notes before any provision.
            var caller = provisions.FirstOrDefault(p => p.Calls(note.Number, referenceWords));
            var before = caller is null ? unclassified : unclassified.Where(u => Before(u.Position, caller.Position));
            if (caller is not null && !before.Any(u => NoteCalls.Calls(u.Text, note.Number, referenceWords)))
            {
                caller.AddNote(note);
                continue;
            }

            boilerplate.Add(new SetAsideText($"({note.Number}) {note.Text}", "note of text that is not law", note.Position));
            diagnostics.Add(CorpusDiagnostics.NoteNotCalled(note.Position, note.Number));
        }
    }

    private static bool Before(SourcePosition first, SourcePosition second) =>
        first.Line < second.Line || (first.Line == second.Line && first.Column < second.Column);

    private void ReadRow(TableRow row)
    {
        var cells = row.OfType<TableCell>().Select(CellText).ToList();
        if (cells.All(c => c.Lines.Count == 0 || DelimiterRow().IsMatch(c.Plain)))
        {
            return;
        }

        var labelCell = cells[0];
        var label = RowLabel().Match(labelCell.Plain);
        if (cells.Count < 2 || !label.Success)
        {
            foreach (var cell in cells.Where(c => c.Lines.Count > 0))
            {
                ReadText(cell.Text, cell.Links);
            }

            return;
        }

        var (text, links) = JoinCells(cells.Skip(1));
        var at = file.PositionOf(row.Span.Start);
        var name = label.Groups["label"].Value;
        if (signed && container is null && name.All(char.IsAsciiDigit))
        {
            trailingNotes.Add(new Note(name, text.ToString(), at));
            return;
        }

        if (container is null && int.TryParse(name, out var recital))
        {
            // EUR-Lex prints a recital as a row: its number, then its text.
            var rct = Open(ProvisionId.Recital(recital), ProvisionKind.Recital, labelCell.Plain, at);
            Write(rct, text, links);
            return;
        }

        var parent = paragraph ?? container ?? FromFrontMatter(at);
        if (parent is null)
        {
            KeepUnclassified(labelCell.Plain + " " + text, row.Span.Start);
            return;
        }

        container ??= parent;
        // A row is a point in every language: EUR-Lex sets paragraphs as text and points as label | text rows.
        AddPoint(name, labelCell.Plain, text, links, at);
    }

    /// <summary>The text of a row's cells, one after the other, delimiter rows left out.</summary>
    private static (MappedText Text, List<TermLink> Links) JoinCells(IEnumerable<(List<InlineLine> Lines, MappedText Text, List<TermLink> Links, string Plain)> cells)
    {
        var text = new MappedText();
        var links = new List<TermLink>();
        foreach (var cell in cells.Where(c => c.Lines.Count > 0 && !DelimiterRow().IsMatch(c.Plain)))
        {
            if (text.Length > 0)
            {
                text.Append(" ", text.SourceOffset(text.Length - 1) + 1);
            }

            text.Append(cell.Text);
            links.AddRange(cell.Links);
        }

        return (text, links);
    }

    private void AddPoint(string label, string printedLabel, MappedText text, List<TermLink> links, SourcePosition at)
    {
        var style = StyleOf(label);
        var same = points.FindLastIndex(p => p.Style == style);
        if (same >= 0)
        {
            points.RemoveRange(same, points.Count - same);
        }

        var parent = points.Count > 0 ? points[^1].Point : (paragraph ?? section ?? container)!;
        if (parent == section && PlaceAfter(label, null) != label.Split('.')[0] && !provisions.Any(p => p.Id.Parent == section.Id))
        {
            // A section whose points go on with the annex's numbering (Annex I, Afdeling B opens with "13.") is no level
            // of the ids, nor are the sections before it: only sections that restart their points are (Annex VIII, A–C).
            parent = container!;
            foreach (var earlier in provisions.Where(p => p.Version == version && p.Id.Parent == container!.Id && p.Kind == ProvisionKind.AnnexSection).ToList())
            {
                foreach (var part in provisions.Where(p => p.Version == version && p.Id.Parent == earlier.Id).ToList())
                {
                    Move(part, container!.Id.Child(part.Id.Last));
                }
            }
        }

        // A definition as DefinedTermSyntax reads its term in every language: the Dutch Article 3, point 67 leaves it
        // unquoted; a point quoted whole (Article 110's inserted one) defines nothing.
        var inAnnex = container!.Kind == ProvisionKind.Annex;
        var kind = inAnnex ? ProvisionKind.AnnexPoint
            : DefinedTermSyntax.IsDefinition(text.ToString()) ? ProvisionKind.Definition
            : ProvisionKind.Point;

        // An annex numbers points within points "3.1.": point 1 of point 3.
        var labels = label.Split('.');
        foreach (var outer in labels[..^1])
        {
            parent = byId.GetValueOrDefault((version, parent.Id.Point(outer))) ?? parent;
        }

        var point = OpenPart(parent, new IdSegment(ProvisionLevel.Point, labels[^1]), kind, printedLabel, at);
        if (inAnnex && IsTitle(text.ToString()))
        {
            // An annex's part labelled by a number and a title ("1. Inleiding") is a point whose text follows.
            point.Heading = text.ToString();
        }
        else if (text.Length > 0)
        {
            Write(point, text, links);
        }

        points.Add((point, style));
    }

    /// <summary>
    /// What sequence a label belongs to, so that a nested list ("i)" under "c)") is told from the next item: "i" is the
    /// letter after "h" unless "h)" announces a list of its own (Article 5(1), point (h), "… de volgende doelstellingen:").
    /// </summary>
    private LabelStyle StyleOf(string label)
    {
        if (label.Length > 0 && char.IsAsciiDigit(label[0]))
        {
            return LabelStyle.Number;
        }

        var previousLetter = label.Length == 1
            ? points.LastOrDefault(p => p.Style == LabelStyle.Letter && p.Point.Id.Last.Label == ((char)(label[0] - 1)).ToString()).Point
            : null;
        return RomanLabel().IsMatch(label) && (previousLetter is null || previousLetter.AnnouncesList) ? LabelStyle.Roman : LabelStyle.Letter;
    }

    private void ReadListItem(ListItemBlock item, char delimiter, ProvisionBuilder? nestedIn = null)
    {
        written = null;
        var at = file.PositionOf(item.Span.Start);
        var label = $"{item.Order}{delimiter}";
        if (item is [ParagraphBlock only] && NumberedHeading(only, label) is { } heading)
        {
            // Languages that print the number first ("51. cikk", "V. FEJEZET") read as a list item in Markdown.
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
        if (item.Count == 0)
        {
            // "1." alone on its line, its text in the block after it, as EUR-Lex's label | text layout converts.
            pendingPoint = (item.Order.ToString(CultureInfo.InvariantCulture), label, at);
            return;
        }

        var number = item.Order.ToString(CultureInfo.InvariantCulture);
        var firstText = item.OfType<ParagraphBlock>().Select(p => InlineText.Lines(p, file, _ => { })).FirstOrDefault(l => l.Count > 0);
        var firstPlain = firstText is null ? "" : InlineText.Join(firstText, out _).ToString();
        ProvisionBuilder part;
        if (nestedIn is not null)
        {
            // A list inside a list item: Markdown's nesting says whose points these are.
            var kind = owner.Kind == ProvisionKind.Annex ? ProvisionKind.AnnexPoint : ProvisionKind.Point;
            part = OpenPart(nestedIn, new IdSegment(ProvisionLevel.Point, number), kind, label, at);
        }
        else if (owner.Kind == ProvisionKind.Article && OpensParagraph(number, label, firstPlain))
        {
            points.Clear();
            part = paragraph = OpenPart(owner, new IdSegment(ProvisionLevel.Paragraph, number), ProvisionKind.Paragraph, label, at);
        }
        else
        {
            AddPoint(number, label, new MappedText(), [], at);
            part = points[^1].Point;
        }

        foreach (var child in item)
        {
            if (child is LeafBlock leaf and (ParagraphBlock or HeadingBlock))
            {
                var lines = InlineText.Lines(leaf, file, CheckLink, CallNote).Where(l => !IsBoilerplate(l)).ToList();
                if (lines.Count > 0)
                {
                    Write(part, InlineText.Join(lines, out var links), links);
                }

                PlaceCalledNotes("note of text that is not law");
            }
            else if (child is ListBlock { IsOrdered: true } nested)
            {
                foreach (var nestedItem in nested.OfType<ListItemBlock>())
                {
                    ReadListItem(nestedItem, nested.OrderedDelimiter, part);
                }
            }
            else if (child is Table table)
            {
                // "63) | text" unescaped: Markdown reads a list item "63)" holding the rest of the row as a table.
                foreach (var (text, links) in table.OfType<TableRow>().Select(r => JoinCells(r.OfType<TableCell>().Select(CellText))).Where(r => r.Text.Length > 0))
                {
                    Write(part, text, links);
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
        if (lines is not [var line]
            || !(StructuralHeading.TryParse($"{label} {line.Plain}", frontMatter.Language, out _, out _)
                || StructuralHeading.TryParseDivision($"{label} {line.Plain}", frontMatter.Language, out _, out _, out _)))
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
        var builder = new ProvisionBuilder(id, kind, label, version, at) { Heading = heading, Divisions = divisions };
        provisions.Add(builder);
        byId[(version, id)] = builder;
        return builder;
    }

    /// <summary>
    /// Opens a paragraph, point or annex section of <paramref name="parent"/>. A label printed twice at the same level
    /// (the Dutch OJ's Article 73 numbers its paragraph 10 "11.") keeps both texts: where the first stands at a place
    /// its label does not name, it takes the id of its place, as the importer gives it from the markup; otherwise the
    /// second takes the id of its own place, or, where that is taken too, joins the first as a further subparagraph.
    /// </summary>
    private ProvisionBuilder OpenPart(ProvisionBuilder parent, IdSegment segment, ProvisionKind kind, string printed, SourcePosition at)
    {
        var id = parent.Id.Child(segment);
        if (!byId.TryGetValue((version, id), out var first))
        {
            return Inherit(Open(id, kind, printed, at), parent);
        }

        var siblings = provisions.Where(p => p.Version == version && p.Id.Parent == parent.Id && p.Id.Last.Level == segment.Level).ToList();
        var index = siblings.IndexOf(first);
        var firstPlace = PlaceAfter(segment.Label, index > 0 ? siblings[index - 1].Id.Last.Label : null);
        var ownPlace = PlaceAfter(segment.Label, siblings[^1].Id.Last.Label);
        if (firstPlace is not null && firstPlace != segment.Label && Free(parent.Id.Child(segment with { Label = firstPlace })))
        {
            var moved = parent.Id.Child(segment with { Label = firstPlace });
            Move(first, moved);
            diagnostics.Add(CorpusDiagnostics.RepeatedLabel(at, printed, parent.Id.Value, $"the first stands where {firstPlace} belongs and is read as {moved}, this one as {id}"));
            return Inherit(Open(id, kind, printed, at), parent);
        }

        if (ownPlace is not null && Free(parent.Id.Child(segment with { Label = ownPlace })))
        {
            var placed = parent.Id.Child(segment with { Label = ownPlace });
            diagnostics.Add(CorpusDiagnostics.RepeatedLabel(at, printed, parent.Id.Value, $"the first is {id}, this one stands where {ownPlace} belongs and is read as {placed}"));
            return Inherit(Open(placed, kind, printed, at), parent);
        }

        diagnostics.Add(CorpusDiagnostics.RepeatedLabel(at, printed, parent.Id.Value, $"this one is read as a further subparagraph of {id}"));
        return first;
    }

    private static ProvisionBuilder Inherit(ProvisionBuilder part, ProvisionBuilder parent)
    {
        part.Divisions = parent.Divisions;
        return part;
    }

    private bool Free(ProvisionId id) => !byId.ContainsKey((version, id));

    /// <summary>
    /// The label the place after <paramref name="previous"/> has in a sequence labelled like <paramref name="label"/>
    /// (the first place when there is none before): "10" after "9", "c" after "b".
    /// </summary>
    private static string? PlaceAfter(string label, string? previous) =>
        label.All(char.IsAsciiDigit)
            ? previous is null ? "1" : int.TryParse(previous, out var number) ? (number + 1).ToString(CultureInfo.InvariantCulture) : null
        : label.Length == 1 && char.IsAsciiLetterLower(label[0])
            ? previous is null ? "a" : previous is [var letter and >= 'a' and < 'z'] ? ((char)(letter + 1)).ToString() : null
        : null;

    /// <summary>Gives a provision, and every part of it read so far, the id of another place.</summary>
    private void Move(ProvisionBuilder moved, ProvisionId to)
    {
        var from = moved.Id;
        foreach (var part in provisions.Where(p => p.Version == version && p.Id.IsWithin(from)).ToList())
        {
            byId.Remove((version, part.Id));
            part.Id = ProvisionId.Parse(to.Value + part.Id.Value[from.Value.Length..]);
            byId[(version, part.Id)] = part;
        }
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
        var lines = cell.OfType<LeafBlock>().SelectMany(leaf => InlineText.Lines(leaf, file, CheckLink, CallNote)).ToList();
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

    private static bool IsTitle(string text) => text.Length is > 0 and <= 120 && !EndsLikeText(text) && char.IsUpper(text[0]);

    private static bool EndsLikeText(string text) => text.TrimEnd() is [.., '.' or ':' or ';' or '!' or '?'];

    // At most nine digits, so that the number fits an int: "(99999999999)" is no recital's number but text.
    [GeneratedRegex(@"^\(([0-9]{1,9})\)$")]
    private static partial Regex RecitalNumber();

    // A label the OJ prints before a paragraph or point: "(1)", "(a)", "(aa)", "(iv)", "a)", "63)", "1.", "3.1.".
    [GeneratedRegex(@"^(?<printed>\((?<label>[0-9]+[a-z]?|[a-z]{1,4})\)|(?<label>[0-9]+[a-z]?|[a-z]{1,4})\)|(?<label>[0-9]+(?:\.[0-9]+)*)\.)(?:\s+(?<text>\S.*))?$", RegexOptions.Singleline)]
    private static partial Regex LabelledBlock();

    [GeneratedRegex(@"^(?:\((?<label>[0-9]+[a-z]?|[a-z]{1,4})\)|(?<label>[0-9]+[a-z]?|[a-z]{1,4})\)|(?<label>[0-9]+(?:\.[0-9]+)*)\.)$")]
    private static partial Regex RowLabel();

    [GeneratedRegex(@"^[ivx]+$")]
    private static partial Regex RomanLabel();

    // "(1) PB C 517 …"; EUR-Lex sets the number as a superscript, which a conversion may keep: "(<sup>1</sup>)", "(^1)".
    [GeneratedRegex(@"^\(\^?(?<n>[0-9]{1,3})\)(?:\s+(?<text>\S.*))?$", RegexOptions.Singleline)]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^[\s:|-]*-{3,}[\s:|-]*$")]
    private static partial Regex DelimiterRow();

    // A scheme of two letters or more, so that a Windows drive ("C:") is read as a path.
    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]+:")]
    private static partial Regex UriScheme();
}

/// <summary>
/// What one source file gave: its front matter, its provisions (not yet frozen), what is not law, and its divisions.
/// </summary>
internal sealed record DocumentReading(
    FrontMatter FrontMatter,
    ImmutableArray<ProvisionBuilder> Provisions,
    ImmutableArray<SetAsideText> Boilerplate,
    ImmutableArray<SetAsideText> Unclassified,
    ImmutableArray<Division> Divisions);

/// <summary>The sequences point labels run in; a label of another sequence than the open point's nests under it.</summary>
internal enum LabelStyle
{
    Number,
    Letter,
    Roman,
}
