using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using RulesDsl.Corpus.Model;
using RulesDsl.Explain.Building;
using RulesDsl.Linking;
using RulesDsl.Linking.Alignment;
using RulesDsl.Linking.Model;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// <c>rulesdsl show ID --lang nl,en</c>: a provision as a reader needs it, its references resolved and, with several
/// languages, its sentences side by side as aligned by content. A language the corpus lacks falls back, marked.
/// </summary>
internal static class ShowCommand
{
    private const int ColumnWidth = 58;

    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var corpusOption = CorpusCommand.CorpusOption();
        var idArgument = new Argument<string>("id") { Description = "The provision: an id (rct_111) or a citation (\"Recital 111\", \"bijlage XIII, punt f)\")." };
        var langOption = new Option<string?>("--lang") { Description = "Languages, comma-separated, the first one the reader's: nl,en. Default: every language the corpus has." };
        var asOfOption = new Option<string?>("--as-of") { Description = "Show the versions in force on this date (YYYY-MM-DD); today by default." };
        var command = new Command("show", "Show a provision with its references resolved, in one language or side by side in several.")
        {
            idArgument, corpusOption, langOption, asOfOption,
        };
        command.SetAction(parse =>
        {
            if (!ProvisionArgument.TryRead(parse.GetValue(idArgument)!, error, out var id)
                || !ProvisionArgument.TryReadDate(parse.GetValue(asOfOption), error, out var asOf)
                || !LanguageOption.TryReadList(parse.GetValue(langOption), error, out var readers))
            {
                return 2;
            }

            var workspace = RulesWorkspace.Open(parse.GetValue(corpusOption)!, null, asOf, clock, LinkedCorpusCache.Default);
            var graph = workspace.Graph;
            List<string> languages = readers is { } asked ? [.. asked.Select(r => r.Code)] : [.. graph.Corpus.Languages(id)];
            // Only the law is shown as the text; where none is in force yet, a draft is shown after saying so, marked.
            var found = languages.Select(l => (Language: l, Result: ProvisionLookup.Find(graph.Corpus, id, l, workspace.AsOf)
                ?? ProvisionLookup.FindDraft(graph.Corpus, id, l, workspace.AsOf))).ToList();
            if (found.Count == 0 || found.Any(f => f.Result is null))
            {
                var when = asOf is { } d ? $" in force on {d:yyyy-MM-dd}" : "";
                error.WriteLine($"rulesdsl: no provision {id}{when} in {graph.Corpus.Root}");
                return 1;
            }

            var drafted = false;
            foreach (var (language, result) in found)
            {
                var words = Vocabulary.For(language);
                var draft = result!.Provision.Status == TextStatus.Draft;
                if (draft)
                {
                    output.WriteLine(words.NoTextInForce(id.Value, workspace.AsOf));
                    drafted = true;
                }

                var status = ProvisionPrinter.Marked(result.Provision, words);
                var marked = result.IsFallback ? $"  (not in '{language}': shown in '{result.Provision.Language}', fallback)" : "";
                output.WriteLine($"{id}  [{result.Provision.Language}, {CorpusTable.Version(result.Provision.Version)}{status}]  {result.Provision.Label}{marked}");
            }

            output.WriteLine();
            var first = found[0].Result!.Provision;
            if (found.Count == 1)
            {
                WriteReferenced(output, graph, first);
            }

            foreach (var (_, other) in found.Skip(1))
            {
                WriteSideBySide(output, LanguageVersions.Align(graph, first, other!.Provision));
            }

            var errors = workspace.Diagnostics.Where(d => d.IsError).ToList();
            errors.ForEach(error.WriteLine);
            return errors.Count > 0 || drafted ? 1 : 0;
        });
        return command;
    }

    private static void WriteReferenced(TextWriter output, LinkGraph graph, Provision provision)
    {
        foreach (var sentence in provision.Sentences)
        {
            output.WriteLine($"[{sentence.Number}] {sentence.Text}");
        }

        foreach (var reference in graph.In(provision))
        {
            var target = reference.Targets.IsEmpty ? reference.TargetAct ?? "?" : string.Join(", ", reference.Targets);
            output.WriteLine($"  \"{reference.Text}\" -> {target}{(reference.Unresolved is { } why ? $"  ({why})" : "")}");
        }
    }

    private static void WriteSideBySide(TextWriter output, ProvisionAlignment alignment)
    {
        output.WriteLine($"{Pad($"{alignment.Left.Language}", ColumnWidth)} | {alignment.Right.Language}");
        output.WriteLine($"{new string('-', ColumnWidth)}-+-{new string('-', ColumnWidth)}");
        foreach (var bead in alignment.Beads)
        {
            var left = Wrap(Side(alignment.Left, bead.Left));
            var right = Wrap(Side(alignment.Right, bead.Right));
            for (var line = 0; line < Math.Max(left.Count, right.Count); line++)
            {
                var l = line < left.Count ? left[line] : "";
                var r = line < right.Count ? right[line] : "";
                output.WriteLine($"{Pad(l, ColumnWidth)} | {r}".TrimEnd());
            }

            output.WriteLine($"{new string(' ', ColumnWidth)} |");
        }
    }

    private static string Side(Provision provision, IEnumerable<int> numbers) =>
        string.Join(" ", numbers.Select(n => $"[{n}] {provision.Sentences[n - 1].Text}"));

    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > ColumnWidth)
            {
                lines.Add(line);
                line = "";
            }

            line = line.Length == 0 ? word : $"{line} {word}";
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static string Pad(string text, int width) => text.Length >= width ? text : text + new string(' ', width - text.Length);
}
