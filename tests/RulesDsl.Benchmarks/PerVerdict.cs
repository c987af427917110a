using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using RulesDsl.Compiler.Loading;
using RulesDsl.Runtime;

namespace RulesDsl.Benchmarks;

/// <summary>
/// One verdict of the GPAI rules on the 64 profiles of <see cref="GpaiProfiles"/>, five ways: written by hand in
/// typed C# over a plain object (the baseline), by hand over <see cref="Facts"/>, and by the compiled classifier over
/// <see cref="Facts"/> without trace, over its typed facts without trace (a verdict as a value), and with trace. Setup
/// checks that all five give the same verdict on every profile, so they do the same work.
/// </summary>
[MemoryDiagnoser]
public class PerVerdict
{
    private const int Profiles = GpaiProfiles.Count;

    private static readonly ClassifyOptions Untraced = new(GpaiRules.AsOf, Trace: false);
    private static readonly ClassifyOptions Traced = new(GpaiRules.AsOf, Trace: true);

    private Facts[] profiles = [];
    private GpaiModel[] models = [];
    private FactSlots[] slots = [];
    private LoadedClassifier loaded = null!;
    private IClassifier classifier = null!;

    /// <summary>The five ways, by name, the first the baseline.</summary>
    private (string Name, Func<int> Run)[] Ways =>
    [
        ("hand-written typed", HandWrittenTyped),
        ("hand-written over Facts", HandWrittenFacts),
        ("ours over Facts, trace off", OursFactsTraceOff),
        ("ours typed, trace off", OursTypedTraceOff),
        ("ours, trace on", OursTraceOn),
    ];

    [GlobalSetup]
    public void Setup()
    {
        loaded = GpaiRules.Load(GpaiRules.Text(), GpaiRules.Workspace());
        classifier = loaded.Classifier;
        var typed = loaded.Typed ?? throw new InvalidOperationException("the GPAI classifier takes no typed facts");
        profiles = [.. Enumerable.Range(0, Profiles).Select(GpaiProfiles.Profile)];
        models = [.. profiles.Select(GpaiModel.Of)];
        slots = [.. profiles.Select(facts =>
        {
            var filled = typed.NewSlots();
            filled.Read(facts);
            return filled;
        })];
        foreach (var (facts, index) in profiles.Select((f, i) => (f, i)))
        {
            var expected = HandWrittenGpai.SystemicRisk(facts, GpaiRules.AsOf);
            GpaiProfiles.Agree(index, facts, expected, classifier.Classify(facts, Untraced));
            GpaiProfiles.Agree(index, facts, expected, classifier.Classify(facts, Traced));
            GpaiProfiles.Agree(index, facts, expected, typed.ToVerdict(slots[index].Decide(GpaiRules.AsOf), GpaiRules.AsOf));
            if (HandWrittenGpai.SystemicRisk(models[index], GpaiRules.AsOf) != slots[index].Decide(GpaiRules.AsOf))
            {
                throw new InvalidOperationException($"profile {index}: the hand-written typed verdict is not the classifier's");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => loaded.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Profiles)]
    public int HandWrittenTyped()
    {
        var yes = 0;
        foreach (var model in models)
        {
            yes += (int)HandWrittenGpai.SystemicRisk(model, GpaiRules.AsOf).Outcome;
        }

        return yes;
    }

    [Benchmark(OperationsPerInvoke = Profiles)]
    public int HandWrittenFacts()
    {
        var yes = 0;
        foreach (var facts in profiles)
        {
            yes += (int)HandWrittenGpai.SystemicRisk(facts, GpaiRules.AsOf).Outcome;
        }

        return yes;
    }

    [Benchmark(OperationsPerInvoke = Profiles)]
    public int OursFactsTraceOff() => ClassifyAll(Untraced);

    [Benchmark(OperationsPerInvoke = Profiles)]
    public int OursTypedTraceOff()
    {
        var yes = 0;
        foreach (var filled in slots)
        {
            yes += (int)filled.Decide(GpaiRules.AsOf).Outcome;
        }

        return yes;
    }

    [Benchmark(OperationsPerInvoke = Profiles)]
    public int OursTraceOn() => ClassifyAll(Traced);

    /// <summary>
    /// The five ways timed in small batches, round-robin, after 6 s of CPU warming up, for tiered compilation to settle:
    /// each round's time of each way as a ratio to the baseline's in that round, and the median over the rounds, which a
    /// machine others load moves less than BenchmarkDotNet's separate runs of each (issue 15).
    /// </summary>
    public static void Paired(int rounds)
    {
        var benchmark = new PerVerdict();
        benchmark.Setup();
        try
        {
            var ways = benchmark.Ways;
            // Warmed by CPU time, not by the clock: on a loaded machine seconds of the clock may be too few for tiered
            // compilation (and the hand-written ways' dynamic PGO) to reach its last tier, which left them slow.
            using var process = Process.GetCurrentProcess();
            var start = process.TotalProcessorTime;
            while (process.TotalProcessorTime - start < TimeSpan.FromSeconds(6))
            {
                Array.ForEach(ways, way => way.Run());
                process.Refresh();
            }

            // Each batch about a millisecond of the slowest way: many calls, little of the load in any one batch.
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

            var perVerdict = new double[ways.Length][];
            for (var w = 0; w < ways.Length; w++)
            {
                perVerdict[w] = new double[rounds];
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

                    perVerdict[w][round] = Stopwatch.GetElapsedTime(began).TotalNanoseconds / batch[w] / Profiles;
                }
            }

            Console.WriteLine($"Per verdict, {rounds} rounds, median ratio to {ways[0].Name} (median ns in this run, for scale only):");
            for (var w = 0; w < ways.Length; w++)
            {
                var ratio = Median([.. Enumerable.Range(0, rounds).Select(r => perVerdict[w][r] / perVerdict[0][r])]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ways[w].Name,-28} {ratio,7:0.00}x  ({Median(perVerdict[w]),8:0.0} ns)"));
            }

            // The goals of issue 15 compare ours over Facts with the hand-written over Facts, and trace on with trace off.
            foreach (var (way, against) in new[] { (2, 1), (3, 0), (4, 2) })
            {
                var ratio = Median([.. Enumerable.Range(0, rounds).Select(r => perVerdict[way][r] / perVerdict[against][r])]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ways[way].Name} / {ways[against].Name}: {ratio:0.000}x"));
            }
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private int ClassifyAll(ClassifyOptions options)
    {
        var yes = 0;
        foreach (var facts in profiles)
        {
            yes += (int)classifier.Classify(facts, options).Outcome;
        }

        return yes;
    }
}
