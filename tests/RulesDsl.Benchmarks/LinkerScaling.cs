using BenchmarkDotNet.Attributes;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;
using RulesDsl.Linking;

namespace RulesDsl.Benchmarks;

/// <summary>
/// The embedded corpus (the whole AI Act in English and Dutch, with the seeds) once, 4 times and 16 times over, each
/// copy a distinct act of its own (its folder, and its name in the front matter). Every method is measured against the
/// single copy in the same run: a Ratio near 4 and 16 says the work grows linearly with the text.
/// </summary>
public abstract class ScalingBenchmark
{
    private readonly List<string> folders = [];

    protected string Once { get; private set; } = "";

    protected string FourTimes { get; private set; } = "";

    protected string SixteenTimes { get; private set; } = "";

    [GlobalSetup]
    public virtual void Setup()
    {
        Once = Copy(1);
        FourTimes = Copy(4);
        SixteenTimes = Copy(16);
    }

    [GlobalCleanup]
    public void Cleanup() => folders.ForEach(f => Directory.Delete(f, recursive: true));

    private string Copy(int copies)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rulesdsl-benchmarks", Guid.NewGuid().ToString("N"));
        var act = RepoPaths.InCorpus("eu-ai-act");
        for (var copy = 0; copy < copies; copy++)
        {
            var name = $"act-{copy:D3}";
            // The downloaded sources are not read: only the Markdown the reader reads and the anchor map.
            foreach (var file in Directory.EnumerateFiles(act, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(act, f).StartsWith("sources", StringComparison.Ordinal)))
            {
                var target = Path.Combine(folder, name, Path.GetRelativePath(act, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, File.ReadAllText(file).Replace("\nact: eu-ai-act\n", $"\nact: {name}\n", StringComparison.Ordinal));
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
    private LegalCorpus fourTimes = null!;
    private LegalCorpus sixteenTimes = null!;

    public override void Setup()
    {
        base.Setup();
        (once, fourTimes, sixteenTimes) = (CorpusReader.Read(Once), CorpusReader.Read(FourTimes), CorpusReader.Read(SixteenTimes));
    }

    [Benchmark(Baseline = true)]
    public int LinkOnce() => Linker.Link(once).References.Length;

    [Benchmark]
    public int LinkFourTimes() => Linker.Link(fourTimes).References.Length;

    [Benchmark]
    public int LinkSixteenTimes() => Linker.Link(sixteenTimes).References.Length;
}

/// <summary>Reading the corpus folder into provisions, from the files.</summary>
[MemoryDiagnoser]
public class ReaderScaling : ScalingBenchmark
{
    [Benchmark(Baseline = true)]
    public int ReadOnce() => CorpusReader.Read(Once).Provisions.Length;

    [Benchmark]
    public int ReadFourTimes() => CorpusReader.Read(FourTimes).Provisions.Length;

    [Benchmark]
    public int ReadSixteenTimes() => CorpusReader.Read(SixteenTimes).Provisions.Length;
}
