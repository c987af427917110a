using RulesDsl.Caching;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;
using RulesDsl.Corpus.Snapshots;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>Files read on every core at once make the very corpus one thread makes: same provisions, same diagnostics, same order.</summary>
public class ParallelReadingTests
{
    [Test]
    public void The_embedded_corpus_read_on_four_workers_is_the_corpus_read_on_one()
    {
        var alone = CorpusReader.Read(RepoPaths.Corpus, workers: 1);
        var together = CorpusReader.Read(RepoPaths.Corpus, workers: 4);

        Saved(together).ShouldBe(Saved(alone));
        alone.Documents.Length.ShouldBeGreaterThan(1);
        alone.Diagnostics.ShouldNotBeEmpty();
    }

    [Test]
    public void Diagnostics_of_many_files_keep_the_order_of_the_files()
    {
        using var corpus = new TempCorpus();
        for (var file = 0; file < 24; file++)
        {
            // Nothing tells each file's language (no front matter, no language folder, no words of one): reported for each.
            corpus.Write($"act/f{file:D2}.md", $"(1)\n\nQzx vrk plm {file}.\n");
        }

        var read = CorpusReader.Read(corpus.Folder, workers: 8);

        var files = read.Diagnostics.Select(d => d.Position.File).Distinct().ToList();
        files.Count.ShouldBe(24);
        files.ShouldBe([.. files.Order(StringComparer.Ordinal)]);
        Saved(read).ShouldBe(Saved(CorpusReader.Read(corpus.Folder, workers: 1)));
    }

    private static byte[] Saved(LegalCorpus corpus)
    {
        using var stream = new MemoryStream();
        using (var writer = new SnapshotWriter(stream))
        {
            CorpusSnapshot.Write(writer, corpus);
        }

        return stream.ToArray();
    }
}
