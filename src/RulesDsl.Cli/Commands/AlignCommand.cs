using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using System.Globalization;
using RulesDsl.Linking.Alignment;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// <c>rulesdsl align --lang nl,en</c>: how well the sentences of two languages pair across the whole corpus — the
/// share of 1:1 pairs, of merged pairs and of sentences with no counterpart, and the provisions to check by hand.
/// </summary>
internal static class AlignCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var corpusOption = CorpusCommand.CorpusOption();
        var langOption = new Option<string>("--lang") { Description = "The two languages to align, comma-separated: nl,en.", DefaultValueFactory = _ => "nl,en" };
        var asOfOption = new Option<string?>("--as-of") { Description = "Align the versions in force on this date (YYYY-MM-DD); today by default." };
        var command = new Command("align", "Align the sentences of every provision two languages both hold, and say how well they pair.")
        {
            corpusOption, langOption, asOfOption,
        };
        command.SetAction(parse =>
        {
            if (!LanguageOption.TryReadList(parse.GetValue(langOption), error, out var readers))
            {
                return 2;
            }

            var languages = readers!.Value.Select(r => r.Code).ToArray();
            if (languages.Length != 2)
            {
                error.WriteLine($"rulesdsl: --lang takes two languages, as nl,en; got '{parse.GetValue(langOption)}'");
                return 2;
            }

            if (!ProvisionArgument.TryReadDate(parse.GetValue(asOfOption), error, out var asOf))
            {
                return 2;
            }

            var workspace = RulesWorkspace.Open(parse.GetValue(corpusOption)!, null, asOf, clock, LinkedCorpusCache.Default);
            var graph = workspace.Graph;
            var summary = AlignmentSummary.Of(graph, languages[0], languages[1], workspace.AsOf);
            if (summary.Provisions == 0)
            {
                error.WriteLine($"rulesdsl: no provision of {graph.Corpus.Root} is in both '{languages[0]}' and '{languages[1]}'");
                return 1;
            }

            Write(output, summary);
            var errors = workspace.Diagnostics.Where(d => d.IsError).ToList();
            errors.ForEach(error.WriteLine);
            return errors.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static void Write(TextWriter output, AlignmentSummary summary)
    {
        output.WriteLine(Invariant($"{summary.Provisions} provisions in {summary.Left} and {summary.Right}: {summary.LeftSentences} and {summary.RightSentences} sentences, {summary.Beads} pairs"));
        output.WriteLine(Invariant($"1:1 {summary.OneToOne:P1}, merged {summary.Merged:P1}, without counterpart {summary.Unpaired:P1}"));
        output.WriteLine();
        output.WriteLine("shape   pairs   share");
        foreach (var row in summary.Shapes)
        {
            output.WriteLine(Invariant($"{row.Shape,-5} {row.Beads,7} {row.Share,7:P1}"));
        }

        if (summary.LeastClean.IsEmpty)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("to check by hand (most pairs other than 1:1):");
        foreach (var alignment in summary.LeastClean)
        {
            output.WriteLine($"  {alignment.Left.Id}  {string.Join(' ', alignment.Beads)}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
