using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using RulesDsl.Compiler.Emit;
using RulesDsl.Compiler.Generation;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Loading;

/// <summary>A classifier loaded in its own collectible context; disposing it lets the context unload.</summary>
public sealed class LoadedClassifier : IDisposable
{
    private AssemblyLoadContext? context;

    internal LoadedClassifier(AssemblyLoadContext context, IClassifier classifier, ClassifierManifest manifest, string key)
    {
        this.context = context;
        Classifier = classifier;
        Manifest = manifest;
        Key = key;
    }

    public IClassifier Classifier { get; }

    public ClassifierManifest Manifest { get; }

    /// <summary>The hash of what it was built from: equal keys, equal classifiers.</summary>
    public string Key { get; }

    public void Dispose()
    {
        context?.Unload();
        context = null;
    }
}

/// <summary>The outcome of loading: the classifier, or the diagnostics that stopped it.</summary>
public sealed record LoadResult(LoadedClassifier? Classifier, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Checked rules to a running classifier in this process: generated, compiled (or taken from the cache by content
/// hash) and loaded into a collectible <see cref="AssemblyLoadContext"/> that shares the runtime with the host, so its
/// verdicts are the host's own types.
/// </summary>
public sealed class ClassifierLoader(ClassifierCache? cache = null)
{
    private readonly ClassifierCache? cache = cache;

    public LoadResult Load(CheckedRules rules, LinkGraph graph)
    {
        var generated = ClassifierGenerator.Generate(rules, graph);
        if (generated.HasErrors)
        {
            return new LoadResult(null, generated.Diagnostics);
        }

        var key = ClassifierCache.Key(generated);
        if (cache?.TryGet(key) is var (dll, pdb))
        {
            return new LoadResult(Load(dll, pdb, key), generated.Diagnostics);
        }

        var compiled = ClassifierCompiler.Compile(generated, rules.Syntax.Text, rules.RuleSet.Imported);
        if (compiled.HasErrors)
        {
            return new LoadResult(null, compiled.Diagnostics);
        }

        var bytes = compiled.Assembly.ToArray();
        var symbols = compiled.Pdb.ToArray();
        cache?.Put(key, bytes, symbols);
        return new LoadResult(Load(bytes, symbols, key), compiled.Diagnostics);
    }

    /// <summary>A built classifier from its bytes, each in a context of its own.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LoadedClassifier Load(byte[] assembly, byte[]? pdb, string key)
    {
        var context = new AssemblyLoadContext($"rulesdsl:{key[..Math.Min(16, key.Length)]}", isCollectible: true);
        using var image = new MemoryStream(assembly);
        using var symbols = pdb is null ? null : new MemoryStream(pdb);
        var loaded = context.LoadFromStream(image, symbols);
        var type = loaded.GetExportedTypes().Single(t => typeof(IClassifier).IsAssignableFrom(t) && !t.IsAbstract);
        var classifier = (IClassifier)Activator.CreateInstance(type)!;
        return new LoadedClassifier(context, classifier, ReadManifest(loaded), key);
    }

    public static ClassifierManifest ReadManifest(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(ClassifierManifest.ResourceName)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} is not a rulesdsl classifier: it has no {ClassifierManifest.ResourceName}");
        using var reader = new StreamReader(stream);
        return ClassifierManifest.FromJson(reader.ReadToEnd())
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has an empty manifest");
    }
}
