using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// A vault Article 3 file of the kind recital 111 links to (a3.md, not in the corpus yet): points written as
/// paragraphs, each closed by the block id links point at.
/// </summary>
public class VaultDefinitionsTests
{
    internal const string DutchArticle3 = """
        Artikel 3

        Definities

        Voor de toepassing van deze verordening wordt verstaan onder:

        (63) “AI-model voor algemene doeleinden”: een AI-model dat een aanzienlijk algemeen karakter vertoont en in staat is op competente wijze een breed scala aan verschillende taken uit te voeren. ^gpai

        (65)

        “systeemrisico”: een risico dat specifiek is voor de capaciteiten met een grote impact van AI-modellen voor algemene doeleinden. ^sysrisk
        """;

    [Test]
    public void Points_written_as_paragraphs_are_definitions_with_their_block_ids()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/nl/a3.md", DutchArticle3);

        var read = corpus.Read();

        read.Diagnostics.ShouldBeEmpty();
        read.Provisions.Select(p => (p.Id.Value, p.Kind, p.BlockId, p.Label)).ShouldBe([
            ("art_3", ProvisionKind.Article, null, "Artikel 3"),
            ("art_3__pnt_63", ProvisionKind.Definition, "gpai", "(63)"),
            ("art_3__pnt_65", ProvisionKind.Definition, "sysrisk", "(65)"),
        ]);
        var definition = read.Provisions[1];
        definition.Text.ShouldStartWith("“AI-model voor algemene doeleinden”: een AI-model");
        definition.Text.ShouldEndWith("taken uit te voeren.");
        read.Provisions[2].Position.Line.ShouldBe(9);
    }

    [Test]
    public void Every_character_of_a_provision_maps_back_to_its_source()
    {
        var point = EurLexExcerpts.Get("art_52__para_5", "en");
        var source = File.ReadAllLines(RepoPaths.InInputs("eurlex-markdown/eu-ai-act/en/art-52.md"));
        foreach (var word in new[] { "Upon", "Commission", "systemic", "purpose AI model with systemic risk, providers", "decision." })
        {
            var at = point.Map.PositionAt(point.Text.IndexOf(word, StringComparison.Ordinal));
            source[at.Line - 1][(at.Column - 1)..].ShouldStartWith(word.Split(' ')[0]);
        }

        point.Map.PositionAt(point.Text.IndexOf("purpose AI model with systemic risk, providers", StringComparison.Ordinal)).Line.ShouldBe(53);
    }

    [Test]
    public void Links_know_where_their_words_stand_in_the_text()
    {
        var recital = EmbeddedCorpus.InFile("rct_111", "nl", "recital-111.vault.md");
        foreach (var link in recital.Links)
        {
            recital.Text.Substring(link.TextStart, link.SurfaceText.Length).ShouldBe(link.SurfaceText);
            recital.Map.PositionAt(link.TextStart).ShouldBe(link.Position with { Column = link.Position.Column + 1 });
        }

        recital.Links.Select(l => l.TextStart).ShouldBeInOrder();
        recital.Sentences.ShouldAllBe(s => recital.Text.Substring(s.Start, s.Text.Length) == s.Text);
    }
}
