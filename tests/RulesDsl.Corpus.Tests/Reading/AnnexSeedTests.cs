using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>Annex XIII: the scraped explorer page (two dated versions) beside the Official Journal text.</summary>
public class AnnexSeedTests
{
    private static readonly DateOnly Oj = new(2024, 7, 12);
    private static readonly DateOnly Current = new(2024, 5, 21);
    private static readonly DateOnly Previous = new(2024, 5, 8);

    private static IEnumerable<Provision> Annex => EmbeddedCorpus.Value.Provisions.Where(p => p.Id.IsWithin(ProvisionId.Annex("XIII")) && p.Language == "en");

    [Test]
    public void Exists_in_English_in_three_dated_versions()
    {
        EmbeddedCorpus.Value.Versions(ProvisionId.Annex("XIII"), "en").Select(p => p.Version).ShouldBe([Oj, Current, Previous]);
        EmbeddedCorpus.Value.Versions(ProvisionId.Annex("XIII"), "nl").Select(p => p.Version).ShouldBe([Oj]);
    }

    [TestCase("2024-07-12")]
    [TestCase("2024-05-21")]
    [TestCase("2024-05-08")]
    public void Has_seven_points_a_to_g_in_each_version(string version)
    {
        var date = DateOnly.Parse(version, System.Globalization.CultureInfo.InvariantCulture);
        var points = Annex.Where(p => p.Version == date && p.Kind == ProvisionKind.AnnexPoint).ToList();
        points.Select(p => p.Id.Value).ShouldBe(new[] { "a", "b", "c", "d", "e", "f", "g" }.Select(l => $"anx_XIII__pnt_{l}"));
    }

    [TestCase("2024-07-12", "(f)")]
    [TestCase("2024-05-21", "6.")]
    [TestCase("2024-05-08", "6.")]
    public void Point_f_keeps_its_own_label_and_reads_10_000_business_users(string version, string label)
    {
        var date = DateOnly.Parse(version, System.Globalization.CultureInfo.InvariantCulture);
        var point = EmbeddedCorpus.Get("anx_XIII__pnt_f", "en", date);
        point.Label.ShouldBe(label);
        point.Text.ShouldContain("made available to at least 10 000 registered business users established in the Union");
        point.Sentences.Length.ShouldBe(1);
    }

    [Test]
    public void Scraped_versions_keep_their_title_and_opening_words()
    {
        var annex = EmbeddedCorpus.Get("anx_XIII", "en", Current);
        annex.Label.ShouldBe("Annex XIII");
        annex.Heading.ShouldBe("Criteria for the Designation of General-Purpose AI Models with Systemic Risk Referred to in Article 51");
        annex.Text.ShouldStartWith("For the purpose of determining that a general-purpose AI model has capabilities");
        annex.Text.ShouldNotContain("Updated on");
    }

    [Test]
    public void Cookie_banner_and_feedback_form_are_set_aside_not_law()
    {
        Annex.ShouldAllBe(p => !p.Text.Contains("cookies") && !p.Text.Contains("Report error") && !p.Text.Contains("submission"));
        EmbeddedCorpus.Get("anx_XIII__pnt_g", "en", Previous).Text.ShouldBe("the number of registered end-users.");

        var page = EmbeddedCorpus.Value.Documents.Single(d => d.Path.EndsWith("annex-xiii.scraped.md", StringComparison.Ordinal));
        page.Unclassified.ShouldBeEmpty();
        page.Boilerplate.Select(b => b.Reason).ShouldContain("cookie banner");
        page.Boilerplate.Count(b => b.Text == "Report error").ShouldBe(2);
        page.Boilerplate.Where(b => b.Reason.StartsWith("feedback-form", StringComparison.Ordinal)).Count().ShouldBe(5);
        page.Boilerplate.Single(b => b.Reason == "cookie banner").Position.Line.ShouldBe(1);
    }

    [Test]
    public void Scraped_page_language_is_detected_from_the_text_when_read_alone()
    {
        var seed = Path.Combine(RepoPaths.Shared, "seeds", "002_53a1bc7c9ae13934.txt");
        if (!File.Exists(seed))
        {
            Assert.Ignore("../shared/seeds is not beside this checkout");
        }

        var corpus = RulesDsl.Corpus.Reading.CorpusReader.Read(seed);
        corpus.Documents.Single().LanguageOrigin.ShouldBe(LanguageOrigin.Detected);
        corpus.Documents.Single().Language.ShouldBe("en");
        corpus.Provisions.Count(p => p.Kind == ProvisionKind.AnnexPoint).ShouldBe(14);
        corpus.HasErrors.ShouldBeFalse();
    }
}
