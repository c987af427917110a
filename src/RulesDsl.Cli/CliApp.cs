using System.CommandLine;
using RulesDsl.Cli.Commands;
using RulesDsl.Cli.Diagnostics;

namespace RulesDsl.Cli;

/// <summary>The <c>rulesdsl</c> command: one subcommand per job, writing to the given streams so tests can run it in-process.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, Console.In, output, error);

    /// <summary>Runs a command; <paramref name="input"/> is what <c>classify</c> reads facts from when given none.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error) => Run(args, input, output, error, TimeProvider.System);

    /// <summary>As <see cref="Run(string[], TextReader, TextWriter, TextWriter)"/>, with the clock that says which day is today.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var root = new RootCommand("RulesDsl: the law as executable, explainable classifiers.")
        {
            CorpusCommand.Create(output, error, clock),
            LinkCommand.Create(output, error, clock),
            ShowCommand.Create(output, error, clock),
            AlignCommand.Create(output, error, clock),
            CheckCommand.Create(output, error, clock),
            BuildCommand.Create(output, error, clock),
            FormatCommand.Create(output, error),
            ClassifyCommand.Create(input, output, error, clock),
            SchemaCommand.Create(output, error, clock),
            TestCommand.Create(output, error, clock),
            DiffCommand.Create(output, error, clock),
            ReviewCommand.Create(output, error, clock),
            WatchCommand.Create(output, error, clock),
            ImportCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // A wrong command line is exit 2, apart from the inputs' own errors (1).
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"rulesdsl: {problem.Message}");
            }

            return 2;
        }

        // System.CommandLine's own handler prints the stack trace; a fault of rulesdsl is reported as RD0350 instead.
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            error.WriteLine(CliDiagnostics.InternalError(parsed.CommandResult.Command.Name, e));
            return CliDiagnostics.InternalErrorExit;
        }
    }
}
