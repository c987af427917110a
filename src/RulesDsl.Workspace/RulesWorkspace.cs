using System.Collections.Immutable;
using RulesDsl.Diagnostics;
using RulesDsl.Compiler.Loading;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;
using RulesDsl.Language.Checking;
using RulesDsl.Linking;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Snapshots;

namespace RulesDsl.Workspace;

/// <summary>
/// The corpus and the rules, read, linked and checked as of one date: what every command and tool works on. A
/// snapshot never changes; <see cref="WithRulesChanged"/>, <see cref="WithAsOf"/> and <see cref="WithChanges"/> give
/// a new one that shares what the change leaves alone, so a rules-only change reuses the read and linked corpus. Each
/// part is worked out when first asked for, so a command that only reads the corpus never links it.
/// </summary>
public sealed class RulesWorkspace
{
    private readonly Lazy<LegalCorpus> corpus;
    private readonly Lazy<LinkGraph> graph;
    private readonly Lazy<(ImmutableArray<CheckedRules> Files, ImmutableArray<Diagnostic> Diagnostics)> rules;
    private readonly Lazy<string?> corpusKey;

    private RulesWorkspace(string corpusPath, string? rulesPath, DateOnly asOf, TimeProvider clock, Lazy<LegalCorpus> corpus, Lazy<LinkGraph> graph, Lazy<string?> corpusKey)
    {
        this.corpusKey = corpusKey;
        CorpusPath = corpusPath;
        RulesPath = rulesPath;
        AsOf = asOf;
        Clock = clock;
        this.corpus = corpus;
        this.graph = graph;
        rules = new(() => rulesPath is null ? ([], []) : RulesChecker.CheckAll(rulesPath, graph.Value, asOf));
    }

    /// <summary>The corpus folder (or one source file), as given.</summary>
    public string CorpusPath { get; }

    /// <summary>The rules folder (or one rules file), as given; null for a workspace of the corpus alone.</summary>
    public string? RulesPath { get; }

    /// <summary>The day the law is taken as in force on: the rules' parameters, the versions quoted, the verdicts.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The clock that tells today when no date is given.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The corpus as read, with the reader's diagnostics.</summary>
    public LegalCorpus Corpus => corpus.Value;

    /// <summary>The corpus linked, with the linker's diagnostics.</summary>
    public LinkGraph Graph => graph.Value;

    /// <summary>Every rules file checked against the linked corpus as of <see cref="AsOf"/>, in name order.</summary>
    public ImmutableArray<CheckedRules> Rules => rules.Value.Files;

    /// <summary>The reader's diagnostics, then the linker's.</summary>
    public IEnumerable<Diagnostic> CorpusDiagnostics => Corpus.Diagnostics.Concat(Graph.Diagnostics);

    /// <summary>The checker's diagnostics of every rules file, and of a rules path that holds none or cannot be read.</summary>
    public ImmutableArray<Diagnostic> RulesDiagnostics => rules.Value.Diagnostics;

    /// <summary>Every diagnostic: the reader's, the linker's, then the rules'.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => [.. CorpusDiagnostics, .. RulesDiagnostics];

    /// <summary>
    /// What checking the rules reports: the corpus's errors (its warnings are for whoever maintains the corpus, and
    /// <c>rulesdsl link</c> lists them), then every diagnostic of the rules.
    /// </summary>
    public ImmutableArray<Diagnostic> CheckDiagnostics => [.. CorpusDiagnostics.Where(d => d.IsError), .. RulesDiagnostics];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// A workspace of a corpus and the rules checked against it, as of <paramref name="asOf"/> or today by
    /// <paramref name="clock"/>. With a <paramref name="cache"/>, the linked corpus is taken from it when its files are
    /// unchanged, and saved to it once linked.
    /// </summary>
    public static RulesWorkspace Open(string corpus, string? rules, DateOnly? asOf, TimeProvider clock, LinkedCorpusCache? cache = null)
    {
        var key = new Lazy<string?>(() => cache?.KeyRemembering(corpus));
        var saved = new Lazy<LinkGraph?>(() => key.Value is { } known ? cache!.TryGet(corpus, known) : null);
        var read = new Lazy<LegalCorpus>(() => saved.Value?.Corpus ?? CorpusReader.Read(corpus));
        var linked = new Lazy<LinkGraph>(() => saved.Value ?? (Linker.Link(read.Value) is var graph && cache is not null ? cache.Keep(corpus, key.Value, graph) : graph));
        return new(corpus, rules, asOf ?? LawClock.Today(clock), clock, read, linked, key) { Cache = cache };
    }

    /// <summary>Where the linked corpus is kept between runs; null when it is not.</summary>
    public LinkedCorpusCache? Cache { get; private init; }

    /// <summary>The same corpus with other rules (or none), checked against the corpus already linked.</summary>
    public RulesWorkspace WithRules(string? rulesPath) => new(CorpusPath, rulesPath, AsOf, Clock, corpus, graph, corpusKey) { Cache = Cache };

