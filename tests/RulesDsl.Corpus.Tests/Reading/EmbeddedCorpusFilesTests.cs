using System.Security.Cryptography;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>The repository holds the project's sources byte for byte: nothing was edited to suit the code.</summary>
public class EmbeddedCorpusFilesTests
{
    private static IEnumerable<TestCaseData> Sources()
    {
        yield return new TestCaseData("seeds/000_d9472eb1c1478f0a.txt", RepoPaths.InCorpus("eu-ai-act/nl/recital-111.vault.md"));
        yield return new TestCaseData("seeds/002_53a1bc7c9ae13934.txt", RepoPaths.InCorpus("eu-ai-act/en/annex-xiii.scraped.md"));
        foreach (var name in new[] { "annex-xiii.oj.md", "art-3-excerpt.md", "art-51.md", "art-52.md", "recital-110.md", "recital-111.md", "recital-112.md" })
        {
            yield return new TestCaseData($"corpus/en/{name}", RepoPaths.InInputs($"eurlex-markdown/eu-ai-act/en/{name}"));
        }

        // The whole act as the Publications Office publishes it, from which `rulesdsl import` writes the corpus.
        var sources = Path.Combine(RepoPaths.Shared, "sources", "eu-ai-act");
        foreach (var line in File.Exists(Path.Combine(sources, "SHA256SUMS")) ? File.ReadAllLines(Path.Combine(sources, "SHA256SUMS")) : [])
        {
            var name = line.Split("  ", 2)[1].TrimStart('.', '/');
            yield return new TestCaseData($"sources/eu-ai-act/{name}", RepoPaths.InCorpus($"eu-ai-act/sources/{name}"));
        }
    }

    [TestCaseSource(nameof(Sources))]
    public void Is_byte_for_byte_the_shared_source(string shared, string kept)
    {
        var original = Path.Combine(RepoPaths.Shared, shared);
        if (!File.Exists(original))
        {
            Assert.Ignore("../shared is not beside this checkout");
        }

        SHA256.HashData(File.ReadAllBytes(kept)).ShouldBe(SHA256.HashData(File.ReadAllBytes(original)));
    }
}
