using BenchmarkDotNet.Attributes;
using RulesDsl.Compiler.Loading;
using RulesDsl.Workspace;

namespace RulesDsl.Benchmarks;

/// <summary>
/// The edit loop of a rules author: one line of the GPAI rules changed (the threshold of registered business users of
/// Annex XIII, point (f), a new value each time, so nothing can be reused; the compute threshold lies in the imported
/// file), then checked, generated, compiled by Roslyn and loaded, the previous classifier unloaded.
/// The corpus is linked once in setup, as a long-running host's workspace holds it.
/// </summary>
[MemoryDiagnoser]
public class ClassifierRecompilation
{
    private const string ThresholdLine = "value 10 000 from 2025-08-02";

    private RulesWorkspace workspace = null!;
    private string text = "";
    private LoadedClassifier? loaded;
    private int edit;

    [GlobalSetup]
    public void Setup()
    {
        workspace = GpaiRules.Workspace();
        text = GpaiRules.Text();
        if (!text.Contains(ThresholdLine, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{GpaiRules.Path} no longer has the line '{ThresholdLine}'");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => loaded?.Dispose();

    [Benchmark]
    public int RecompileAfterOneLineChange()
    {
        edit++;
        var changed = text.Replace(ThresholdLine, $"value {10_000 + edit % 9 + 1} from 2025-08-02", StringComparison.Ordinal);
        var previous = loaded;
        loaded = GpaiRules.Load(changed, workspace);
        previous?.Dispose();
        return loaded.Classifier.Definition.Rules.Count;
    }
}
