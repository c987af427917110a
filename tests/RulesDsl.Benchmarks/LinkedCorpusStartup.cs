using BenchmarkDotNet.Attributes;
using RulesDsl.Caching;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;
using RulesDsl.Linking;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Snapshots;

namespace RulesDsl.Benchmarks;

/// <summary>
/// What every command pays for the linked corpus before it can start: the embedded corpus (the whole act in English and
/// Dutch) read and linked (the baseline), against the run that finds it in the cache (the key from every file's bytes,
/// the snapshot read, verified and turned back into the graph), and the key alone; and the reading alone, its files on
/// one thread and on every core.
/// </summary>
[MemoryDiagnoser]
public class LinkedCorpusStartup
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "rulesdsl-benchmarks", Guid.NewGuid().ToString("N"));
    private LinkedCorpusCache cache = null!;

    [GlobalSetup]
    public void Setup()
    {
        cache = new LinkedCorpusCache(new CacheFolder(Path.Combine(folder, "cache"), Path.Combine(folder, "cache.key")));
        cache.Put(RepoPaths.Corpus, LinkedCorpusCache.Key(RepoPaths.Corpus)!, Linker.Link(CorpusReader.Read(RepoPaths.Corpus)));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true)]
    public LinkGraph ReadAndLink() => Linker.Link(CorpusReader.Read(RepoPaths.Corpus));

    [Benchmark]
    public LinkGraph FromSnapshot() => cache.TryGet(RepoPaths.Corpus, LinkedCorpusCache.Key(RepoPaths.Corpus)!) ?? throw new InvalidOperationException("no snapshot");

    [Benchmark]
    public string? KeyAlone() => LinkedCorpusCache.Key(RepoPaths.Corpus);

    [Benchmark]
    public LegalCorpus ReadOnOneThread() => CorpusReader.Read(RepoPaths.Corpus, workers: 1);

    [Benchmark]
    public LegalCorpus ReadOnEveryCore() => CorpusReader.Read(RepoPaths.Corpus);
}
