using BenchmarkDotNet.Attributes;
using RulesDsl.Corpus.Reading;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Html;
using RulesDsl.Import.Writing;
using RulesDsl.Linking;

namespace RulesDsl.Benchmarks;

/// <summary>
/// The whole AI Act in English and Dutch as users download it (the EUR-Lex page and the OJ HTML, 2.9 MB) imported,
/// written as the corpus's Markdown, read and linked: once, and 4 and 16 times as distinct acts. Each is measured
/// against the single act in the same run, so a Ratio near 4 and 16 says the work grows linearly with the text.
/// </summary>
[MemoryDiagnoser]
public class WholeActPipeline
{
    private readonly List<string> folders = [];
    private List<(string Path, byte[] Bytes)> sources = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoPaths.InCorpus("eu-ai-act/sources");
        sources =
        [
            .. new[] { "en/eurlex", "nl/eurlex" }
                .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.html"))
                .Order(StringComparer.Ordinal)
                .Select(path => (path, File.ReadAllBytes(path))),
        ];
        Console.WriteLine($"// sources: {sources.Sum(s => s.Bytes.Length):N0} bytes a copy");
    }

    [GlobalCleanup]
    public void Cleanup() => folders.ForEach(f => Directory.Delete(f, recursive: true));

    [Benchmark(Baseline = true)]
    public int Once() => Run(1);

    [Benchmark]
    public int FourTimes() => Run(4);

    [Benchmark]
    public int SixteenTimes() => Run(16);

    private int Run(int copies)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rulesdsl-benchmarks", Guid.NewGuid().ToString("N"));
        folders.Add(folder);
        var diagnostics = new List<Diagnostic>();
        for (var copy = 0; copy < copies; copy++)
        {
            var name = $"act-{copy:D3}";
            foreach (var source in sources)
            {
                var act = HtmlImporter.Import([source], name, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
                var file = Path.Combine(folder, name, act.Language, "oj.md");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, CorpusMarkdownWriter.Write(act));
            }
        }

        return Linker.Link(CorpusReader.Read(folder)).References.Length;
    }
}
