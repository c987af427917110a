using System.CommandLine;
using RulesDsl.Cli.Commands;

namespace RulesDsl.Cli;

/// <summary>The <c>rulesdsl</c> command: one subcommand per job, writing to the given streams so tests can run it in-process.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("RulesDsl: the law as executable, explainable classifiers.")
        {
            CorpusCommand.Create(output, error),
            LinkCommand.Create(output, error),
            ShowCommand.Create(output, error),
            CheckCommand.Create(output, error),
            BuildCommand.Create(output, error),
            FormatCommand.Create(output, error),
            DiffCommand.Create(output, error),
            ReviewCommand.Create(output, error),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
