using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Tests.Languages;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// A short provision in each official language, read by the corpus reader from a file whose path names no language:
/// the language is detected and the structure (article, paragraph, annex, point, sentences) comes out the same.
/// </summary>
public class LanguageStructureTests
{
    private static IEnumerable<LanguageSample> Samples => LanguageSamples.All;

    [TestCaseSource(nameof(Samples))]
    public void Article_and_annex_are_read_in_every_official_language(LanguageSample sample)
    {
        using var corpus = new TempCorpus();
        corpus.Write("act/article.md", $"{sample.ArticleHeading}\n\n1\\. {sample.Body}\n\n2\\. {sample.Body}\n");
        corpus.Write("act/annex.md", $"{sample.AnnexHeading}\n\n(a) | {sample.Body}\n---|---\n");

        var read = corpus.Read();

        read.Diagnostics.ShouldBeEmpty();
        read.Documents.ShouldAllBe(d => d.Language == sample.Code && d.LanguageOrigin == LanguageOrigin.Detected);
        read.Provisions.Select(p => (p.Id.Value, p.Kind)).ShouldBe([
            ("anx_XIII", ProvisionKind.Annex),
            ("anx_XIII__pnt_a", ProvisionKind.AnnexPoint),
            ("art_51", ProvisionKind.Article),
            ("art_51__para_1", ProvisionKind.Paragraph),
            ("art_51__para_2", ProvisionKind.Paragraph),
        ]);
        var paragraph = read.Provisions.Single(p => p.Id.Value == "art_51__para_2");
        paragraph.Text.ShouldBe(sample.Body);
        paragraph.Sentences.Length.ShouldBe(2);
        paragraph.Label.ShouldBe("2.");
        read.Provisions.Single(p => p.Id.Value == "art_51").Label.ShouldBe(sample.ArticleHeading);
    }
}
