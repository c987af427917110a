using RulesDsl.Corpus.Reading;
using RulesDsl.Linking;

namespace RulesDsl.Fuzz;

/// <summary>
/// The linker as <c>rulesdsl link</c> and <c>check</c> call it: a small corpus of English and Dutch sources and the act's
/// anchor map, read (<see cref="CorpusReader.Read"/>) and linked (<see cref="Linker.Link"/>), one of its files fuzzed.
/// </summary>
internal sealed class LinkTarget : FuzzTarget
{
    private readonly string corpus;
    private readonly Dictionary<string, (string Path, byte[] Original)> files;

    public LinkTarget(string root, string scratch)
    {
        corpus = Path.Combine(scratch, "link");
        var act = Path.Combine(corpus, "eu-ai-act");
        var excerpts = Path.Combine(root, "tests", "Inputs", "eurlex-markdown", "eu-ai-act", "en");
        Directory.CreateDirectory(Path.Combine(act, "en"));
        Directory.CreateDirectory(Path.Combine(act, "nl"));
        // Recital 111 in both languages: the English links by mention to Article 3's points, the Dutch by block anchors the map resolves.
        files = new(StringComparer.Ordinal)
        {
            ["definitions.md"] = (Path.Combine(act, "en", "art-3-excerpt.md"), File.ReadAllBytes(Path.Combine(excerpts, "art-3-excerpt.md"))),
            ["en.md"] = (Path.Combine(act, "en", "recital-111.md"), File.ReadAllBytes(Path.Combine(excerpts, "recital-111.md"))),
            ["nl.md"] = (Path.Combine(act, "nl", "recital-111.vault.md"), File.ReadAllBytes(Path.Combine(root, "corpus", "eu-ai-act", "nl", "recital-111.vault.md"))),
            ["anchors.yaml"] = (Path.Combine(act, "anchors.yaml"), File.ReadAllBytes(Path.Combine(root, "corpus", "eu-ai-act", "anchors.yaml"))),
        };
        Seeds =
        [
            .. SeedFiles.Files(Path.Combine(root, "tests", "Inputs", "eurlex-markdown"), "en.md", ".md"),
            .. SeedFiles.Files(Path.Combine(root, "corpus", "eu-ai-act", "en"), "en.md", ".md"),
            .. SeedFiles.Files(Path.Combine(root, "..", "shared", "seeds"), "en.md", "002_53a1bc7c9ae13934.txt"),
            .. SeedFiles.Excerpts(Path.Combine(root, "corpus", "eu-ai-act", "en", "oj.md"), "en.md", 12, 2_048),
            .. SeedFiles.Files(Path.Combine(root, "corpus", "eu-ai-act", "nl"), "nl.md", ".md"),
            .. SeedFiles.Files(Path.Combine(root, "..", "shared", "seeds"), "nl.md", "000_d9472eb1c1478f0a.txt"),
            .. SeedFiles.Excerpts(Path.Combine(root, "corpus", "eu-ai-act", "nl", "oj.md"), "nl.md", 12, 2_048),
            .. files.Where(f => f.Key is "definitions.md" or "anchors.yaml").Select(f => new FuzzInput(f.Key, f.Value.Original)),
        ];
    }

    public override string Name => "link";

    public override int Share => 8;

    public override IReadOnlyList<FuzzInput> Seeds { get; }

    public override IReadOnlyList<string> Tokens { get; } = CorpusTarget.MarkdownTokens;

    public override IReadOnlyList<string> Run(FuzzInput input)
    {
        foreach (var (kind, (path, original)) in files)
        {
            File.WriteAllBytes(path, kind == input.Kind ? input.Bytes : original);
        }

        var read = CorpusReader.Read(corpus);
        var graph = Linker.Link(read);
        return [.. read.Diagnostics.Concat(graph.Diagnostics).Select(d => d.ToString())];
    }
}
