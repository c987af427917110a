using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using RulesDsl.Corpus.Reading;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Reports;
using RulesDsl.Linking;
using RulesDsl.Sarif;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary><c>rulesdsl check</c>: every rules file parsed, bound and checked against the linked corpus.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var rulesOption = RulesOption();
        var corpusOption = CorpusCommand.CorpusOption();
        var asOfOption = new Option<string?>("--as-of") { Description = "Check parameters in force on this date (YYYY-MM-DD); today by default." };
        var formatOption = new Option<string>("--format")
        {
            Description = "text for people, sarif for CI tools.",
            DefaultValueFactory = _ => "text",
        };
        formatOption.AcceptOnlyFromAmong("text", "sarif");
        var command = new Command("check", "Check the rules files: syntax, names, types and units, conflicts, citations against the corpus.")
        {
            rulesOption, corpusOption, asOfOption, formatOption,
        };
        command.SetAction(parse =>
        {
            if (!ProvisionArgument.TryReadDate(parse.GetValue(asOfOption), error, out var asOf))
            {
                return 2;
            }

            var workspace = RulesWorkspace.Open(parse.GetValue(corpusOption)!, parse.GetValue(rulesOption)!, asOf, clock, LinkedCorpusCache.Default);
            var all = workspace.CheckDiagnostics;
            if (parse.GetValue(formatOption) == "sarif")
            {
                output.WriteLine(SarifLog.Write(all, typeof(CheckCommand).Assembly.GetName().Version?.ToString() ?? "0.0.0"));
            }
            else
            {
                foreach (var diagnostic in all)
                {
                    output.WriteLine(diagnostic);
                }

                foreach (var file in workspace.Rules)
                {
                    var errors = file.Diagnostics.Count(d => d.IsError);
                    var warnings = file.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
                    output.WriteLine($"{file.Syntax.Path}: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
                }
            }

            return all.Any(d => d.IsError) ? 1 : 0;
        });
        return command;
    }

    /// <summary>The --rules option of the commands that read rules files.</summary>
    public static Option<string> RulesOption() => new("--rules")
    {
        Description = "The folder of .rules files (or one file).",
        DefaultValueFactory = _ => "rules",
    };
}
