using System.CommandLine;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// <c>rulesdsl fmt FILE</c>: the file in the canonical layout, on standard output. A file with syntax errors is not
/// formatted; <c>--check</c> exits 1 when a file is not in the canonical layout already.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var fileArgument = new Argument<string>("file") { Description = "The .rules file to format." };
        var checkOption = new Option<bool>("--check") { Description = "Print nothing; exit 1 if the file is not in the canonical layout." };
        var command = new Command("fmt", "Print a rules file in the canonical layout (comments are not kept).")
        {
            fileArgument, checkOption,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(fileArgument)!;
            var diagnostics = new List<Diagnostic>();
            if (!File.Exists(path))
            {
                error.WriteLine($"rulesdsl: no rules file {path}");
                return 1;
            }

            if (RulesChecker.Read(path, path.Replace('\\', '/'), diagnostics) is not { } text)
            {
                diagnostics.ForEach(error.WriteLine);
                return 1;
            }

            var parsed = RulesParser.Parse(path.Replace('\\', '/'), text);
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

            output.Write(formatted);
            return 0;
        });
        return command;
    }
}
