namespace RulesDsl.Cli.Tests;

/// <summary>Runs the <c>rulesdsl</c> command in-process, as a user would from a shell.</summary>
internal static class Cli
{
    public static (int Exit, string Output, string Error) Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs the command with <paramref name="input"/> as its standard input.</summary>
    public static (int Exit, string Output, string Error) RunWithInput(string input, params string[] args) =>
        Run(input, TimeProvider.System, args);

    /// <summary>Runs the command on a day of the test's choosing, as the clock tells "today".</summary>
    public static (int Exit, string Output, string Error) RunOn(DateOnly today, params string[] args) =>
        Run("", new FixedClock(today), args);

    private static (int Exit, string Output, string Error) Run(string input, TimeProvider clock, string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, reader, output, error, clock);
        return (exit, output.ToString(), error.ToString());
    }
}
