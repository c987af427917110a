using BenchmarkDotNet.Attributes;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;
using RulesDsl.Linking;

namespace RulesDsl.Benchmarks;

/// <summary>
/// The embedded corpus once, 10 times and 100 times over, each copy an act folder of its own. Every method is measured
/// against the single copy in the same run: a Ratio near 10 and 100 says the work grows linearly with the text.
/// </summary>
public abstract class ScalingBenchmark
{
    private readonly List<string> folders = [];

    protected string Once { get; private set; } = "";

    protected string TenTimes { get; private set; } = "";

    protected string HundredTimes { get; private set; } = "";

    [GlobalSetup]
    public virtual void Setup()
    {
        Once = Copy(1);
        TenTimes = Copy(10);
        HundredTimes = Copy(100);
    }

    [GlobalCleanup]
    public void Cleanup() => folders.ForEach(f => Directory.Delete(f, recursive: true));

    private string Copy(int copies)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rulesdsl-benchmarks", Guid.NewGuid().ToString("N"));
        var act = RepoPaths.InCorpus("eu-ai-act");
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var file in Directory.EnumerateFiles(act, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, $"act-{copy:D3}", Path.GetRelativePath(act, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        folders.Add(folder);
        return folder;
    }
}

/// <summary>Linking a corpus already read: explicit links, glossary, mentions, cross-references.</summary>
[MemoryDiagnoser]
public class LinkerScaling : ScalingBenchmark
{
    private LegalCorpus once = null!;
    private LegalCorpus tenTimes = null!;
    private LegalCorpus hundredTimes = null!;

    public override void Setup()
    {
        base.Setup();
        (once, tenTimes, hundredTimes) = (CorpusReader.Read(Once), CorpusReader.Read(TenTimes), CorpusReader.Read(HundredTimes));
    }

    [Benchmark(Baseline = true)]
    public int LinkOnce() => Linker.Link(once).References.Length;

    [Benchmark]
    public int LinkTenTimes() => Linker.Link(tenTimes).References.Length;

    [Benchmark]
    public int LinkHundredTimes() => Linker.Link(hundredTimes).References.Length;
}

/// <summary>Reading the corpus folder into provisions, from the files.</summary>
[MemoryDiagnoser]
public class ReaderScaling : ScalingBenchmark
{
    [Benchmark(Baseline = true)]
    public int ReadOnce() => CorpusReader.Read(Once).Provisions.Length;

    [Benchmark]
    public int ReadTenTimes() => CorpusReader.Read(TenTimes).Provisions.Length;

    [Benchmark]
    public int ReadHundredTimes() => CorpusReader.Read(HundredTimes).Provisions.Length;
}
