using System.Collections.Immutable;
using System.CommandLine;
using RulesDsl.Corpus.Reading;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Linking;
using RulesDsl.Linking.Model;
using RulesDsl.Sarif;

namespace RulesDsl.Cli.Commands;

/// <summary><c>rulesdsl check</c>: every rules file parsed, bound and checked against the linked corpus.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
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

            var (_, files, all) = CheckAll(parse.GetValue(rulesOption)!, parse.GetValue(corpusOption)!, asOf);
            if (parse.GetValue(formatOption) == "sarif")
            {
                output.WriteLine(SarifLog.Write(all, typeof(CheckCommand).Assembly.GetName().Version?.ToString() ?? "0.0.0"));
            }
            else
            {
                all.ForEach(output.WriteLine);
                foreach (var file in files)
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

    /// <summary>Every rules file checked against the linked corpus; the diagnostics are the corpus's errors, then the rules'.</summary>
    public static (LinkGraph Graph, ImmutableArray<CheckedRules> Files, List<Diagnostic> Diagnostics) CheckAll(string rules, string corpus, DateOnly? asOf) =>
        CheckAgainst(rules, Linker.Link(CorpusReader.Read(corpus)), asOf);

    /// <summary>As <see cref="CheckAll"/>, against a corpus already linked (as <c>watch</c> keeps it between runs).</summary>
    public static (LinkGraph Graph, ImmutableArray<CheckedRules> Files, List<Diagnostic> Diagnostics) CheckAgainst(string rules, LinkGraph graph, DateOnly? asOf)
    {
        var (files, diagnostics) = RulesChecker.CheckAll(rules, graph, asOf ?? DateOnly.FromDateTime(DateTime.Today));
        var corpusErrors = graph.Corpus.Diagnostics.Concat(graph.Diagnostics).Where(d => d.IsError);
        return (graph, files, [.. corpusErrors.Concat(diagnostics)]);
    }

    /// <summary>The --rules option of the commands that read rules files.</summary>
    public static Option<string> RulesOption() => new("--rules")
    {
        Description = "The folder of .rules files (or one file).",
        DefaultValueFactory = _ => "rules",
    };
}
