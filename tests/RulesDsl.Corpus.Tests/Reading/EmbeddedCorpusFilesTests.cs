using System.Security.Cryptography;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>The embedded corpus holds the project's sources byte for byte: nothing was edited to suit the code.</summary>
public class EmbeddedCorpusFilesTests
{
    private static IEnumerable<TestCaseData> Sources()
    {
        yield return new TestCaseData("seeds/000_d9472eb1c1478f0a.txt", "eu-ai-act/nl/recital-111.vault.md");
        yield return new TestCaseData("seeds/002_53a1bc7c9ae13934.txt", "eu-ai-act/en/annex-xiii.scraped.md");
        foreach (var name in new[] { "annex-xiii.oj.md", "art-3-excerpt.md", "art-51.md", "art-52.md", "recital-110.md", "recital-111.md", "recital-112.md" })
        {
            yield return new TestCaseData($"corpus/en/{name}", $"eu-ai-act/en/{name}");
        }
    }

    [TestCaseSource(nameof(Sources))]
    public void Is_byte_for_byte_the_shared_source(string shared, string embedded)
    {
        var original = Path.Combine(RepoPaths.Shared, shared);
        if (!File.Exists(original))
        {
            Assert.Ignore("../shared is not beside this checkout");
        }

        SHA256.HashData(File.ReadAllBytes(RepoPaths.InCorpus(embedded))).ShouldBe(SHA256.HashData(File.ReadAllBytes(original)));
    }
}
