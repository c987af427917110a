using System.Runtime.InteropServices;
using RulesDsl.Corpus.Model;
using RulesDsl.Language.Citing;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>The hashed texts a review record and a manifest compare, on the embedded corpus.</summary>
public class CitedTextsTests
{
    private static readonly ProvisionId Article51 = ProvisionId.Parse("art_51");

    [Test]
    public void A_whole_text_holds_the_provision_then_each_part_depth_first_one_a_line()
    {
        var corpus = Against.Corpus.Corpus;
        var article = corpus.Find(Article51, "en", Against.Today).ShouldNotBeNull();
        var paragraph = corpus.Find(ProvisionId.Parse("art_51__para_1"), "en", Against.Today).ShouldNotBeNull();
        var pointA = corpus.Find(ProvisionId.Parse("art_51__para_1__pnt_a"), "en", Against.Today).ShouldNotBeNull();
        var paragraph2 = corpus.Find(ProvisionId.Parse("art_51__para_2"), "en", Against.Today).ShouldNotBeNull();

        var whole = CitedTexts.WholeText(corpus, article);

        whole.ShouldStartWith(article.Text + "\n");
        whole.ShouldContain(paragraph.Text + "\n" + pointA.Text + "\n", Case.Sensitive);
        whole.IndexOf(pointA.Text, StringComparison.Ordinal).ShouldBeLessThan(whole.IndexOf(paragraph2.Text, StringComparison.Ordinal));
    }

    [Test]
    public void A_cited_provisions_texts_are_hashed_once_per_corpus()
    {
        var corpus = Against.Corpus.Corpus;

        var first = CitedTexts.Texts(corpus, Article51, null, "en");
        var again = CitedTexts.Texts(corpus, Article51, null, "en");

        first.Select(t => t.Language).Distinct().ShouldBe(["en", "nl"], ignoreOrder: true);
        var english = corpus.Find(Article51, "en", Against.Today).ShouldNotBeNull();
        first.ShouldContain(t => t.Language == "en" && t.Sha256 == CitedTexts.Sha256(CitedTexts.WholeText(corpus, english)));
        ImmutableCollectionsMarshal.AsArray(again).ShouldBeSameAs(ImmutableCollectionsMarshal.AsArray(first));
    }
}
