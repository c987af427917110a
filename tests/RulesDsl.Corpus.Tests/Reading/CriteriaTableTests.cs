using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>An act's <c>criteria.yaml</c>: which provisions are criteria for which decision, read with the sources.</summary>
public class CriteriaTableTests
{
    private static readonly ProvisionId[] Designation = [ProvisionId.Parse("art_51__para_1__pnt_b"), ProvisionId.Parse("art_52__para_4")];

    [Test]
    public void Annex_XIII_and_each_of_its_points_are_criteria_for_the_Commissions_designation_and_Article_51_is_not()
    {
        var corpus = CorpusReader.Read(RepoPaths.Corpus);

        var criteria = corpus.CriteriaOf("eu-ai-act");

        criteria.DecisionsFor(ProvisionId.Parse("anx_XIII")).ShouldBe(Designation);
        criteria.DecisionsFor(ProvisionId.Parse("anx_XIII__pnt_f")).ShouldBe(Designation);
        criteria.DecisionsFor(ProvisionId.Parse("art_51__para_2")).ShouldBeEmpty();
        corpus.Diagnostics.ShouldNotContain(d => d.Id == "RD0164");
    }

    [Test]
    public void An_act_without_a_criteria_table_has_no_criteria()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/nl/rct.md", "(111)\n\nEen AI-model.\n");

        var read = corpus.Read();

        read.CriteriaTables.ShouldBeEmpty();
        read.CriteriaOf("eu-ai-act").DecisionsFor(ProvisionId.Parse("anx_XIII__pnt_f")).ShouldBeEmpty();
    }

    [TestCase("anx_XIII: art_52__para_4\n", 1, 1)]
    [TestCase("anx_XIII: [art_52__para_4]\nannex 13: [art_52__para_4]\n", 2, 1)]
    [TestCase("anx_XIII: [article 52]\n", 1, 1)]
    public void A_line_that_is_not_an_id_over_a_list_of_ids_is_RD0164_at_its_line(string yaml, int line, int column)
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/criteria.yaml", yaml);
        corpus.Write("eu-ai-act/nl/rct.md", "(111)\n\nEen AI-model.\n");

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0164");
        diagnostic.IsError.ShouldBeTrue();
        diagnostic.Position.File.ShouldEndWith("corpus/eu-ai-act/criteria.yaml");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((line, column));
    }

    [Test]
    public void A_criteria_table_that_is_not_YAML_is_RD0164_and_empty()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/criteria.yaml", "anx_XIII: [unclosed\n");
        corpus.Write("eu-ai-act/nl/rct.md", "(111)\n\nEen AI-model.\n");

        var read = corpus.Read();

        read.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0164");
        read.CriteriaOf("eu-ai-act").DecisionsFor(ProvisionId.Parse("anx_XIII")).ShouldBeEmpty();
    }
}
