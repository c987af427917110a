using RulesDsl.Corpus.Reading;

namespace RulesDsl.Fuzz;

/// <summary>
/// The corpus reader as every corpus command calls it (<see cref="CorpusReader.Read"/>): one source file in an act's
/// folder, beside the act's anchors.yaml and criteria.yaml, any one of the three fuzzed.
/// </summary>
internal sealed class CorpusTarget : FuzzTarget
{
    private readonly string corpus;
    private readonly Dictionary<string, (string Path, byte[] Original)> files;

    public CorpusTarget(string root, string scratch)
    {
        corpus = Path.Combine(scratch, "corpus");
        var act = Path.Combine(corpus, "eu-ai-act");
        Directory.CreateDirectory(act);
        // No language folder: the reader then tells the language from the front matter or the text itself.
        files = new(StringComparer.Ordinal)
        {
            ["md"] = (Path.Combine(act, "source.md"), File.ReadAllBytes(Path.Combine(root, "tests", "Inputs", "eurlex-markdown", "eu-ai-act", "en", "art-51.md"))),
            ["anchors.yaml"] = (Path.Combine(act, "anchors.yaml"), File.ReadAllBytes(Path.Combine(root, "corpus", "eu-ai-act", "anchors.yaml"))),
            ["criteria.yaml"] = (Path.Combine(act, "criteria.yaml"), File.ReadAllBytes(Path.Combine(root, "corpus", "eu-ai-act", "criteria.yaml"))),
        };
        Seeds = [.. MarkdownSeeds(root, "md"), .. files.Where(f => f.Key != "md").Select(f => new FuzzInput(f.Key, f.Value.Original))];
    }

    public override string Name => "corpus";

    public override int Share => 40;

    public override IReadOnlyList<FuzzInput> Seeds { get; }

    public override IReadOnlyList<string> Tokens { get; } = MarkdownTokens;

    /// <summary>Markdown and YAML as the corpus is written: front matter, headings, numbered points, links, block anchors, tables.</summary>
    public static readonly string[] MarkdownTokens =
    [
        "---\nact: eu-ai-act\nlanguage: nl\nversion: 2024-07-12\n---\n", "---\n", "language: ", "act: ", "version: ", "status: ", "eli: ",
        "# Article 51\n", "## ", "### ", "Article ", "Annex XIII", "(111)\n", "(a)", "1.", "1\\.", "[x](a3.md#^gpai)", "](a3.md#^", "[[",
        "]]", "^sysrisk", " ^gpai", "![", "<", "</", "<!--", "-->", "&#0;", "&amp;", "::: title\n", ":::\n", "| --- |", "---|---",
        "(63) | ", "```", "~~~", "    ", "* ", "+ ", "1) ", "10²⁵", "[^1]", "[^1]: ", "\\", "nl/a3.md:\n", "  gpai: art_3__pnt_63\n",
        "anx_XIII: [", "art_51__para_1__pnt_b", "&a ", "*a", "!!binary ", "? ", "{a: [", "%YAML 1.2\n", "'", "|\n", ">-\n",
    ];

    /// <summary>Every Markdown and text source of the repository small enough to read on each input, and excerpts of the whole act in both languages.</summary>
    public static IEnumerable<FuzzInput> MarkdownSeeds(string root, string kind) =>
    [
        .. SeedFiles.Files(Path.Combine(root, "corpus"), kind, ".md", ".txt"),
        .. SeedFiles.Files(Path.Combine(root, "tests", "Inputs", "eurlex-markdown"), kind, ".md"),
        .. SeedFiles.Files(Path.Combine(root, "tests", "Inputs"), kind, "README.md"),
        .. SeedFiles.Files(Path.Combine(root, "samples"), kind, ".md"),
        .. SeedFiles.Files(Path.Combine(root, "..", "shared", "seeds"), kind, ".md", ".txt"),
        .. SeedFiles.Excerpts(Path.Combine(root, "corpus", "eu-ai-act", "en", "oj.md"), kind, 16, 2_048),
        .. SeedFiles.Excerpts(Path.Combine(root, "corpus", "eu-ai-act", "nl", "oj.md"), kind, 16, 2_048),
    ];

    public override IReadOnlyList<string> Run(FuzzInput input)
    {
        foreach (var (kind, (path, original)) in files)
        {
            File.WriteAllBytes(path, kind == input.Kind ? input.Bytes : original);
        }

        return [.. CorpusReader.Read(corpus).Diagnostics.Select(d => d.ToString())];
    }
}
