using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RulesDsl.Compiler.Emit;
using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;
using RulesDsl.Language.Checking;
using RulesDsl.Runtime;
using RulesDsl.Workspace;

namespace RulesDsl.Benchmarks;

/// <summary>
/// Generated rule sets of 100, 1,000 and 10,000 threshold rules (tests/Shared/ThresholdRules.cs) through each phase
/// from rules text to verdict: checked against the corpus, generated as C#, compiled by Roslyn, and classified without
/// trace (by the generated <c>Decide</c>) and with it (by the runtime's evaluation), per case. Each phase is a category
/// whose baseline is its 100-rule run: a Ratio near 10 and 100 says the phase grows linearly with the rules.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class RuleSetScale
{
    private const int Cases = 16;

    private static readonly ClassifyOptions Untraced = new(GpaiRules.AsOf, Trace: false);
    private static readonly ClassifyOptions Traced = new(GpaiRules.AsOf, Trace: true);

    private readonly Dictionary<int, RuleSet> sizes = [];
    private RulesWorkspace workspace = null!;

    // Each benchmark builds only its own size: a process that measures 100 rules does not wait for 10,000 to compile.
    [GlobalSetup(Targets = [nameof(Check100), nameof(Generate100), nameof(Compile100), nameof(Classify100), nameof(ClassifyTraced100)])]
    public void Setup100() => Setup(100);

    [GlobalSetup(Targets = [nameof(Check1000), nameof(Generate1000), nameof(Compile1000), nameof(Classify1000), nameof(ClassifyTraced1000)])]
    public void Setup1000() => Setup(1_000);

    [GlobalSetup(Targets = [nameof(Check10000), nameof(Generate10000), nameof(Compile10000), nameof(Classify10000), nameof(ClassifyTraced10000)])]
    public void Setup10000() => Setup(10_000);

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var size in sizes.Values)
        {
            size.Loaded.Dispose();
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Check")]
    public int Check100() => Check(100);

    [Benchmark, BenchmarkCategory("Check")]
    public int Check1000() => Check(1_000);

    [Benchmark, BenchmarkCategory("Check")]
    public int Check10000() => Check(10_000);

    [Benchmark(Baseline = true), BenchmarkCategory("Generate")]
    public int Generate100() => Generate(100);

    [Benchmark, BenchmarkCategory("Generate")]
    public int Generate1000() => Generate(1_000);

    [Benchmark, BenchmarkCategory("Generate")]
    public int Generate10000() => Generate(10_000);

    [Benchmark(Baseline = true), BenchmarkCategory("Compile")]
    public int Compile100() => Compile(100);

    [Benchmark, BenchmarkCategory("Compile")]
    public int Compile1000() => Compile(1_000);

    [Benchmark, BenchmarkCategory("Compile")]
    public int Compile10000() => Compile(10_000);

    [Benchmark(Baseline = true, OperationsPerInvoke = Cases), BenchmarkCategory("Classify")]
    public int Classify100() => Classify(100, Untraced);

    [Benchmark(OperationsPerInvoke = Cases), BenchmarkCategory("Classify")]
    public int Classify1000() => Classify(1_000, Untraced);

    [Benchmark(OperationsPerInvoke = Cases), BenchmarkCategory("Classify")]
    public int Classify10000() => Classify(10_000, Untraced);

    [Benchmark(Baseline = true, OperationsPerInvoke = Cases), BenchmarkCategory("ClassifyTraced")]
    public int ClassifyTraced100() => Classify(100, Traced);

    [Benchmark(OperationsPerInvoke = Cases), BenchmarkCategory("ClassifyTraced")]
    public int ClassifyTraced1000() => Classify(1_000, Traced);

    [Benchmark(OperationsPerInvoke = Cases), BenchmarkCategory("ClassifyTraced")]
    public int ClassifyTraced10000() => Classify(10_000, Traced);

    private void Setup(int rules)
    {
        workspace = GpaiRules.Workspace();
        sizes[rules] = RuleSet.Of(rules, workspace);
    }

    private int Check(int rules) => workspace.Check(ThresholdRules.Path(rules), sizes[rules].Text).RuleSet.Rules.Length;

    private int Generate(int rules) => ClassifierGenerator.Generate(sizes[rules].Checked, workspace.Graph).Source.Length;

    private int Compile(int rules) => ClassifierCompiler.Compile(sizes[rules].Generated, sizes[rules].Text).Assembly.Length;

    private int Classify(int rules, ClassifyOptions options)
    {
        var (classifier, cases) = (sizes[rules].Loaded.Classifier, sizes[rules].Cases);
        var yes = 0;
        foreach (var facts in cases)
        {
            yes += (int)classifier.Classify(facts, options).Outcome;
        }

        return yes;
    }

    /// <summary>One size: its text, checked, generated and loaded once in setup, and its cases.</summary>
    private sealed record RuleSet(string Text, CheckedRules Checked, GeneratedClassifier Generated, LoadedClassifier Loaded, Facts[] Cases)
    {
        public static RuleSet Of(int rules, RulesWorkspace workspace)
        {
            var text = ThresholdRules.Text(rules);
            var checkedRules = workspace.Check(ThresholdRules.Path(rules), text);
            var loaded = new ClassifierLoader(cache: null).Load(checkedRules, workspace.Graph).Classifier
                ?? throw new InvalidOperationException($"the rule set of {rules} rules does not build");
            var random = new Random(rules);
            Facts[] cases = [.. Enumerable.Range(0, RuleSetScale.Cases).Select(_ => ThresholdRules.Case(random, rules, Facts.None, (facts, name, quantity) => facts.With(name, quantity), (facts, name, yes) => facts.With(name, yes)))];
            return new RuleSet(text, checkedRules, ClassifierGenerator.Generate(checkedRules, workspace.Graph), loaded, cases);
        }
    }
}
