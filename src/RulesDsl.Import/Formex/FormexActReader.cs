using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Formex;

/// <summary>
/// Reads the structure of a Formex act and its annexes into provisions with the ids of docs/corpus-format.md: the ids
/// come from the markup (ARTICLE and PARAG identifiers, the nesting of LIST, ITEM, NP and GR.SEQ), so that every
/// language gets the same ids and they match those of the OJ HTML.
/// </summary>
internal sealed partial class FormexActReader(List<Diagnostic> diagnostics)
{
    /// <summary>Elements that hold paragraphs or structure; everything else is inline text.</summary>
    private static readonly FrozenSet<string> Blocks = new[]
    {
        "P", "ALINEA", "TXT", "LIST", "ITEM", "NP", "NO.P", "NO.PARAG", "QUOT.S", "GR.SEQ", "PARAG", "ARTICLE", "TITLE",
        "TI", "STI", "TI.ART", "STI.ART", "VISA", "GR.VISA", "DIVISION", "CONTENTS", "SIGNATORY", "PL.DATE", "SIGNATURE",
        "PREAMBLE.INIT", "PREAMBLE.FINAL", "GR.CONSID.INIT", "CONSID",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly ImmutableArray<FramePart>.Builder frame = ImmutableArray.CreateBuilder<FramePart>();
    private readonly ImmutableArray<ImportedNote>.Builder notes = ImmutableArray.CreateBuilder<ImportedNote>();
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private string file = "";
    private int numberedNotes;

    /// <summary>Whether the GR.SEQ headings of the annex being read are sections of their own (their points restart).</summary>
    private bool sectionsAreLevels;

    public ImmutableArray<FramePart> Frame => frame.ToImmutable();

    public ImmutableArray<ImportedNote> Notes => notes.ToImmutable();

    public ImmutableArray<ImportedNode> ReadAct(FormexDocument main, IReadOnlyList<FormexDocument> annexes)
    {
        file = main.Path;
        var root = main.Root;
        var body = ImmutableArray.CreateBuilder<ImportedNode>();
        if (root.Element("TITLE") is { } title)
        {
            AddFrame(FrameKind.Title, title, [title]);
        }

        if (root.Element("PREAMBLE") is { } preamble)
        {
            ReadPreamble(preamble, body);
        }

        var chapter = 0;
        foreach (var part in root.Element("ENACTING.TERMS")?.Elements() ?? [])
        {
            if (Structure(part, null, part.Name == "DIVISION" ? ++chapter : 0) is { } node)
            {
                body.Add(node);
            }
        }

        if (root.Element("FINAL") is { } final)
        {
            AddFrame(FrameKind.Final, final, final.Elements().Where(e => e.Name != "SIGNATURE"));
            foreach (var signature in final.Elements("SIGNATURE"))
            {
                AddFrame(FrameKind.Signature, signature, [signature]);
            }
        }

        var position = 0;
        foreach (var annex in annexes)
        {
            file = annex.Path;
            if (Annex(annex.Root, ++position) is { } provision)
            {
                body.Add(provision);
            }
        }

        return body.ToImmutable();
    }

    /// <summary>An element's text as one line, without its footnotes, in the case it is written in.</summary>
    public static string PlainText(XElement element)
    {
        var text = new StringBuilder();
        AppendPlain(element, text);
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static void AppendPlain(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText run:
                    text.Append(run.Value);
                    break;
                case XElement { Name.LocalName: "NOTE" }:
                    break;
                case XElement { Name.LocalName: "QUOT.START" or "QUOT.END" } mark:
                    text.Append(QuoteMark(mark));
                    break;
                case XElement { Name.LocalName: "FT" } number:
                    text.Append(FormattedNumber(number));
                    break;
                case XElement child when IsBlock(child):
                    text.Append(' ');
                    AppendPlain(child, text);
                    text.Append(' ');
                    break;
                case XElement child:
                    AppendPlain(child, text);
                    break;
            }
        }
    }

