namespace RulesDsl.Cli.Tests;

/// <summary>Runs the <c>rulesdsl</c> command in-process, as a user would from a shell.</summary>
internal static class Cli
{
    public static (int Exit, string Output, string Error) Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs the command with <paramref name="input"/> as its standard input.</summary>
    public static (int Exit, string Output, string Error) RunWithInput(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, reader, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
