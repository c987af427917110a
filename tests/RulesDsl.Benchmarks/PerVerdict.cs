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
    internal (string Name, Func<int> Run)[] Ways =>
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

    /// <summary>The five ways timed interleaved (<see cref="Benchmarks.Paired"/>), each as a ratio to the first.</summary>
    public static void Paired(int rounds)
    {
        var benchmark = new PerVerdict();
        benchmark.Setup();
        try
        {
            var paired = Benchmarks.Paired.Measure(benchmark.Ways, rounds, Profiles);
            paired.Print("Per verdict", 0, "ns");

            // The goals of issue 15 compare ours over Facts with the hand-written over Facts, and trace on with trace off.
            paired.PrintRatio(2, 1);
            paired.PrintRatio(3, 0);
            paired.PrintRatio(4, 2);
        }
        finally
        {
            benchmark.Cleanup();
        }
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
