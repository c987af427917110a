using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>An act's <c>anchors.yaml</c> read with its sources into the corpus model, its mistakes reported where they are.</summary>
public class AnchorMapTests
{
    [Test]
    public void The_shipped_anchor_map_is_read_with_the_corpus()
    {
        var corpus = CorpusReader.Read(RepoPaths.Corpus);

        var map = corpus.AnchorMapOf("eu-ai-act");
        map.Names("nl/a3.md").ShouldBeTrue();
        map.Find("nl/a3.md", "gpai").ShouldBe(ProvisionId.Parse("art_3__pnt_63"));
        map.Find("nl/a3.md", "capgi").ShouldBe(ProvisionId.Parse("art_3__pnt_64"));
        corpus.Diagnostics.ShouldNotContain(d => d.Id == "RD0053");
    }

    [Test]
    public void An_act_without_an_anchor_map_has_an_empty_one()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/nl/rct.md", "(111)\n\nEen [AI-model](a3.md#^gpai).\n");

        var read = corpus.Read();

        read.AnchorMaps.ShouldBeEmpty();
        read.AnchorMapOf("eu-ai-act").Names("nl/a3.md").ShouldBeFalse();
    }

    [Test]
    public void An_anchor_mapped_to_words_instead_of_an_id_is_RD0053_at_its_line_and_column()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/anchors.yaml", "nl/a3.md:\n  gpai: art_3__pnt_63\n  capgi: article 3\n");
        corpus.Write("eu-ai-act/nl/rct.md", "(111)\n\nEen [AI-model](a3.md#^gpai).\n");

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0053");
        diagnostic.IsError.ShouldBeTrue();
        diagnostic.Position.File.ShouldEndWith("corpus/eu-ai-act/anchors.yaml");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 10));
        read.AnchorMapOf("eu-ai-act").Find("nl/a3.md", "gpai").ShouldBe(ProvisionId.Parse("art_3__pnt_63"));
    }

    [Test]
    public void An_anchor_map_that_is_not_YAML_is_RD0053_and_an_empty_map()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/anchors.yaml", "nl/a3.md: [unclosed\n");
        corpus.Write("eu-ai-act/nl/rct.md", "(111)\n\nEen [AI-model](a3.md#^gpai).\n");

        var read = corpus.Read();

        read.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0053");
        read.AnchorMapOf("eu-ai-act").Names("nl/a3.md").ShouldBeFalse();
    }
}
