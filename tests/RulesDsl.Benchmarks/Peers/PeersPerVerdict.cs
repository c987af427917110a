using BenchmarkDotNet.Attributes;
using RulesDsl.Runtime;

namespace RulesDsl.Benchmarks.Peers;

/// <summary>
/// One verdict of the GPAI rules on the 64 profiles of <see cref="GpaiProfiles"/>, by Microsoft RulesEngine and NRules
/// beside the five ways of <see cref="PerVerdict"/> (hand-written typed and over <see cref="Facts"/>, ours over
/// <see cref="Facts"/> and typed without trace, ours with trace). Setup checks that the peers give our verdict on every
/// profile a two-valued engine can decide (<see cref="PeerVerdict.Of"/>); all run on all 64.
/// </summary>
[MemoryDiagnoser]
public class PeersPerVerdict
{
    private const int Profiles = GpaiProfiles.Count;

    private readonly PerVerdict ours = new();
    private PeerModel[] models = [];
    private RulesEnginePeer rulesEngine = null!;
    private NRulesPeer nrules = null!;

    /// <summary>How many of the 64 profiles the two-valued peers can decide, each checked to agree with ours in setup.</summary>
    public int Decidable { get; private set; }

    /// <summary>Ours trace off over <see cref="Facts"/> first, the ratios' baseline, then the other ways.</summary>
    internal (string Name, Func<int> Run)[] Ways =>
    [
        ("ours over Facts, trace off", OursTraceOff),
        .. ours.Ways.Where(way => way.Name != "ours over Facts, trace off"),
        ("RulesEngine 6.0.1", RulesEngine),
        ("NRules 1.0.4", NRules),
    ];

    [GlobalSetup]
    public void Setup()
    {
        ours.Setup();
        var profiles = Enumerable.Range(0, Profiles).Select(GpaiProfiles.Profile).ToArray();
        models = [.. profiles.Select(facts => PeerModel.Of(facts, GpaiRules.AsOf))];
        rulesEngine = new RulesEnginePeer(RulesEnginePeer.WorkflowText());
        nrules = new NRulesPeer(NRulesPeer.Rules);
        Decidable = 0;
        for (var index = 0; index < Profiles; index++)
        {
            // PerVerdict's setup checked the hand-written verdict to be the classifier's on every profile.
            if (PeerVerdict.Of(HandWrittenGpai.SystemicRisk(profiles[index], GpaiRules.AsOf)) is not { } expected)
            {
                continue;
            }

            Decidable++;
            foreach (var (name, actual) in new[] { ("RulesEngine", rulesEngine.SystemicRisk(models[index])), ("NRules", nrules.SystemicRisk(models[index])) })
            {
                if (actual != expected)
                {
                    throw new InvalidOperationException($"profile {index}: ours {expected}, {name} {actual}");
                }
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => ours.Cleanup();

    [Benchmark(Baseline = true, OperationsPerInvoke = Profiles)]
    public int OursTraceOff() => ours.OursFactsTraceOff();

    [Benchmark(OperationsPerInvoke = Profiles)]
    public int OursTraceOn() => ours.OursTraceOn();

    [Benchmark(OperationsPerInvoke = Profiles)]
    public int HandWrittenFacts() => ours.HandWrittenFacts();

    [Benchmark(OperationsPerInvoke = Profiles)]
    public int RulesEngine() => Count(rulesEngine.SystemicRisk);

    [Benchmark(OperationsPerInvoke = Profiles)]
    public int NRules() => Count(nrules.SystemicRisk);

    /// <summary>The peers' and ours' ways timed interleaved (<see cref="Benchmarks.Paired"/>), each as a ratio to ours trace off.</summary>
    public static void Paired(int rounds)
    {
        var benchmark = new PeersPerVerdict();
        benchmark.Setup();
        try
        {
            Console.WriteLine($"Verdicts checked equal on the {benchmark.Decidable} of {Profiles} profiles the two-valued peers can decide.");
            Benchmarks.Paired.Measure(benchmark.Ways, rounds, Profiles).Print("Per verdict, peers", 0, "ns");
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    private int Count(Func<PeerModel, PeerVerdict> classify)
    {
        var yes = 0;
        foreach (var model in models)
        {
            yes += classify(model).Outcome == "yes" ? 1 : 0;
        }

        return yes;
    }
}
