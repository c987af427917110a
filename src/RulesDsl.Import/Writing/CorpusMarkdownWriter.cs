using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Writing;

/// <summary>
/// Writes an imported act as the corpus's Markdown (docs/corpus-format.md): front matter, the frame in fenced
/// containers, every division and provision ending with its block id, footnotes at the end. The same act gives the same
/// bytes: LF line ends, nothing taken from the clock or the machine.
/// </summary>
public static partial class CorpusMarkdownWriter
{
    public static string Write(ImportedAct act)
    {
        var writer = new Writer(act);
        writer.FrontMatter();
        writer.Frame(FrameKind.Title);
        writer.Frame(FrameKind.Preamble);
        var recitals = act.Body.TakeWhile(IsRecital).ToList();
        recitals.ForEach(writer.Node);
        writer.Frame(FrameKind.Enacting);
        foreach (var node in act.Body.Skip(recitals.Count))
        {
            writer.Node(node);
        }

        writer.Frame(FrameKind.Final);
        writer.Frame(FrameKind.Signature);
        writer.Notes();
        return writer.ToString();
    }

    private static bool IsRecital(ImportedNode node) =>
        node is ImportedProvision { Id.Last.Level: Corpus.Model.ProvisionLevel.Recital };

    private sealed class Writer(ImportedAct act)
    {
        private readonly StringBuilder text = new();
        private readonly Dictionary<string, string> noteLabels = NoteLabels(act.Notes);

        public override string ToString() => text.ToString();

        public void FrontMatter()
        {
            text.Append("---\n");
            text.Append($"act: {act.Act}\n");
            text.Append($"language: {act.Language}\n");
            if (act.Version is { } version)
            {
                text.Append($"version: {version.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n");
            }

            // Every source an importer reads is the act as the Official Journal publishes it: adopted and published,
            // quoted as the law from its version date on (docs/corpus-format.md, Status). What the reader would infer
            // of such a text is said in the file; whether a provision applies on a day is for the dates the act
            // itself writes (Article 113 of the AI Act) and the rules' 'applies from'.
            text.Append("status: published\n");

            if (act.Title is { } title)
            {
                text.Append($"title: {Quoted(title)}\n");
            }

            if (act.Eli is { } eli)
            {
                text.Append($"eli: {eli}\n");
            }

            var files = string.Join(", ", act.Sources.Select(s => $"{s.Path} (SHA-256 {s.Sha256})"));
            var journal = act.Journal is { } j ? $"Official Journal of the European Union, {j}; " : "";
            text.Append($"source: {Quoted($"{journal}imported by rulesdsl import from {files}")}\n");
            text.Append("---\n");
        }

        /// <summary>The frame parts of one kind in a container naming what they are; the enacting formula is preamble.</summary>
        public void Frame(FrameKind kind)
        {
            var container = kind switch
            {
                FrameKind.Title => "title",
                FrameKind.Final => "final",
                FrameKind.Signature => "signature",
                _ => "preamble",
            };
            foreach (var part in act.Frame.Where(p => p.Kind == kind))
            {
                text.Append($"\n::: {container}\n");
                var first = true;
                foreach (var paragraph in part.Paragraphs)
                {
                    text.Append(first ? "" : "\n").Append(LineStart(Inline(paragraph))).Append('\n');
                    first = false;
                }

                text.Append(":::\n");
            }
        }

        public void Node(ImportedNode node)
        {
            switch (node)
            {
                case ImportedDivision division:
                    Heading(2, division.Label, division.Id);
                    if (division.Title is { } title)
                    {
                        Heading(3, title, division.Id);
                    }

                    foreach (var child in division.Children)
                    {
                        Node(child);
                    }

                    break;
                case ImportedProvision provision:
                    Provision(provision);
                    break;
            }
        }

