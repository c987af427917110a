using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using RulesDsl.Caching;
using RulesDsl.Compiler.Diagnostics;
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
    private readonly Lazy<ClassifierManifest> manifest;
    private AssemblyLoadContext? context;

    internal LoadedClassifier(AssemblyLoadContext context, IClassifier classifier, string manifest, string key)
    {
        this.context = context;
        Classifier = classifier;
        // Read when first asked for: a run that only classifies never needs it.
        this.manifest = new Lazy<ClassifierManifest>(() => ClassifierManifest.FromJson(manifest)
            ?? throw new InvalidOperationException($"{key} has an empty manifest"));
        ManifestSha256 = CacheFolder.Sha256(System.Text.Encoding.UTF8.GetBytes(manifest));
        Key = key;
    }

    public IClassifier Classifier { get; }

    /// <summary>
    /// The same classifier over typed facts (slots set by fact index, verdicts as values without allocating), for
    /// callers that cannot name the generated type; null for a rule set whose rules are decided only by the runtime.
    /// </summary>
    public ITypedClassifier? Typed => Classifier as ITypedClassifier;

    public ClassifierManifest Manifest => manifest.Value;

    /// <summary>The hash of the manifest's text as the assembly embeds it, which the cache's record of it also holds.</summary>
    public string ManifestSha256 { get; }

    /// <summary>The hash of what it was built from: equal keys, equal classifiers.</summary>
    public string Key { get; }

    /// <summary>Whether it was taken from the cache rather than compiled.</summary>
    public bool FromCache { get; internal set; }

    public void Dispose()
    {
        context?.Unload();
        context = null;
    }
}

/// <summary>The outcome of loading: the classifier, or the diagnostics that stopped it.</summary>
public sealed record LoadResult(LoadedClassifier? Classifier, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The warnings of the cache (an entry refused and rebuilt), also among <see cref="Diagnostics"/>.</summary>
    public ImmutableArray<Diagnostic> Cache { get; init; } = [];
}

/// <summary>
/// Checked rules to a running classifier in this process: generated, compiled (or taken from the cache by content
/// hash) and loaded into a collectible <see cref="AssemblyLoadContext"/> that shares the runtime with the host, so its
/// verdicts are the host's own types.
/// </summary>
public sealed class ClassifierLoader(ClassifierCache? cache = null)
{
    private readonly ClassifierCache? configured = cache;

    private static int warmedUp;

    /// <summary>
    /// Starts Roslyn on another core, once a process, for a caller about to check rules it will likely compile: the
    /// first compilation of a fresh process then finds it ready.
    /// </summary>
    public static void PrepareToCompile()
    {
        if (Interlocked.Exchange(ref warmedUp, 1) == 0)
        {
            Task.Run(WarmUp);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WarmUp() => _ = ClassifierCompiler.WarmUp();

    /// <summary>Whether classifiers are kept in and taken from a cache.</summary>
    public bool UsesCache => configured is not null;

    public LoadResult Load(CheckedRules rules, LinkGraph graph)
    {
        var plan = ClassifierGenerator.Plan(rules, graph);
        if (plan.HasErrors)
        {
            return new LoadResult(null, plan.Diagnostics);
        }

        var key = ClassifierCache.Key(plan);
        var warnings = ImmutableArray<Diagnostic>.Empty;
        var cache = configured;
        if (cache?.Distrust() is { } distrusted)
        {
            warnings = [CompilerDiagnostics.CacheNotPrivate(new SourcePosition(rules.Syntax.Path, 1, 1), cache.Folder, distrusted)];
            cache = null;
        }

        if (cache?.TryGet(key, plan.Manifest) is { } lookup)
        {
            if (lookup is { Assembly: { } dll, Pdb: var pdb } && TryLoad(dll, pdb, key) is { } hit)
            {
                return new LoadResult(hit, plan.Diagnostics);
            }

            if (lookup.Assembly is not null || lookup.Refused is not null)
            {
                // Refused, or proven and still not loadable: either way it is never tried again.
                cache.Evict(key);
                warnings = warnings.Add(CompilerDiagnostics.CacheEntryRefused(new SourcePosition(rules.Syntax.Path, 1, 1), Path.Combine(cache.Folder, key + ".dll"), lookup.Refused ?? "not loadable"));
            }
        }

        return Build(plan, rules, key, cache, warnings);
    }

    /// <summary>
    /// The classifier the cache holds under <paramref name="key"/>, built from the manifest whose text hashes to
    /// <paramref name="manifestSha256"/>, loaded without checking or planning its rules again; null when the cache is
    /// not used, or holds no such entry that loads (which <see cref="Load"/> then reports and replaces).
    /// </summary>
    public LoadedClassifier? TryLoadRecorded(string key, string manifestSha256) =>
        configured is { } cache && cache.Distrust() is null && cache.TryGetRecorded(key, manifestSha256) is { Assembly: { } dll, Pdb: var pdb }
            ? TryLoad(dll, pdb, key)
            : null;

    /// <summary>
    /// Generates and compiles the classifier, and keeps it in the cache. A method of its own, so that a cache hit never
    /// compiles code that names Roslyn's types and loads nothing of the compiler.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LoadResult Build(ClassifierPlan plan, CheckedRules rules, string key, ClassifierCache? cache, ImmutableArray<Diagnostic> warnings)
    {
        var generated = ClassifierGenerator.Generate(plan, rules);
        var compiled = ClassifierCompiler.Compile(generated, rules.Syntax.Text, rules.RuleSet.Imported);
        if (compiled.HasErrors)
        {
            return new LoadResult(null, compiled.Diagnostics.AddRange(warnings)) { Cache = warnings };
        }

        var bytes = compiled.Assembly.ToArray();
        var symbols = compiled.Pdb.ToArray();
        cache?.Put(key, generated.Manifest, bytes, symbols);
        return new LoadResult(Load(bytes, symbols, key), compiled.Diagnostics.AddRange(warnings)) { Cache = warnings };
    }

    /// <summary>Verified bytes that the runtime still refuses (a body the metadata does not show): a miss, not a crash.</summary>
    private static LoadedClassifier? TryLoad(byte[] assembly, byte[]? pdb, string key)
    {
        try
        {
            var loaded = Load(assembly, pdb, key);
            loaded.FromCache = true;
            return loaded;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or TypeLoadException or InvalidOperationException
            or TargetInvocationException or TypeInitializationException or MissingMethodException)
        {
            return null;
        }
    }

    /// <summary>A built classifier from its bytes, each in a context of its own.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LoadedClassifier Load(byte[] assembly, byte[]? pdb, string key)
    {
        var context = new AssemblyLoadContext($"rulesdsl:{key[..Math.Min(16, key.Length)]}", isCollectible: true);
        try
        {
            using var image = new MemoryStream(assembly);
            using var symbols = pdb is null ? null : new MemoryStream(pdb);
            var loaded = context.LoadFromStream(image, symbols);
            var type = loaded.GetExportedTypes().Single(t => typeof(IClassifier).IsAssignableFrom(t) && !t.IsAbstract);
            var classifier = (IClassifier)Activator.CreateInstance(type)!;
            return new LoadedClassifier(context, classifier, ManifestText(loaded), key);
        }
        catch
        {
            // Nothing of a context that failed to load is kept alive.
            context.Unload();
            throw;
        }
    }

    public static ClassifierManifest ReadManifest(Assembly assembly) =>
        ClassifierManifest.FromJson(ManifestText(assembly))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has an empty manifest");

    private static string ManifestText(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(ClassifierManifest.ResourceName)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} is not a rulesdsl classifier: it has no {ClassifierManifest.ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
