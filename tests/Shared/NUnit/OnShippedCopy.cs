using RulesDsl.Caching;

namespace RulesDsl.Tests;

/// <summary>
/// Tests that edit the shipped GPAI rules or the embedded corpus: each test gets its own copy of both, removed after it.
/// </summary>
public abstract class OnShippedCopy
{
    protected const string RulesName = "gpai-systemic-risk.rules";

    /// <summary>The copy of the embedded corpus, with the rules folder beside it (<see cref="TempCorpus.CopyShippedRules"/>).</summary>
    private protected TempCorpus Copy { get; private set; } = null!;

    /// <summary>The folder of the copied rules.</summary>
    protected string Rules { get; private set; } = "";

    /// <summary>The copied <c>gpai-systemic-risk.rules</c>.</summary>
    protected string RulesFile { get; private set; } = "";

    /// <summary>The copied <c>gpai-models.rules</c>, which <c>gpai-systemic-risk.rules</c> imports: the compute threshold and its presumption.</summary>
    protected string ModelsFile { get; private set; } = "";

    /// <summary>A cache folder in the copy, its key file beside it rather than in it, as the cache requires.</summary>
    private protected CacheFolder CacheInCopy() => new(Path.Combine(Copy.Root, "cache"), Path.Combine(Copy.Root, "cache.key"));

    [SetUp]
    public void CopyInputs()
    {
        Copy = new TempCorpus().CopyAll();
        Rules = Copy.CopyShippedRules();
        RulesFile = Path.Combine(Rules, RulesName);
        ModelsFile = Path.Combine(Rules, "gpai-models.rules");
    }

    [TearDown]
    public void RemoveInputs() => Copy.Dispose();
}
