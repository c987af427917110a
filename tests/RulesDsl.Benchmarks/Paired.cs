using System.Diagnostics;
using System.Globalization;

namespace RulesDsl.Benchmarks;

/// <summary>
/// Ways of doing the same work timed in small batches, round-robin, after 6 s of CPU warming up, for tiered compilation
/// to settle: each round's time of each way as a ratio to another's in that round, and the median over the rounds, which
/// a machine others load moves less than BenchmarkDotNet's separate runs of each (issue 15).
/// </summary>
internal sealed class Paired
{
    private readonly (string Name, Func<int> Run)[] ways;
    private readonly double[][] times;

    private Paired((string Name, Func<int> Run)[] ways, double[][] times)
    {
        this.ways = ways;
        this.times = times;
    }

    /// <summary>
    /// Times <paramref name="ways"/> over <paramref name="rounds"/> rounds, each call doing <paramref name="operations"/>
    /// operations; a batch is about a millisecond of each way (one call when a call takes longer).
    /// </summary>
    public static Paired Measure((string Name, Func<int> Run)[] ways, int rounds, int operations)
    {
        // Warmed by CPU time, not by the clock: on a loaded machine seconds of the clock may be too few for tiered
        // compilation (and dynamic PGO) to reach its last tier, which left the fast ways slow.
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        while (process.TotalProcessorTime - start < TimeSpan.FromSeconds(6))
        {
            Array.ForEach(ways, way => way.Run());
            process.Refresh();
        }

        // Each batch about a millisecond: many calls, little of the load in any one batch.
        var batch = new int[ways.Length];
        for (var w = 0; w < ways.Length; w++)
        {
            var timed = Stopwatch.StartNew();
            var calls = 0;
            while (timed.Elapsed < TimeSpan.FromMilliseconds(20))
            {
                ways[w].Run();
                calls++;
            }

            batch[w] = Math.Max(1, calls / 20);
        }

        var times = new double[ways.Length][];
        for (var w = 0; w < ways.Length; w++)
        {
            times[w] = new double[rounds];
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var w = 0; w < ways.Length; w++)
            {
                var began = Stopwatch.GetTimestamp();
                for (var call = 0; call < batch[w]; call++)
                {
                    ways[w].Run();
                }

                times[w][round] = Stopwatch.GetElapsedTime(began).TotalNanoseconds / batch[w] / operations;
            }
        }

        return new Paired(ways, times);
    }

    /// <summary>The median over the rounds of way <paramref name="way"/>'s time over way <paramref name="against"/>'s.</summary>
    public double Ratio(int way, int against) =>
        Median([.. Enumerable.Range(0, times[way].Length).Select(r => times[way][r] / times[against][r])]);

    /// <summary>Every way's median ratio to way <paramref name="baseline"/>, with its median time for scale in ns or ms.</summary>
    public void Print(string title, int baseline, string unit)
    {
        var divisor = unit == "ms" ? 1e6 : 1;
        Console.WriteLine($"{title}, {times[0].Length} rounds, median ratio to {ways[baseline].Name} (median {unit} in this run, for scale only):");
        for (var w = 0; w < ways.Length; w++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ways[w].Name,-34} {Ratio(w, baseline),8:0.00}x  ({Median(times[w]) / divisor,10:0.0} {unit})"));
        }
    }

    /// <summary>One way's median ratio to another, as a line.</summary>
    public void PrintRatio(int way, int against) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ways[way].Name} / {ways[against].Name}: {Ratio(way, against):0.000}x"));

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
