using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;
using static RulesDsl.Explain.Tests.Explained;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// Before the Official Journal (12 July 2024) the corpus holds Annex XIII only as the Parliament's draft scraped in May
/// 2024: an explanation as of then never quotes it as law, and marks it as a draft.
/// </summary>
public class DraftQuoteTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 10);

    // The same case as classified today, its verdict dated as of another day: which text the explainer quotes for a
    // citation depends only on that date (a verdict of May 2024 itself is "not applicable" and cites Article 113 alone).
    private static Explanation ExplainedOn(DateOnly asOf, string language)
    {
        var classification = Classification.Run(Built.GpaiClassifier, Built.GeneralPurpose.With("business_users_eu", 20000), Built.Traced);
        return ExplainIn(classification with { Verdict = classification.Verdict with { AsOf = asOf } }, language);
    }

    private static ExplainedCitation PointF(Explanation explanation) =>
        Citations(explanation).First(c => c.Provision == "anx_XIII__pnt_f");

    [TestCase("en", "draft, not law · version of 8 May 2024")]
    [TestCase("nl", "ontwerp, geen recht · versie van 8 mei 2024")]
    public void Before_the_Official_Journal_Annex_XIII_is_quoted_as_a_draft_not_as_law(string language, string standing)
    {
        var explanation = ExplainedOn(May2024, language);

        var citation = PointF(explanation);
        citation.Authority.ShouldBe(Authority.Draft);
        citation.CriterionFor.ShouldBeNull();
        citation.Quote!.Version.ShouldBe(new DateOnly(2024, 5, 8));
        citation.Quote.Text.ShouldStartWith("whether it has a high impact on the internal market");
        citation.Source.ShouldNotBeNull().ShouldStartWith("corpus/eu-ai-act/en/annex-xiii.scraped.md(");
        Reading.Standing(citation, Vocabulary.For(language)).ShouldBe(standing);
        Citations(explanation).ShouldNotContain(c => c.Authority != Authority.Draft && c.Source != null && c.Source.Contains("scraped", StringComparison.Ordinal));
    }

    [Test]
    public void Once_the_Official_Journal_is_published_its_text_is_quoted_and_no_draft()
    {
        var explanation = ExplainedOn(Built.Today, "en");

        var citation = PointF(explanation);
        citation.Authority.ShouldNotBe(Authority.Draft);
        citation.Quote!.Version.ShouldBe(new DateOnly(2024, 7, 12));
        Citations(explanation).ShouldNotContain(c => c.Authority == Authority.Draft);
    }
}
