namespace RulesDsl.Cli.Commands;

/// <summary>
/// Ctrl-C taken as a request to stop rather than an end of the process, for as long as this lives, so that a command
/// can clean up (remove what it staged, dispose what it watches) before it exits.
/// </summary>
internal sealed class CtrlC : IDisposable
{
    private readonly CancellationTokenSource cancellation = new();

    public CtrlC() => Console.CancelKeyPress += Cancel;

    public CancellationToken Token => cancellation.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= Cancel;
        cancellation.Dispose();
    }

    private void Cancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
}
