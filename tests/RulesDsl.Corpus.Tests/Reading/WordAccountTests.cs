using RulesDsl.Corpus.Reading;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>Every word of a source ends up somewhere: in a provision, a division, set aside, or unclassified.</summary>
public class WordAccountTests
{
    private static IEnumerable<string> CorpusFiles =>
        Directory.EnumerateFiles(RepoPaths.InCorpus("eu-ai-act"), "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}sources{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Corpus, f))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(typeof(ReaderFixtures), nameof(ReaderFixtures.All))]
    public void Every_word_of_a_fixture_is_kept_once(string fixture)
    {
        var corpus = ReaderFixtures.Fixture(fixture);

        var account = WordAccount.Of(corpus, corpus.Documents.ShouldHaveSingleItem(), File.ReadAllText(ReaderFixtures.PathOf(fixture)));

        account.BodyWords.ShouldBeGreaterThan(150);
        account.Missing.ShouldBeEmpty(account.ToString());
        account.Added.ShouldBeEmpty(account.ToString());
    }

    [TestCaseSource(nameof(CorpusFiles))]
    public void Every_word_of_a_corpus_file_is_kept(string relative)
    {
        var corpus = CorpusReader.Read(RepoPaths.InCorpus(relative));

        var account = WordAccount.Of(corpus, corpus.Documents.ShouldHaveSingleItem(), File.ReadAllText(RepoPaths.InCorpus(relative)));

        account.Missing.ShouldBeEmpty(account.ToString());
        account.Added.ShouldBeEmpty(account.ToString());
    }
}