    /// <summary>The rules read and checked again, against the corpus already linked.</summary>
    public RulesWorkspace WithRulesChanged() => WithRules(RulesPath);

    /// <summary>The corpus read and linked again, and the rules checked against it.</summary>
    public RulesWorkspace WithCorpusChanged() => Open(CorpusPath, RulesPath, AsOf, Clock, Cache);

    /// <summary>The same corpus and rules as of another day (today by the clock when null); the rules checked again.</summary>
    public RulesWorkspace WithAsOf(DateOnly? asOf) => new(CorpusPath, RulesPath, asOf ?? LawClock.Today(Clock), Clock, corpus, graph, corpusKey) { Cache = Cache };

    /// <summary>After files changed: the corpus read again if any of them is in it, the rules checked again.</summary>
    public RulesWorkspace WithChanges(IEnumerable<string> changed) => changed.Any(InCorpus) ? WithCorpusChanged() : WithRulesChanged();

    /// <summary>
    /// A rules text not (or not yet) saved, an editor's buffer or a test's, checked against the linked corpus as of
    /// <see cref="AsOf"/>; no review record is read for it.
    /// </summary>
    public CheckedRules Check(string path, string text) => RulesChecker.Check(path, text, Graph, AsOf);

    /// <summary>Whether a path is the corpus or in it.</summary>
    public bool InCorpus(string path) => WorkspacePaths.Within(path, CorpusPath);

    /// <summary>
    /// Every rules file compiled (or taken from the loader's cache) and loaded, or nothing when the corpus or the rules
    /// have errors or a file does not compile; what is returned is the caller's to dispose. With a cache on both sides,
    /// a load remembered for the same inputs (<see cref="RulesLoadCache"/>) is taken before anything is checked or read.
    /// </summary>
    public RulesLoad Load(ClassifierLoader loader)
    {
        var loads = Cache is { } cache && loader.UsesCache && RulesPath is not null ? new RulesLoadCache(cache.Folder) : null;
        var key = loads is not null && corpusKey.Value is { } corpusHash ? RulesLoadCache.Key(RulesPath!, corpusHash, AsOf) : null;
        if (key is not null && Remembered(loads!, loader, key) is { } remembered)
        {
            return remembered;
        }

        var load = LoadChecked(loader, prepare: key is not null);
        if (key is not null && load.Succeeded && load.CacheWarnings.IsEmpty)
        {
            loads!.Keep(RulesPath!, CorpusPath, corpusKey.Value!, AsOf, key,
                [.. load.Loaded.Select(l => new RulesLoadCache.Entry(l.Loaded.Key, l.Loaded.ManifestSha256, l.Path))],
                load.Loaded.SelectMany(l => l.Rules.RuleSet.Imported).Select(RulesLoadCache.ImportedFile.Of));
        }

        return load;
    }

    /// <summary>The classifiers a load with the same inputs loaded, each from the classifier cache; null when any is missing.</summary>
    private RulesLoad? Remembered(RulesLoadCache loads, ClassifierLoader loader, string key)
    {
        if (loads.TryGet(RulesPath!, CorpusPath, key) is not { } entries)
        {
            return null;
        }

        var loaded = new List<LoadedRules>();
        foreach (var entry in entries)
        {
            if (loader.TryLoadRecorded(entry.ClassifierKey, entry.ManifestSha256) is not { } classifier)
            {
                loaded.ForEach(l => l.Dispose());
                return null;
            }

            var path = entry.Path;
            loaded.Add(new LoadedRules(path, classifier, new Lazy<CheckedRules>(() => Rules.Single(r => r.Syntax.Path == path)), graph));
        }

        return new RulesLoad([.. loaded], [], null) { Remembered = true };
    }

    private RulesLoad LoadChecked(ClassifierLoader loader, bool prepare = false)
    {
        if (prepare && Corpus.Diagnostics.All(d => !d.IsError))
        {
            // Nothing remembered for these inputs: the corpus is linked and the rules checked now, on one core, and most
            // often compiled after; Roslyn starts on the other meanwhile (the corpus is read on both before). A miss
            // waits about 0.3 s less for it; where the classifier is in the cache after all, that work was spent for nothing.
            ClassifierLoader.PrepareToCompile();
        }

        var errors = Diagnostics.Where(d => d.IsError).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            return new RulesLoad([], errors, null);
        }

        var loaded = new List<LoadedRules>();
        var warnings = new List<Diagnostic>();
        // A declarations file is loaded as part of each file that imports it, never as a classifier of its own.
        foreach (var file in Rules.Where(r => !r.Syntax.Header.IsDeclarations))
        {
            var result = loader.Load(file, Graph);
            warnings.AddRange(result.Cache);
            if (result.Classifier is null)
            {
                loaded.ForEach(l => l.Dispose());
                return new RulesLoad([], [.. result.Diagnostics.Where(d => d.IsError)], file) { CacheWarnings = [.. warnings] };
            }

            loaded.Add(new LoadedRules(file, result.Classifier, Graph));
        }

        return new RulesLoad([.. loaded], [], null) { CacheWarnings = [.. warnings] };
    }
}
