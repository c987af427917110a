using System.CommandLine;
using System.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Files;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// <c>rulesdsl fmt FILE</c>: the file in the canonical layout, comments kept, on standard output. A file with syntax
/// errors is not formatted; <c>--check</c> exits 1 when a file is not in the canonical layout already; <c>--write</c>
/// puts the formatted file in place of the original, whole or not at all.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var fileArgument = new Argument<string>("file") { Description = "The .rules file to format." };
        var checkOption = new Option<bool>("--check") { Description = "Print nothing; exit 1 if the file is not in the canonical layout." };
        var writeOption = new Option<bool>("--write") { Description = "Format the file in place instead of printing it." };
        var command = new Command("fmt", "Print a rules file in the canonical layout, its comments kept.")
        {
            fileArgument, checkOption, writeOption,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(fileArgument)!;
            var shown = path.Replace('\\', '/');
            if (parse.GetValue(checkOption) && parse.GetValue(writeOption))
            {
                error.WriteLine("rulesdsl: fmt takes --check or --write, not both");
                return 2;
            }

            var diagnostics = new List<Diagnostic>();
            if (!File.Exists(path))
            {
                error.WriteLine($"rulesdsl: no rules file {path}");
                return 1;
            }

            if (RulesChecker.Read(path, shown, diagnostics) is not { } text)
            {
                diagnostics.ForEach(error.WriteLine);
                return 1;
            }

            var parsed = RulesParser.Parse(shown, text);
            if (!parsed.Diagnostics.IsEmpty)
            {
                foreach (var diagnostic in parsed.Diagnostics)
                {
                    error.WriteLine(diagnostic);
                }

                return 1;
            }

            var formatted = RulesFormatter.Format(parsed.File);
            if (parse.GetValue(checkOption))
            {
                return formatted == text ? 0 : 1;
            }

            if (parse.GetValue(writeOption))
            {
                return Write(path, shown, formatted, text, output, error);
            }

            output.Write(formatted);
            return 0;
        });
        return command;
    }

    /// <summary>Puts the formatted text in place when it differs from the file's; a file in the canonical layout is
    /// left as it is, so its time of change says when its content last changed.</summary>
    private static int Write(string path, string shown, string formatted, string text, TextWriter output, TextWriter error)
    {
        if (formatted == text)
        {
            return 0;
        }

        try
        {
            AllOrNothing.Write([(path, Encoding.UTF8.GetBytes(formatted))]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"rulesdsl: cannot write {shown}: {e.Message}; the file was left as it was");
            return 1;
        }

        output.WriteLine($"wrote {shown}");
        return 0;
    }
}
