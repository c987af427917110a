using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;

namespace RulesDsl.Compiler.Loading;

/// <summary>
/// The classifier a long-running process serves, swapped without a restart when its rules change: the new one is
/// loaded first, then the old one's context is unloaded. A rules change that does not compile keeps the old one.
/// </summary>
public sealed class ClassifierHost(ClassifierLoader loader) : IDisposable
{
    public LoadedClassifier? Current { get; private set; }

    /// <summary>Loads the rules if they differ from what is served; returns the diagnostics of the attempt.</summary>
    public LoadResult Reload(CheckedRules rules, LinkGraph graph)
    {
        var result = loader.Load(rules, graph);
        if (result.Classifier is not { } loaded)
        {
            return result;
        }

        if (loaded.Key == Current?.Key)
        {
            loaded.Dispose();
            return result with { Classifier = Current };
        }

        var old = Current;
        Current = loaded;
        old?.Dispose();
        return result;
    }

    public void Dispose()
    {
        Current?.Dispose();
        Current = null;
    }
}
