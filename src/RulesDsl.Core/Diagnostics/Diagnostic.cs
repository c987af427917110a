namespace RulesDsl.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>A position in a source file, 1-based like every compiler message a user has seen.</summary>
public sealed record SourcePosition(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}

/// <summary>
/// A message about an input, as data: a stable id (RD0001…), a severity, where, and what to do about it.
/// User mistakes are reported this way, never thrown.
/// </summary>
/// <param name="Length">How many characters from <paramref name="Position"/> the message is about (0: a point).</param>
/// <param name="Hint">What to write instead, where that is obvious ("did you mean 'training_compute'?").</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, SourcePosition Position, string Message, int Length = 0, string? Hint = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic as a line of a report, the control characters of what it quotes from the inputs escaped.</summary>
    public override string ToString() =>
        TerminalText.Escape($"{Position}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}{(Hint is null ? "" : $" ({Hint})")}");
}