    private void AddFrame(FrameKind kind, XElement at, IEnumerable<XElement> content)
    {
        var draft = new Draft(null, "", null, Position(at));
        Flow(content, draft, quoted: false);
        draft.EndParagraph();
        if (draft.Text.Count > 0)
        {
            frame.Add(new FramePart(kind, [.. draft.Text.Select(p => p.Text)], Position(at)));
        }
    }

    /// <summary>The citations and "Whereas:" before the recitals, the recitals, then the enacting formula.</summary>
    private void ReadPreamble(XElement preamble, ImmutableArray<ImportedNode>.Builder body)
    {
        var opening = new List<XElement>();
        var recitals = new List<XElement>();
        foreach (var part in preamble.Elements())
        {
            if (part.Name == "GR.CONSID")
            {
                opening.AddRange(part.Elements().Where(e => e.Name != "CONSID"));
                recitals.AddRange(part.Elements("CONSID"));
            }
            else if (part.Name != "PREAMBLE.FINAL")
            {
                opening.Add(part);
            }
        }

        AddFrame(FrameKind.Preamble, preamble, opening);
        var position = 0;
        foreach (var recital in recitals)
        {
            position++;
            var np = recital.Element("NP");
            var label = np?.Element("NO.P") is { } no ? PlainText(no) : "";
            var id = ProvisionId.Recital(LeadingNumber(label) ?? position);
            if (!ids.Add(id.Value))
            {
                Duplicate(recital, id);
                continue;
            }

            var draft = new Draft(id, label, null, Position(recital));
            Flow((np ?? recital).Nodes().Where(n => n is not XElement { Name.LocalName: "NO.P" }), draft, quoted: false);
            body.Add(draft.Build());
        }

        if (preamble.Element("PREAMBLE.FINAL") is { } enacting)
        {
            AddFrame(FrameKind.Preamble, enacting, [enacting]);
        }
    }

    private ImportedNode? Structure(XElement element, string? division, int position) => element.Name.LocalName switch
    {
        "DIVISION" => Division(element, division, position),
        "ARTICLE" => Article(element),
        _ => null,
    };

    /// <summary>A chapter ("cpt_V") or, within one, a section ("cpt_V.sct_1"), numbered as its heading prints it.</summary>
    private ImportedDivision Division(XElement division, string? parent, int position)
    {
        var heading = division.Element("TITLE");
        var label = heading?.Element("TI") is { } ti ? PlainText(ti) : "";
        var title = heading?.Element("STI") is { } sti ? PlainText(sti) : null;
        var number = LastWord(label) is { Length: > 0 } word ? word : position.ToString(CultureInfo.InvariantCulture);
        var id = parent is null ? $"cpt_{number}" : $"{parent}.sct_{number}";
        var children = ImmutableArray.CreateBuilder<ImportedNode>();
        var section = 0;
        foreach (var part in division.Elements().Where(e => e.Name != "TITLE"))
        {
            if (Structure(part, id, part.Name == "DIVISION" ? ++section : 0) is { } node)
            {
                children.Add(node);
            }
        }

        return new ImportedDivision(id, label, title, children.ToImmutable(), Position(division));
    }

