using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Citations;

public sealed class EliLinkTests
{
    private static readonly EliLink AiAct = EliLink.Regulation(2024, 1689);

    [Test]
    public void Gives_the_acts_eli()
    {
        AiAct.Act.ShouldBe(new Uri("http://data.europa.eu/eli/reg/2024/1689/oj"));
        AiAct.ToString().ShouldBe("http://data.europa.eu/eli/reg/2024/1689/oj");
    }

    [TestCase(ActType.Regulation, "reg")]
    [TestCase(ActType.ImplementingRegulation, "reg_impl")]
    [TestCase(ActType.DelegatedRegulation, "reg_del")]
    [TestCase(ActType.Directive, "dir")]
    [TestCase(ActType.ImplementingDirective, "dir_impl")]
    [TestCase(ActType.DelegatedDirective, "dir_del")]
    [TestCase(ActType.Decision, "dec")]
    [TestCase(ActType.ImplementingDecision, "dec_impl")]
    [TestCase(ActType.DelegatedDecision, "dec_del")]
    public void Names_each_type_of_act_as_the_eli_template_does(ActType type, string typedoc)
    {
        new EliLink(type, 2019, 1241).Act.ToString().ShouldBe($"http://data.europa.eu/eli/{typedoc}/2019/1241/oj");
    }

    [TestCase("rct_111", "rct_111")]
    [TestCase("art_51", "art_51")]
    [TestCase("art_51__para_1__pnt_a", "art_51")]
    [TestCase("art_3__pnt_63", "art_3")]
    [TestCase("anx_XIII", "anx_XIII")]
    [TestCase("anx_XIII__pnt_f", "anx_XIII")]
    public void Links_a_provision_to_the_eur_lex_anchor_of_what_holds_it(string id, string anchor)
    {
        EliLink.Anchor(ProvisionId.Parse(id)).ShouldBe(anchor);
        AiAct.ToProvision(ProvisionId.Parse(id))
            .ShouldBe(new Uri($"http://data.europa.eu/eli/reg/2024/1689/oj#{anchor}"));
    }

    [Test]
    public void Gives_an_articles_subdivision_eli_in_the_documented_form()
    {
        EliLink.Regulation(2019, 1241).ArticleEli(ProvisionId.Article(2))
            .ShouldBe(new Uri("https://eur-lex.europa.eu/eli/reg/2019/1241/art_2/oj"));
        AiAct.ArticleEli(ProvisionId.Parse("art_51__para_1__pnt_a"))
            .ShouldBe(new Uri("https://eur-lex.europa.eu/eli/reg/2024/1689/art_51/oj"));
    }

    [TestCase("rct_111")]
    [TestCase("anx_XIII__pnt_f")]
    public void Gives_no_subdivision_eli_outside_articles(string id)
    {
        AiAct.ArticleEli(ProvisionId.Parse(id)).ShouldBeNull();
    }

    [TestCase(999, 1)]
    [TestCase(10000, 1)]
    [TestCase(2024, 0)]
    public void Refuses_a_year_or_number_no_act_has(int year, int number)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => EliLink.Regulation(year, number));
    }

    [Test]
    public void Refuses_a_type_of_act_with_no_eli()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new EliLink((ActType)99, 2024, 1689));
    }

    [Test]
    public void Is_equal_to_a_link_to_the_same_act()
    {
        EliLink.Regulation(2024, 1689).ShouldBe(new EliLink(ActType.Regulation, 2024, 1689));
    }

    [TestCase("http://data.europa.eu/eli/reg/0024/1689/oj")]
    [TestCase("http://data.europa.eu/eli/reg/2024/99999999999/oj")]
    public void Finds_no_act_in_an_eli_whose_year_or_number_no_act_has(string text)
    {
        // The fuzz harness found both: an ArgumentOutOfRangeException and an OverflowException out of the corpus reader.
        EliLink.Find($"source: OJ L, ELI {text}").ShouldBeNull();
    }

    [Test]
    public void Finds_an_act_numbered_with_nine_digits()
    {
        EliLink.Find("ELI: http://data.europa.eu/eli/reg/2024/123456789/oj").ShouldBe(EliLink.Regulation(2024, 123_456_789));
    }
}
