using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using RulesDsl.Corpus.Reading;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Amendments;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary><c>rulesdsl diff</c>: two texts of the law compared word by word, with the rules each change reaches.</summary>
internal static class DiffCommand
{
    /// <summary>The exit code when a change reaches a citation of the rules: a reviewer has something to read.</summary>
    public const int CitedChanged = 3;

    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var oldArgument = new Argument<string>("OLD") { Description = "The corpus folder of the law as it was." };
        var newArgument = new Argument<string?>("NEW")
        {
            Description = "The corpus folder of the law as it is; OLD again when left out (then compare two dates of it).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var oldDateOption = new Option<string?>("--as-of-old") { Description = "Take OLD as in force on this date (YYYY-MM-DD); today by default." };
        var newDateOption = new Option<string?>("--as-of-new") { Description = "Take NEW as in force on this date (YYYY-MM-DD); today by default." };
        var rulesOption = CheckCommand.RulesOption();
        var formatOption = new Option<string>("--format")
        {
            Description = "text for a terminal, md for Markdown, json for tools.",
            DefaultValueFactory = _ => "text",
        };
        formatOption.AcceptOnlyFromAmong("text", "md", "json");
        var command = new Command("diff", "Compare two texts of the law and name the rules each change reaches; exit 3 when a cited provision changed.")
        {
            oldArgument, newArgument, oldDateOption, newDateOption, rulesOption, formatOption,
        };
        command.SetAction(parse =>
        {
            var oldFolder = parse.GetValue(oldArgument)!;
            var newFolder = parse.GetValue(newArgument);
            if (!ProvisionArgument.TryReadDate(parse.GetValue(oldDateOption), error, out var oldAsOf, "--as-of-old")
                || !ProvisionArgument.TryReadDate(parse.GetValue(newDateOption), error, out var newAsOf, "--as-of-new"))
            {
                return 2;
            }

            if (newFolder is null && oldAsOf is null)
            {
                error.WriteLine("rulesdsl: diff compares two corpus folders (diff OLD NEW), or one on two dates (diff CORPUS --as-of-old DATE [--as-of-new DATE]); give NEW or --as-of-old");
                return 2;
            }

            // One corpus on two dates is read and linked once.
            var old = RulesWorkspace.Open(oldFolder, null, oldAsOf, clock, LinkedCorpusCache.Default);
            var @new = newFolder is null ? old.WithAsOf(newAsOf) : RulesWorkspace.Open(newFolder, null, newAsOf, clock, LinkedCorpusCache.Default);
            var corpusErrors = (newFolder is null ? [old] : new[] { old, @new })
                .SelectMany(w => w.CorpusDiagnostics)
                .Where(d => d.IsError)
                .ToList();
            if (corpusErrors.Count > 0)
            {
                corpusErrors.ForEach(error.WriteLine);
                error.WriteLine("rulesdsl: the law cannot be compared until the corpus reads without errors");
                return 1;
            }

            var rules = parse.GetValue(rulesOption)!;
            var files = RulesChecker.Files(rules);
            if (files.Count == 0)
            {
                error.WriteLine(LanguageDiagnostics.NoRulesFiles(new SourcePosition(rules.Replace('\\', '/'), 1, 1)));
                return 1;
            }

            var report = ChangeImpact.Of(oldFolder, old.Graph, old.AsOf, newFolder ?? oldFolder, @new.Graph, @new.AsOf, files);
            if (report.HasErrors)
            {
                report.Diagnostics.ToList().ForEach(error.WriteLine);
                error.WriteLine("rulesdsl: the rules files cannot be read; 'rulesdsl check' says more");
                return 1;
            }

            output.Write(parse.GetValue(formatOption) switch
            {
                "md" => AmendmentFormats.Markdown(report),
                "json" => AmendmentFormats.JsonText(report),
                _ => AmendmentFormats.Text(report),
            });
            return report.TouchesRules ? CitedChanged : 0;
        });
        return command;
    }
}