        /// <summary>
        /// Articles and annexes are headings (label, then title); annex sections and titled annex points too, one level
        /// down; every other provision is paragraphs of text, the first led by its printed label.
        /// </summary>
        private void Provision(ImportedProvision provision)
        {
            var level = provision.Id.Last.Level;
            var id = provision.Id.Value;
            var headed = level is Corpus.Model.ProvisionLevel.Article or Corpus.Model.ProvisionLevel.Annex
                ? 4
                : level == Corpus.Model.ProvisionLevel.Section || provision.Title is not null ? 6 : 0;
            if (headed > 0)
            {
                Heading(headed == 4 ? 4 : 6, provision.Label, id);
                if (provision.Title is { } title)
                {
                    Heading(headed == 4 ? 5 : 6, title, id);
                }
            }

            var labelled = headed > 0 || provision.Label.Length == 0;
            for (var part = 0; part <= provision.Parts.Length; part++)
            {
                foreach (var paragraph in provision.Text.Where(p => p.AfterPart == part))
                {
                    var words = Inline(paragraph.Text);
                    text.Append('\n').Append(labelled ? LineStart(words) : $"{Label(provision.Label)} {words}").Append($" ^{id}\n");
                    labelled = true;
                }

                if (!labelled)
                {
                    text.Append('\n').Append(Label(provision.Label)).Append($" ^{id}\n");
                    labelled = true;
                }

                if (part < provision.Parts.Length)
                {
                    Provision(provision.Parts[part]);
                }
            }
        }

        public void Notes()
        {
            if (act.Notes.IsEmpty)
            {
                return;
            }

            text.Append('\n');
            foreach (var note in act.Notes)
            {
                text.Append($"[^{noteLabels[note.Number]}]: {Inline(note.Text)}\n");
            }
        }

        private void Heading(int level, string words, string id) =>
            text.Append('\n').Append('#', level).Append(' ').Append(Escape(words)).Append($" ^{id}\n");

        private string Inline(InlineText inline)
        {
            var words = new StringBuilder();
            foreach (var run in inline.Runs)
            {
                words.Append(run.Kind switch
                {
                    InlineKind.Superscript => $"<sup>{Escape(run.Text)}</sup>",
                    InlineKind.Subscript => $"<sub>{Escape(run.Text)}</sub>",
                    InlineKind.NoteReference when noteLabels.TryGetValue(run.Text, out var label) => $"[^{label}]",
                    _ => Escape(run.Text),
                });
            }

            return words.ToString();
        }
    }

    /// <summary>Markdown footnote labels: the printed number, or "n" and the note's place for a sign such as "*".</summary>
    private static Dictionary<string, string> NoteLabels(IEnumerable<ImportedNote> notes)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (note, index) in notes.Select((n, i) => (n, i)))
        {
            labels.TryAdd(note.Number, note.Number.All(char.IsAsciiLetterOrDigit) ? note.Number : $"n{index + 1}");
        }

        return labels;
    }

    /// <summary>A printed label at the start of a line, escaped where Markdown would read a list marker ("1\.", "a\)").</summary>
    private static string Label(string label) =>
        label.Length > 1 && label[0] != '(' && label[^1] is '.' or ')' ? $"{Escape(label[..^1])}\\{label[^1]}" : Escape(label);

    /// <summary>Text at the start of a line that Markdown would read as a list, quote, heading or container.</summary>
    private static string LineStart(string words) =>
        OrderedMarker().Match(words) is { Success: true } marker
            ? $"{marker.Groups[1].Value}\\{words[marker.Groups[1].Length..]}"
            : words.Length > 0 && words[0] is '#' or '>' or '-' or '+' or '=' or '|' or ':' or '~'
                ? "\\" + words
                : words;

    private static string Escape(string words) => MarkdownSpecial().Replace(words, @"\$0");

    private static string Quoted(string value) => $"\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    [GeneratedRegex(@"[\\*_`\[\]<]")]
    private static partial Regex MarkdownSpecial();

    [GeneratedRegex(@"^([0-9]+)[.)]")]
    private static partial Regex OrderedMarker();
}
