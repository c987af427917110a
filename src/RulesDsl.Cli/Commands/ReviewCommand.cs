using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using System.Text;
using RulesDsl.Files;
using RulesDsl.Language.Reviews;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// <c>rulesdsl review</c>: the drafter confirms having read what the rules cite as the corpus now has it; the hashes of
/// those texts are written beside each rules file, and <c>check</c> warns when one changes.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var rulesOption = CheckCommand.RulesOption();
        var corpusOption = CorpusCommand.CorpusOption();
        var onOption = new Option<string?>("--on") { Description = "The day of the review (YYYY-MM-DD); today by default." };
        var command = new Command("review", "Record that the clauses the rules cite were read as the corpus has them: writes <name>.reviewed.json beside each rules file.")
        {
            rulesOption, corpusOption, onOption,
        };
        command.SetAction(parse =>
        {
            if (!ProvisionArgument.TryReadDate(parse.GetValue(onOption), error, out var on, "--on"))
            {
                return 2;
            }

            var workspace = RulesWorkspace.Open(parse.GetValue(corpusOption)!, parse.GetValue(rulesOption)!, on, clock, LinkedCorpusCache.Default);
            var diagnostics = workspace.CheckDiagnostics;
            var errors = diagnostics.Where(d => d.IsError && d.Id != "RD0128").ToList();
            if (errors.Count > 0)
            {
                errors.ForEach(output.WriteLine);
                error.WriteLine("rulesdsl: the rules have errors; no review was recorded");
                return 1;
            }

            foreach (var file in workspace.Rules)
            {
                diagnostics.Where(d => d.Id == "RD0127" && d.Position.File == file.Syntax.Path)
                    .ToList()
                    .ForEach(d => output.WriteLine($"reviewed: {d.Message}"));
                var path = ReviewRecord.PathFor(file.Syntax.Path);
                AllOrNothing.Write([(path, Encoding.UTF8.GetBytes(ReviewRecord.Of(file, workspace.Corpus, workspace.AsOf).ToJson()))]);
                output.WriteLine($"wrote {path.Replace('\\', '/')}");
            }

            return 0;
        });
        return command;
    }
}
