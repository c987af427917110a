using RulesDsl.Diagnostics;

namespace RulesDsl.Cli.Diagnostics;

/// <summary>What the command line itself reports, beyond the diagnostics of the inputs it reads (ids RD0350–RD0359).</summary>
public static class CliDiagnostics
{
    /// <summary>The exit code of a fault of rulesdsl itself: EX_SOFTWARE of sysexits.h, apart from 1 (the inputs' errors) and 2 (the command line).</summary>
    public const int InternalErrorExit = 70;

    public static Diagnostic InternalError(string command, Exception exception) => new(
        "RD0350", DiagnosticSeverity.Error, new SourcePosition("rulesdsl", 1, 1),
        $"internal error in '{command}': {exception.GetType().Name}: {FirstLine(exception.Message)}",
        Hint: "this is a fault of rulesdsl, not of your inputs; please report it with the command and the inputs that caused it");

    public static Diagnostic OutputNotWritten(string folder, string reason) => new(
        "RD0351", DiagnosticSeverity.Error, new SourcePosition(folder, 1, 1),
        $"the output could not be written: {FirstLine(reason)}",
        Hint: "name a folder you may write to, or one that does not exist yet");

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
