using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// What each version of a text is in law: the scraped Parliament page (May 2024) holds drafts, the Official Journal
/// published law; as of a date only law is the text in force.
/// </summary>
public class TextStatusTests
{
    private static readonly ProvisionId PointF = ProvisionId.Parse("anx_XIII__pnt_f");
    private static readonly DateOnly BeforeTheJournal = new(2024, 5, 10);
    private static readonly DateOnly AfterTheJournal = new(2024, 8, 1);

    [Test]
    public void The_scraped_Parliament_page_holds_drafts_and_the_Official_Journal_published_law()
    {
        var versions = EmbeddedCorpus.Value.Versions(PointF, "en").ToList();

        versions.Select(p => (p.Version, p.Status)).ShouldBe([
            (new DateOnly(2024, 7, 12), TextStatus.Published),
            (new DateOnly(2024, 5, 21), TextStatus.Draft),
            (new DateOnly(2024, 5, 8), TextStatus.Draft),
        ]);
        EmbeddedCorpus.Value.Versions(PointF, "nl").ShouldAllBe(p => p.Status == TextStatus.Published);
    }

    [Test]
    public void Before_the_Official_Journal_no_text_is_in_force_though_a_draft_exists()
    {
        EmbeddedCorpus.Value.InForce(PointF, "en", BeforeTheJournal).ShouldBeNull();

        // What compares versions still reads the draft of that date.
        var draft = EmbeddedCorpus.Value.Find(PointF, "en", BeforeTheJournal).ShouldNotBeNull();
        (draft.Version, draft.Status).ShouldBe((new DateOnly(2024, 5, 8), TextStatus.Draft));
        draft.IsLawOn(AfterTheJournal).ShouldBeFalse();
    }

    [Test]
    public void A_published_text_is_in_force_from_its_date()
    {
        var oj = EmbeddedCorpus.Value.InForce(PointF, "en", AfterTheJournal).ShouldNotBeNull();

        oj.Position.File.ShouldEndWith("oj.md");
        oj.IsLawOn(new DateOnly(2024, 7, 11)).ShouldBeFalse();
        oj.IsLawOn(new DateOnly(2024, 7, 12)).ShouldBeTrue();
    }

    [TestCase("draft", TextStatus.Draft)]
    [TestCase("published", TextStatus.Published)]
    [TestCase("in-force", TextStatus.InForce)]
    public void Front_matter_states_the_status(string written, TextStatus status)
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/art.md", $"---\nlanguage: en\nversion: 2024-04-19\nstatus: {written}\n---\n\nArticle 51\n\nText.\n");

        var read = corpus.Read();

        read.Diagnostics.ShouldBeEmpty();
        read.Provisions.ShouldAllBe(p => p.Status == status);
    }

    [Test]
    public void A_stated_status_wins_over_the_one_a_Parliament_page_implies()
    {
        using var corpus = new TempCorpus();
        var page = File.ReadAllText(RepoPaths.InCorpus("eu-ai-act/en/annex-xiii.scraped.md"));
        corpus.Write("en/annex-xiii.md", "---\nstatus: published\n---\n\n" + page);

        corpus.Read().Provisions.ShouldAllBe(p => p.Status == TextStatus.Published);
    }

    [Test]
    public void A_bad_status_is_reported_where_it_is_written()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/art.md", "---\nlanguage: en\nstatus: adopted\n---\n\nArticle 51\n\nText.\n");

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0056");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        (diagnostic.Position.File.EndsWith("art.md", StringComparison.Ordinal), diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((true, 3, 9));
        diagnostic.Message.ShouldContain("'status: adopted'");
        diagnostic.Message.ShouldContain("'draft', 'published', 'in-force'");
        read.Provisions.ShouldBeEmpty();
    }
}
