using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Languages;

public class StructuralHeadingTests
{
    private static IEnumerable<LanguageSample> Samples => LanguageSamples.All;

    private static OfficialLanguage Language(string code) =>
        OfficialLanguages.TryGet(code, out var language) ? language : throw new ArgumentException(code, nameof(code));

    private static (ProvisionLevel Level, string Label)? Parse(string line, OfficialLanguage? language) =>
        StructuralHeading.TryParse(line, language, out var level, out var label) ? (level, label) : null;

    [TestCaseSource(nameof(Samples))]
    public void Reads_the_article_heading_in_its_language(LanguageSample sample) =>
        Parse(sample.ArticleHeading, Language(sample.Code)).ShouldBe((ProvisionLevel.Article, "51"));

    [TestCaseSource(nameof(Samples))]
    public void Reads_the_annex_heading_in_its_language(LanguageSample sample) =>
        Parse(sample.AnnexHeading, Language(sample.Code)).ShouldBe((ProvisionLevel.Annex, "XIII"));

    [TestCaseSource(nameof(Samples))]
    public void Reads_the_headings_without_being_told_the_language(LanguageSample sample)
    {
        Parse(sample.ArticleHeading, null).ShouldBe((ProvisionLevel.Article, "51"));
        Parse(sample.AnnexHeading, null).ShouldBe((ProvisionLevel.Annex, "XIII"));
    }

    [TestCaseSource(nameof(Samples))]
    public void Reads_the_headings_in_any_case(LanguageSample sample)
    {
        var language = Language(sample.Code);
        Parse(sample.ArticleHeading.ToUpperInvariant(), language).ShouldBe((ProvisionLevel.Article, "51"));
        Parse(sample.ArticleHeading.ToLowerInvariant(), language).ShouldBe((ProvisionLevel.Article, "51"));
        Parse(sample.AnnexHeading.ToLowerInvariant(), language).ShouldBe((ProvisionLevel.Annex, "XIII"));
    }

    [TestCaseSource(nameof(Samples))]
    public void A_prose_mention_of_an_article_is_not_a_heading(LanguageSample sample)
    {
        Parse(sample.ArticleHeading + "(1), point (a)", Language(sample.Code)).ShouldBeNull();
        Parse(sample.ArticleHeading + " applies", null).ShouldBeNull();
    }

    [TestCase("Article 51(1), point (a), the relevant provider shall notify the Commission")]
    [TestCase("the criteria set out in Annex XIII")]
    [TestCase("Article")]
    [TestCase("Article XIII")]
    [TestCase("Annex 51")]
    [TestCase("Annex XIIII")]
    [TestCase("")]
    public void Lines_that_are_not_headings_are_refused(string line) =>
        Parse(line, null).ShouldBeNull();

    [TestCase("51. cikk", "en")]
    [TestCase("Article 51", "hu")]
    [TestCase("LISA XIII", "et")]
    [TestCase("Artikel 51", "en")]
    public void A_heading_counts_only_in_its_own_language_and_word_order(string line, string code) =>
        Parse(line, Language(code)).ShouldBeNull();

    [TestCase("ΑΡΘΡΟ 51", ProvisionLevel.Article, "51")]
    [TestCase("άρθρο 51", ProvisionLevel.Article, "51")]
    [TestCase("Παράρτημα XIII", ProvisionLevel.Annex, "XIII")]
    public void Greek_headings_match_with_or_without_accents(string line, ProvisionLevel level, string label) =>
        Parse(line, Language("el")).ShouldBe((level, label));

    [TestCase("## Article 51", "51")]
    [TestCase("**Article 51**", "51")]
    [TestCase("  Article\u00A051  ", "51")]
    public void Markdown_marks_and_spacing_around_a_heading_are_ignored(string line, string label) =>
        Parse(line, Language("en")).ShouldBe((ProvisionLevel.Article, label));

    [TestCase("Article 10a", "en", "10a")]
    [TestCase("Article 10 bis", "fr", "10a")]
    [TestCase("Articolo 10 ter", "it", "10b")]
    [TestCase("Artigo 10.º-A", "pt", "10a")]
    [TestCase("Artigo 10.o", "pt", "10")]
    [TestCase("Članak 10.a", "hr", "10a")]
    [TestCase("Άρθρο 10β", "el", "10b")]
    [TestCase("Член 10а", "bg", "10a")]
    [TestCase("Article premier", "fr", "1")]
    public void Article_labels_come_back_as_the_ids_use_them(string line, string code, string label) =>
        Parse(line, Language(code)).ShouldBe((ProvisionLevel.Article, label));

    [TestCase("ANNEX IIa", "IIa")]
    [TestCase("ANNEX IV", "IV")]
    [TestCase("annex xiii", "XIII")]
    public void Annex_labels_come_back_as_the_ids_use_them(string line, string label) =>
        Parse(line, Language("en")).ShouldBe((ProvisionLevel.Annex, label));

    [Test]
    public void Finds_only_the_heading_in_the_article_52_source()
    {
        var headings = File.ReadAllLines(RepoPaths.InInputs("eurlex-markdown/eu-ai-act/en/art-52.md"))
            .Select(line => Parse(line, null))
            .Where(parsed => parsed is not null)
            .ToList();
        headings.ShouldBe([(ProvisionLevel.Article, "52")]);
    }

    [Test]
    public void Finds_the_annex_heading_in_the_scraped_annex_xiii_source()
    {
        var headings = File.ReadAllLines(RepoPaths.InCorpus("eu-ai-act/en/annex-xiii.scraped.md"))
            .Select(line => Parse(line, Language("en")))
            .Where(parsed => parsed is not null)
            .ToList();
        headings.ShouldBe([(ProvisionLevel.Annex, "XIII")]);
    }
}
