using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;
using RulesDsl.Language.Checking;
using RulesDsl.Workspace;

namespace RulesDsl.Benchmarks;

/// <summary>
/// What a warm run pays to find its classifier in the cache, the rules checked and the corpus linked in setup: the
/// baseline writes the classifier's C# and hashes it (how the key was made before), against the key made from the plan
/// (names and manifest), and the whole hit (key, the entry read and proven, loaded and unloaded).
/// </summary>
[MemoryDiagnoser]
public class CachedClassifierLookup
{
    private RulesWorkspace workspace = null!;
    private CheckedRules rules = null!;
    private string folder = "";
    private ClassifierLoader loader = null!;

    [GlobalSetup]
    public void Setup()
    {
        workspace = GpaiRules.Workspace();
        rules = GpaiRules.Check(GpaiRules.Text(), workspace);
        folder = Directory.CreateTempSubdirectory("rulesdsl-bench-cache-").FullName;
        loader = new ClassifierLoader(new ClassifierCache(folder));
        using var first = loader.Load(rules, workspace.Graph).Classifier!;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true)]
    public string KeyFromGeneratedCSharp()
    {
        var generated = ClassifierGenerator.Generate(rules, workspace.Graph);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", ClassifierCache.Tools, generated.AssemblyName, generated.Source, generated.Manifest.ToJson()))));
    }

    [Benchmark]
    public string KeyFromPlan() => ClassifierCache.Key(ClassifierGenerator.Plan(rules, workspace.Graph));

    [Benchmark]
    public bool WholeHit()
    {
        var result = loader.Load(rules, workspace.Graph);
        using var loaded = result.Classifier ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return loaded.FromCache ? true : throw new InvalidOperationException("the cached classifier was not found");
    }
}
