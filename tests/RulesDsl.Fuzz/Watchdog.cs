using System.Diagnostics;

namespace RulesDsl.Fuzz;

/// <summary>
/// Ends the process when one input has run for <see cref="HangLimit"/>: a thread cannot be stopped in .NET, and a hang
/// would otherwise hold the campaign (and CI) until it is killed, the input lost.
/// </summary>
internal static class Watchdog
{
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    public static void Start(IReadOnlyList<Campaign> campaigns, Stopwatch clock)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(1_000);
                foreach (var campaign in campaigns)
                {
                    if (campaign.Current is { } current && Stopwatch.GetElapsedTime(current.Started) is var elapsed && elapsed > HangLimit)
                    {
                        var finding = campaign.Hang(current.Input, elapsed);
                        Console.WriteLine($"fuzz: {finding.Target}: {finding.Detail} -> {finding.File}; stopped after {clock.Elapsed.TotalSeconds:F0} s");
                        Environment.Exit(1);
                    }
                }
            }
        })
        { IsBackground = true };
        thread.Start();
    }
}
