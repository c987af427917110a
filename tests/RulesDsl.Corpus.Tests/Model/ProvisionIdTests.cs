using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Model;

public class ProvisionIdTests
{
    [TestCase("rct_111")]
    [TestCase("art_3__pnt_63")]
    [TestCase("art_51__para_1__pnt_a")]
    [TestCase("anx_XIII")]
    [TestCase("anx_XIII__pnt_f")]
    public void Parses_and_prints_the_eId(string text)
    {
        ProvisionId.TryParse(text, out var id).ShouldBeTrue();
        id.ToString().ShouldBe(text);
    }

    [TestCase("")]
    [TestCase("article_51")]
    [TestCase("art_51__")]
    [TestCase("anx_13")]
    [TestCase("art_51__pnt_A")]
    [TestCase("pnt_a")]
    public void Rejects_what_is_not_an_id(string text)
    {
        ProvisionId.TryParse(text, out _).ShouldBeFalse();
    }

    [Test]
    public void Builds_ids_from_the_structure()
    {
        ProvisionId.Article(51).Paragraph(1).Point("a").ShouldBe(ProvisionId.Parse("art_51__para_1__pnt_a"));
        ProvisionId.Annex("xiii").Point("F").Value.ShouldBe("anx_XIII__pnt_f");
        ProvisionId.Recital(111).Value.ShouldBe("rct_111");
    }

    [Test]
    public void Knows_its_parent_and_segments()
    {
        var id = ProvisionId.Parse("art_51__para_1__pnt_a");
        id.Parent.ShouldBe(ProvisionId.Parse("art_51__para_1"));
        id.Parent!.Parent.ShouldBe(ProvisionId.Article(51));
        ProvisionId.Article(51).Parent.ShouldBeNull();
        id.Segments.Select(s => (s.Level, s.Label)).ShouldBe([(ProvisionLevel.Article, "51"), (ProvisionLevel.Paragraph, "1"), (ProvisionLevel.Point, "a")]);
        id.Last.ShouldBe(new IdSegment(ProvisionLevel.Point, "a"));
        id.IsWithin(ProvisionId.Article(51)).ShouldBeTrue();
        ProvisionId.Parse("art_510").IsWithin(ProvisionId.Article(51)).ShouldBeFalse();
    }
}
