using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using RulesDsl.Compiler.Loading;
using RulesDsl.Runtime;
using RulesDsl.Workspace;

namespace RulesDsl.Benchmarks.Peers;

/// <summary>
/// From rules text to the first verdict, in a warm process: RulesEngine parses its workflow JSON and executes it once,
/// NRules compiles its rule classes into a session factory and fires once, ours checks, generates, compiles, loads and
/// classifies once, without a cache (the corpus linked in setup, as a host's workspace holds it). And a one-line edit:
/// each with its threshold changed (a new value each time, so nothing can be reused) and the next verdict given; NRules'
/// threshold is C#, so its edit is the compile of its rules again (the C# compile of the edit not counted).
/// </summary>
[MemoryDiagnoser]
public class PeersFirstVerdict
{
    // Annex XIII, point (f): the one line of gpai-systemic-risk.rules an edit changes, and the workflow's threshold.
    private const string RulesLine = "value 10 000 from 2025-08-02", WorkflowLine = "\"Expression\": \"10000000000000000000000000.0M\"";

    private static readonly ClassifyOptions Untraced = new(GpaiRules.AsOf, Trace: false);

    private RulesWorkspace workspace = null!;
    private string rules = "", workflow = "";
    private Facts facts = Facts.None;
    private PeerModel model = null!;
    private RulesEnginePeer editedEngine = null!;
    private LoadedClassifier? loaded;
    private int edit;

    /// <summary>Ours first, the ratios' baseline.</summary>
    internal (string Name, Func<int> Run)[] Ways =>
    [
        ("ours, text to first verdict", Ours),
        ("RulesEngine, text to first verdict", RulesEngine),
        ("NRules, rules to first verdict", NRules),
        ("ours, one-line edit", OursEdit),
        ("RulesEngine, one-line edit", RulesEngineEdit),
    ];

    [GlobalSetup]
    public void Setup()
    {
        workspace = GpaiRules.Workspace();
        rules = GpaiRules.Text();
        workflow = RulesEnginePeer.WorkflowText();
        foreach (var (text, line, file) in new[] { (rules, RulesLine, GpaiRules.Path), (workflow, WorkflowLine, RulesEnginePeer.WorkflowPath) })
        {
            if (!text.Contains(line, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{file} no longer has the line '{line}'");
            }
        }

        // The three must agree on it.
        var index = FirstYes();
        facts = GpaiProfiles.Profile(index);
        model = PeerModel.Of(facts, GpaiRules.AsOf);
        editedEngine = new RulesEnginePeer(workflow);
        var expected = PeerVerdict.Of(HandWrittenGpai.SystemicRisk(facts, GpaiRules.AsOf));
        if (new RulesEnginePeer(workflow).SystemicRisk(model) != expected || new NRulesPeer(NRulesPeer.Rules).SystemicRisk(model) != expected)
        {
            throw new InvalidOperationException($"profile {index} is not decided alike by ours and the peers");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => loaded?.Dispose();

    [Benchmark(Baseline = true)]
    public int Ours()
    {
        using var classifier = GpaiRules.Load(rules, workspace);
        return (int)classifier.Classifier.Classify(facts, Untraced).Outcome;
    }

    [Benchmark]
    public int RulesEngine() => new RulesEnginePeer(workflow).SystemicRisk(model).Outcome.Length;

    [Benchmark]
    public int NRules() => new NRulesPeer(NRulesPeer.Rules).SystemicRisk(model).Outcome.Length;

    [Benchmark]
    public int OursEdit()
    {
        var previous = loaded;
        loaded = GpaiRules.Load(rules.Replace(RulesLine, $"value {Next()} 000 from 2025-08-02", StringComparison.Ordinal), workspace);
        previous?.Dispose();
        return (int)loaded.Classifier.Classify(facts, Untraced).Outcome;
    }

    [Benchmark]
    public int RulesEngineEdit()
    {
        editedEngine.Update(workflow.Replace(WorkflowLine, $"\"Expression\": \"{Next()}0000000000000000000000000.0M\"", StringComparison.Ordinal));
        return editedEngine.SystemicRisk(model).Outcome.Length;
    }

    /// <summary>The ways timed interleaved (<see cref="Benchmarks.Paired"/>), each as a ratio to ours.</summary>
    public static void Paired(int rounds)
    {
        var benchmark = new PeersFirstVerdict();
        benchmark.Setup();
        try
        {
            var paired = Benchmarks.Paired.Measure(benchmark.Ways, rounds, 1);
            paired.Print("Rules text to first verdict, warm process", 0, "ms");
            paired.PrintRatio(4, 3);
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    /// <summary>
    /// One engine's first verdict in a fresh process (<c>ours</c>, <c>rulesengine</c> or <c>nrules</c>): prints the
    /// milliseconds from the process's start to the verdict and, for ours, those of them the corpus took to read and link
    /// (Process/peers-first-verdict.sh runs each in turn).
    /// </summary>
    public static void Cold(string engine)
    {
        var facts = GpaiProfiles.Profile(FirstYes());
        var corpus = TimeSpan.Zero;
        var outcome = engine switch
        {
            "rulesengine" => new RulesEnginePeer(RulesEnginePeer.WorkflowText()).SystemicRisk(PeerModel.Of(facts, GpaiRules.AsOf)).Outcome,
            "nrules" => new NRulesPeer(NRulesPeer.Rules).SystemicRisk(PeerModel.Of(facts, GpaiRules.AsOf)).Outcome,
            "ours" => OursCold(facts, out corpus),
            _ => throw new ArgumentException($"no engine '{engine}': ours, rulesengine or nrules", nameof(engine)),
        };
        using var process = Process.GetCurrentProcess();
        var total = DateTime.Now - process.StartTime;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total.TotalMilliseconds:0} {corpus.TotalMilliseconds:0} {outcome}"));
    }

    private static string OursCold(Facts facts, out TimeSpan corpus)
    {
        var linking = Stopwatch.StartNew();
        var workspace = GpaiRules.Workspace();
        corpus = linking.Elapsed;
        using var classifier = GpaiRules.Load(GpaiRules.Text(), workspace);
        return PeerVerdict.Of(classifier.Classifier.Classify(facts, Untraced))?.Outcome ?? "unknown";
    }

    /// <summary>The first profile ours finds with systemic risk, so that every engine decides the verdict's rules on it.</summary>
    private static int FirstYes() =>
        Enumerable.Range(0, GpaiProfiles.Count).First(i => PeerVerdict.Of(HandWrittenGpai.SystemicRisk(GpaiProfiles.Profile(i), GpaiRules.AsOf))?.Outcome == "yes");

    // A threshold from 1 to 9: changed at every edit.
    private int Next() => (++edit % 9) + 1;
}
