using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Versions;

namespace RulesDsl.Linking.Tests.Versions;

/// <summary>The law compared on two dates of the embedded corpus, and the EUR-Lex excerpts against edited copies of them.</summary>
public class CorpusDiffTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static LegalCorpus Embedded => LinkedCorpus.Value.Corpus;

    [Test]
    public void The_two_scraped_versions_of_Annex_XIII_read_the_same_only_their_dating_notes_differ()
    {
        var comparison = CorpusDiff.Compare(new CorpusSide(Embedded, new DateOnly(2024, 5, 8)), new CorpusSide(Embedded, new DateOnly(2024, 5, 21)));

        comparison.Changes.ShouldBeEmpty();
        // The annex and its seven points, each the 2024-05-08 text against the 2024-05-21 one.
        comparison.Unchanged.ShouldBe(9);
        Embedded.Find(ProvisionId.Parse("anx_XIII__pnt_f"), "en", new DateOnly(2024, 5, 8))!.Version.ShouldBe(new DateOnly(2024, 5, 8));
        Embedded.Find(ProvisionId.Parse("anx_XIII__pnt_f"), "en", new DateOnly(2024, 5, 21))!.Version.ShouldBe(new DateOnly(2024, 5, 21));

        // What tells them apart is set aside by the reader, not read as law: the two "Updated on …" notes.
        var scraped = Embedded.Documents.Single(d => d.Path.EndsWith("annex-xiii.scraped.md", StringComparison.Ordinal));
        scraped.Boilerplate.Where(b => b.Reason == "version note").Select(b => b.Text[..23])
            .ShouldBe(["Updated on May 21st 202", "Updated on May 8th 2024"]);
    }

    [Test]
    public void The_scraped_text_in_force_in_May_2024_and_the_Official_Journal_text_of_today_read_the_same_in_the_English_Annex_XIII_the_Dutch_is_added()
    {
        var comparison = CorpusDiff.Compare(new CorpusSide(Embedded, new DateOnly(2024, 5, 21)), new CorpusSide(Embedded, Today));

        comparison.Changes.ShouldNotContain(c => c.Language == "en" && c.Id.Value.StartsWith("anx_XIII", StringComparison.Ordinal));
        // The Dutch annex has no version before the Official Journal's: it is added, not changed.
        comparison.Changes.Where(c => c.Language == "nl" && c.Id.Value.StartsWith("anx_XIII", StringComparison.Ordinal))
            .ShouldAllBe(c => c.Kind == ChangeKind.Added && c.Old == null);
        comparison.Changes.ShouldContain(c => c.Language == "nl" && c.Id.Value == "anx_XIII__pnt_f");
        // What the Official Journal of 2024-07-12 brought beside the annex: articles and recitals, added.
        comparison.Changes.ShouldContain(c => c.Id.Value == "art_51__para_2" && c.Kind == ChangeKind.Added && c.Old == null);
    }

    [Test]
    public void A_threshold_changed_in_point_f_is_one_word_changed()
    {
        using var excerpts = new TempCorpus().CopyExcerpts();
        using var corpus = new TempCorpus().CopyExcerpts();
        corpus.Edit("eu-ai-act/en/annex-xiii.oj.md", "at least 10 000 registered", "at least 15 000 registered");

        var comparison = CorpusDiff.Compare(new CorpusSide(excerpts.Read(), Today), new CorpusSide(corpus.Read(), Today));

        var change = comparison.Changes.ShouldHaveSingleItem();
        change.Id.Value.ShouldBe("anx_XIII__pnt_f");
        change.Name.ShouldBe("Annex XIII, point (f)");
        change.Kind.ShouldBe(ChangeKind.Changed);
        change.Words.Where(w => w.Operation != WordOperation.Equal)
            .ShouldBe([new WordRun(WordOperation.Deleted, "10 000"), new WordRun(WordOperation.Inserted, "15 000")]);
        WordDiff.Side(change.Words, old: true).ShouldBe(change.Old!.Text);
        WordDiff.Side(change.Words, old: false).ShouldBe(change.New!.Text);
    }

    [Test]
    public void A_provision_no_longer_in_the_corpus_is_removed_with_all_its_words()
    {
        using var excerpts = new TempCorpus().CopyExcerpts();
        using var corpus = new TempCorpus().CopyExcerpts();
        File.Delete(Path.Combine(corpus.Folder, "eu-ai-act", "en", "recital-112.md"));

        var comparison = CorpusDiff.Compare(new CorpusSide(excerpts.Read(), Today), new CorpusSide(corpus.Read(), Today));

        var removed = comparison.Changes.ShouldHaveSingleItem();
        removed.Id.Value.ShouldBe("rct_112");
        removed.Kind.ShouldBe(ChangeKind.Removed);
        removed.New.ShouldBeNull();
        removed.Words.ShouldHaveSingleItem().ShouldBe(new WordRun(WordOperation.Deleted, removed.Old!.Text));
    }

    [Test]
    public void Words_are_diffed_as_words_and_numbers_grouped_by_spaces_as_one()
    {
        WordDiff.Of("at least 10 000 registered users", "at least 15 000 enrolled users")
            .ShouldBe([
                new WordRun(WordOperation.Equal, "at least "),
                new WordRun(WordOperation.Deleted, "10 000"),
                new WordRun(WordOperation.Inserted, "15 000"),
                new WordRun(WordOperation.Equal, " "),
                new WordRun(WordOperation.Deleted, "registered"),
                new WordRun(WordOperation.Inserted, "enrolled"),
                new WordRun(WordOperation.Equal, " users"),
            ]);
        WordDiff.Of("same", "same").ShouldBe([new WordRun(WordOperation.Equal, "same")]);
    }
}
