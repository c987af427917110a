namespace RulesDsl.Cli.Tests;

/// <summary>Runs the <c>rulesdsl</c> command in-process, as a user would from a shell.</summary>
internal static class Cli
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