    private ImportedProvision? Article(XElement article)
    {
        var label = article.Element("TI.ART") is { } ti ? PlainText(ti) : "";
        var printed = LastWord(label);
        var number = article.Attribute("IDENTIFIER")?.Value.TrimStart('0') is { Length: > 0 } identifier ? identifier : printed;
        if (!ProvisionId.TryParse($"art_{number?.ToLowerInvariant()}", out var id))
        {
            diagnostics.Add(FormexDiagnostics.ArticleWithoutId(Position(article), label));
            return null;
        }

        if (printed is not null && !printed.Equals(number, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(ImportDiagnostics.LabelDisagrees(Position(article), label, id.Value));
        }

        if (!ids.Add(id.Value))
        {
            return Duplicate(article, id);
        }

        var title = article.Element("STI.ART") is { } sti ? PlainText(sti) : null;
        var draft = new Draft(id, label, title, Position(article));
        foreach (var part in article.Elements().Where(e => e.Name != "TI.ART" && e.Name != "STI.ART"))
        {
            if (part.Name == "PARAG")
            {
                Paragraph(part, draft);
            }
            else
            {
                Flow([part], draft, quoted: false);
            }
        }

        return draft.Build();
    }

    /// <summary>
    /// A numbered paragraph; its IDENTIFIER ("051.002") gives its place, as the OJ HTML's id does. A paragraph without
    /// a number is a subparagraph of the article.
    /// </summary>
    private void Paragraph(XElement paragraph, Draft article)
    {
        var label = paragraph.Element("NO.PARAG") is { } no ? PlainText(no) : "";
        var printed = LeadingNumber(label);
        var identifier = paragraph.Attribute("IDENTIFIER")?.Value;
        int? placed = identifier is not null && int.TryParse(identifier[(identifier.LastIndexOf('.') + 1)..], CultureInfo.InvariantCulture, out var n) ? n : null;
        var content = paragraph.Nodes().Where(node => node is not XElement { Name.LocalName: "NO.PARAG" });
        if ((placed ?? printed) is not { } number)
        {
            Flow(content, article, quoted: false);
            return;
        }

        var id = article.Id!.Paragraph(number);
        if (placed is not null && printed is not null && placed != printed)
        {
            diagnostics.Add(ImportDiagnostics.LabelDisagrees(Position(paragraph), label, id.Value));
        }

        var draft = new Draft(id, label, null, Position(paragraph));
        Flow(content, draft, quoted: false);
        AddPart(article, draft, paragraph);
    }

    private ImportedProvision? Annex(XElement annex, int position)
    {
        var heading = annex.Element("TITLE");
        var lines = heading?.Element("TI")?.Elements("P").Select(PlainText).ToList() ?? [];
        var label = lines.FirstOrDefault() ?? "";
        var title = heading?.Element("STI") is { } sti ? PlainText(sti) : lines.Count > 1 ? string.Join(" ", lines.Skip(1)) : null;
        if (!ProvisionId.TryParse($"anx_{LastWord(label)?.ToUpperInvariant()}", out var id))
        {
            id = ProvisionId.Annex(RomanNumeral.Of(position));
            diagnostics.Add(ImportDiagnostics.LabelDisagrees(Position(annex), label, id.Value));
        }

        if (!ids.Add(id.Value))
        {
            return Duplicate(annex, id);
        }

        var contents = annex.Element("CONTENTS");
        sectionsAreLevels = contents is not null && SectionsRestartPoints(contents);
        var draft = new Draft(id, label, title, Position(annex));
        Flow(contents?.Nodes() ?? [], draft, quoted: false);
        return draft.Build();
    }

    /// <summary>
    /// Whether an annex's section headings (GR.SEQ titled "Section A") are a level of their own: when each section
    /// restarts the numbering of its points (Annex VIII, XI). Annex I's sections A and B number on (1–12, 13–20), so
    /// its points are the annex's own.
    /// </summary>
    private static bool SectionsRestartPoints(XElement contents)
    {
        var firstPoints = contents.Elements("GR.SEQ")
            .Where(g => g.Element("TITLE")?.Element("TI")?.Element("NP") is null)
            .Select(g => g.Descendants("NO.P").FirstOrDefault(n => !n.Ancestors("TITLE").Any()) is { } no ? PrintedLabels.PointKey(PlainText(no)) : null)
            .ToList();
        return firstPoints.Count > 0 && firstPoints.All(p => p == firstPoints[0]);
    }

    /// <summary>Reads paragraphs and parts into <paramref name="draft"/>, in document order.</summary>
    /// <param name="quoted">Inside a quotation (QUOT.S, the text an amending article inserts): its structure is
    /// text of the quoting provision, not provisions of this act.</param>
    private void Flow(IEnumerable<XNode> nodes, Draft draft, bool quoted)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text:
                    draft.Append(new InlineRun(InlineKind.Plain, text.Value));
                    break;
                case XElement element when IsBlock(element):
                    Block(element, draft, quoted);
                    break;
                case XElement element:
                    Inline(element, draft, upper: false);
                    break;
            }
        }
    }

    private void Block(XElement element, Draft draft, bool quoted)
    {
        if (element.Name.LocalName is "NO.P" or "NO.PARAG")
        {
            draft.PendingLabel = PlainText(element);
            return;
        }

        draft.EndParagraph();
        switch (element.Name.LocalName)
        {
            case "LIST" when !quoted && draft.Id is not null:
                Items(element, draft);
                break;
            case "NP" when !quoted && draft.Id is not null:
                Point(element.Element("NO.P"), element, draft, draft.Parts.Count + 1, null, element.Nodes());
                break;
            case "GR.SEQ" when !quoted && draft.Id is not null:
                GroupedSequence(element, draft);
                break;
            case "QUOT.S":
                Flow(element.Nodes(), draft, quoted: true);
                break;
            default:
                Flow(element.Nodes(), draft, quoted);
                break;
        }

        draft.EndParagraph();
    }

    private void Items(XElement list, Draft parent)
    {
        // Article 43(1) has two subparagraphs, each with points (a), (b), …: the second list, with the subparagraph that
        // announces it, is a part of its own, subpara_N, N the subparagraph's place among the provision's paragraphs of
        // text (docs/corpus-format.md), as the HTML importer gives it.
        if (list.Elements("ITEM").FirstOrDefault()?.Element("NP")?.Element("NO.P") is { } first
            && PrintedLabels.PointKey(PlainText(first)) is { } key
            && parent.Parts.Any(p => p.Id.Last.Label == key)
            && parent.Text.Count > 0
            && parent.Text[^1].AfterPart == parent.Parts.Count)
        {
            var intro = parent.Text[^1];
            parent.Text.RemoveAt(parent.Text.Count - 1);
            var subparagraph = new Draft(parent.Id!.Subparagraph(parent.Text.Count + 1), "", null, Position(list));
            subparagraph.Text.Add(intro with { AfterPart = 0 });
            Items(list, subparagraph);
            AddPart(parent, subparagraph, list);
            return;
        }

        var position = 0;
        foreach (var item in list.Elements("ITEM"))
        {
            position++;
            if (item.Elements().FirstOrDefault() is { Name.LocalName: "NP" } np)
            {
                Point(np.Element("NO.P"), np, parent, position, null, np.Nodes().Concat(item.Nodes().Where(n => n != np)));
            }
            else
            {
                // A dash or bullet indent has no label of its own: it is numbered by its place (docs/corpus-format.md).
                var label = list.Attribute("TYPE")?.Value switch
                {
                    "DASH" => "—",
                    "BULLET" => "•",
                    _ => "",
                };
                var draft = new Draft(parent.Id!.Point(position.ToString(CultureInfo.InvariantCulture)), label, null, Position(item));
                Flow(item.Nodes(), draft, quoted: false);
                AddPart(parent, draft, item);
            }
        }
    }

    /// <summary>A point, labelled by its NO.P: "(a)" is pnt_a, "63)" pnt_63, and "3.1." within point 3 its pnt_1.</summary>
    private void Point(XElement? number, XElement at, Draft parent, int position, string? title, IEnumerable<XNode> content)
    {
        var label = number is null ? "" : PlainText(number);
        var key = PrintedLabels.PointKey(label);
        if (key is null || !ProvisionId.TryParse(parent.Id!.Point(key).Value, out var id))
        {
            id = parent.Id!.Point(position.ToString(CultureInfo.InvariantCulture));
            if (label.Any(char.IsLetterOrDigit))
            {
                diagnostics.Add(ImportDiagnostics.LabelDisagrees(Position(at), label, id.Value));
            }
        }

        var draft = new Draft(id, label, title, Position(at));
        Flow(content.Where(n => n != number), draft, quoted: false);
        AddPart(parent, draft, at);
    }

    /// <summary>
    /// A group of an annex under a heading: a numbered heading ("1. Introduction") is a point with that title; a
    /// section heading ("Section A — …") is a section when the annex's sections restart their points, and otherwise
    /// a paragraph of the annex's text before the points it heads.
    /// </summary>
    private void GroupedSequence(XElement group, Draft parent)
    {
        var heading = group.Element("TITLE");
        var content = group.Nodes().Where(n => n != heading);
        if (heading?.Element("TI")?.Element("NP") is { } np)
        {
            var title = np.Element("TXT") is { } txt ? PlainText(txt) : null;
            Point(np.Element("NO.P"), group, parent, parent.Parts.Count + 1, title, content);
            return;
        }

        var text = heading?.Element("TI") is { } ti ? PlainText(ti) : "";
        var subtitle = heading?.Element("STI") is { } sti ? PlainText(sti) : null;
        if (sectionsAreLevels && parent.Id?.Last.Level == ProvisionLevel.Annex && SectionHeading().Match(text) is { Success: true } m)
        {
            var rest = m.Groups["title"].Value;
            var draft = new Draft(
                parent.Id.Section(m.Groups["label"].Value),
                $"{m.Groups["word"].Value} {m.Groups["label"].Value}",
                rest.Length > 0 ? rest : subtitle,
                Position(group));
            Flow(content, draft, quoted: false);
            AddPart(parent, draft, group);
            return;
        }

        foreach (var line in new[] { text, subtitle }.Where(l => !string.IsNullOrEmpty(l)))
        {
            parent.Append(new InlineRun(InlineKind.Plain, line!));
            parent.EndParagraph();
        }

        Flow(content, parent, quoted: false);
    }

    private void Inline(XElement element, Draft draft, bool upper)
    {
        switch (element.Name.LocalName)
        {
            case "HT" when element.Attribute("TYPE")?.Value is "SUP":
                draft.Append(new InlineRun(InlineKind.Superscript, PlainText(element)));
                return;
            case "HT" when element.Attribute("TYPE")?.Value is "SUB":
                draft.Append(new InlineRun(InlineKind.Subscript, PlainText(element)));
                return;
            case "HT" when element.Attribute("TYPE")?.Value is "UC":
                upper = true;
                break;
            case "NOTE":
                draft.Append(new InlineRun(InlineKind.NoteReference, Note(element, draft.Id)));
                return;
            case "QUOT.START" or "QUOT.END":
                draft.Append(new InlineRun(InlineKind.Plain, QuoteMark(element)));
                return;
            case "FT":
                draft.Append(new InlineRun(InlineKind.Plain, FormattedNumber(element)));
                return;
        }

        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    draft.Append(new InlineRun(InlineKind.Plain, upper ? text.Value.ToUpperInvariant() : text.Value));
                    break;
                case XElement child when IsBlock(child):
                    Block(child, draft, quoted: false);
                    break;
                case XElement child:
                    Inline(child, draft, upper);
                    break;
            }
        }
    }

    /// <summary>A footnote, numbered as the OJ prints it: 1, 2, … across the act, "*" for a note of quoted text.</summary>
    private string Note(XElement note, ProvisionId? calledFrom)
    {
        var number = note.Attribute("NUMBERING")?.Value == "STAR"
            ? note.Attribute("NUMBER.ORG")?.Value ?? "*"
            : (++numberedNotes).ToString(CultureInfo.InvariantCulture);
        var draft = new Draft(null, "", null, Position(note));
        Flow(note.Nodes(), draft, quoted: true);
        draft.EndParagraph();
        var runs = draft.Text.SelectMany((p, i) => i == 0 ? p.Text.Runs : [new InlineRun(InlineKind.Plain, " "), .. p.Text.Runs]);
        notes.Add(new ImportedNote(number, new InlineText([.. runs]), calledFrom, Position(note)));
        return number;
    }

    private void AddPart(Draft parent, Draft part, XElement at)
    {
        var provision = part.Build();
        if (!ids.Add(provision.Id.Value))
        {
            Duplicate(at, provision.Id);
            return;
        }

        parent.EndParagraph();
        parent.Parts.Add(provision);
    }

    private ImportedProvision? Duplicate(XElement at, ProvisionId id)
    {
        diagnostics.Add(FormexDiagnostics.DuplicateId(Position(at), id.Value));
        return null;
    }

    private SourcePosition Position(XObject node) => FormexDocument.PositionOf(file, node);

    private static bool IsBlock(XElement element) =>
        element.Name.LocalName != "NOTE"
        && (Blocks.Contains(element.Name.LocalName) || element.Elements().Any(c => Blocks.Contains(c.Name.LocalName)));

    /// <summary>The quotation mark a QUOT.START or QUOT.END stands for: its CODE is the character's Unicode number.</summary>
    private static string QuoteMark(XElement mark) =>
        int.TryParse(mark.Attribute("CODE")?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) && code is > 0 and < 0xD800
            ? ((char)code).ToString()
            : mark.Name == "QUOT.START" ? "‘" : "’";

    /// <summary>An FT TYPE="NUMBER" as the OJ prints it: thousands apart by a space ("10 000").</summary>
    private static string FormattedNumber(XElement number)
    {
        var text = PlainText(number);
        if (number.Attribute("TYPE")?.Value != "NUMBER" || text.Length <= 4 || !text.All(char.IsAsciiDigit))
        {
            return text;
        }

        var grouped = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && (text.Length - i) % 3 == 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(text[i]);
        }

        return grouped.ToString();
    }

    /// <summary>The id label of a point label: "(a)" → "a", "63)" → "63", "3.1." → "1"; null when it has none.</summary>
    private static int? LeadingNumber(string label) =>
        LeadingDigits().Match(label) is { Success: true } m && int.TryParse(m.Value, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The number in a heading ("CHAPTER V" → "V", "Article 51" → "51", "ANNEX XIII" → "XIII").</summary>
    private static string? LastWord(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1].TrimEnd('.') : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex LeadingDigits();


    // "Section A — Information …", "Section A. List …", "Section 1": a word, a letter or number, then the title.
    [GeneratedRegex(@"^(?<word>\p{L}+)\s+(?<label>[0-9]{1,3}|[A-Z])(?:\s*[.:—–-]\s*|\s+|$)(?<title>.*)$")]
    private static partial Regex SectionHeading();

    /// <summary>A provision being read: its paragraphs and parts so far, and the inline runs of the open paragraph.</summary>
    private sealed class Draft(ProvisionId? id, string label, string? title, SourcePosition position)
    {
        private readonly List<InlineRun> runs = [];

        public ProvisionId? Id => id;

        /// <summary>A label of quoted text ("‘5."), written before the paragraph that follows it.</summary>
        public string? PendingLabel { get; set; }

        public List<ImportedParagraph> Text { get; } = [];

        public List<ImportedProvision> Parts { get; } = [];

        public void Append(InlineRun run)
        {
            if (runs.Count == 0 && PendingLabel is { } label && !string.IsNullOrWhiteSpace(run.Text))
            {
                runs.Add(new InlineRun(InlineKind.Plain, label + " "));
                PendingLabel = null;
            }

            runs.Add(run);
        }

        public void EndParagraph()
        {
            var text = Normalized(runs);
            runs.Clear();
            if (text.Runs.Length > 0)
            {
                Text.Add(new ImportedParagraph(text, Parts.Count));
            }
        }

        public ImportedProvision Build()
        {
            EndParagraph();
            return new ImportedProvision(id!, label, title, [.. Text], [.. Parts], position);
        }

        /// <summary>The runs with the markup's line breaks and indentation read as single spaces, trimmed at both ends.</summary>
        private static InlineText Normalized(List<InlineRun> runs)
        {
            var result = new List<InlineRun>();
            foreach (var run in runs)
            {
                var text = Whitespace().Replace(run.Text, " ");
                if (run.Kind != InlineKind.Plain)
                {
                    text = text.Trim();
                }

                if (text.Length == 0)
                {
                    continue;
                }

                if (run.Kind == InlineKind.Plain && result.Count > 0 && result[^1].Kind == InlineKind.Plain)
                {
                    var before = result[^1].Text;
                    result[^1] = new InlineRun(InlineKind.Plain, before.EndsWith(' ') && text.StartsWith(' ') ? before + text[1..] : before + text);
                }
                else
                {
                    result.Add(run with { Text = text });
                }
            }

            if (result.Count > 0 && result[0].Kind == InlineKind.Plain)
            {
                result[0] = result[0] with { Text = result[0].Text.TrimStart() };
            }

            if (result.Count > 0 && result[^1].Kind == InlineKind.Plain)
            {
                result[^1] = result[^1] with { Text = result[^1].Text.TrimEnd() };
            }

            result.RemoveAll(r => r.Text.Length == 0);
            return new InlineText([.. result]);
        }
    }
}
