using RulesDsl.Linking.Model;

namespace RulesDsl.Linking.Tests;

/// <summary>The 29 links of the Dutch recital 111 seed, resolved through the act's anchor map.</summary>
public class ExplicitLinkTests
{
    private static readonly Dictionary<string, string> Points = new()
    {
        ["gpai"] = "art_3__pnt_63", ["capgi"] = "art_3__pnt_64", ["sysrisk"] = "art_3__pnt_65", ["flop"] = "art_3__pnt_67",
        ["aibur"] = "art_3__pnt_47", ["gebruiksverantwoordelijke"] = "art_3__pnt_4", ["trdata"] = "art_3__pnt_29",
    };

    [Test]
    public void All_29_links_of_recital_111_resolve_to_their_Article_3_point()
    {
        var recital = LinkedCorpus.Get("rct_111", "nl");
        var links = LinkedCorpus.In("rct_111", "nl").Where(r => r.Kind == ReferenceKind.Explicit).ToList();

        links.Count.ShouldBe(29);
        links.ShouldAllBe(r => r.IsResolved);
        links.Zip(recital.Links).ShouldAllBe(pair => pair.First.Targets.Single().Value == Points[pair.Second.Anchor!]);
    }

    [Test]
    public void A_link_spans_the_whole_word_with_its_glued_inflection()
    {
        var recital = LinkedCorpus.Get("rct_111", "nl");
        foreach (var link in LinkedCorpus.In("rct_111", "nl").Where(r => r.Kind == ReferenceKind.Explicit))
        {
            recital.Text.Substring(link.Start, link.Length).ShouldBe(link.Text);
            (link.End == recital.Text.Length || !char.IsLetter(recital.Text[link.End])).ShouldBeTrue(link.Text);
            (link.Start == 0 || !char.IsLetter(recital.Text[link.Start - 1])).ShouldBeTrue(link.Text);
        }

        var texts = LinkedCorpus.In("rct_111", "nl").Where(r => r.Kind == ReferenceKind.Explicit).Select(r => r.Text).ToList();
        texts.Count(t => t == "systeemrisico’s").ShouldBe(4);
        texts.Count(t => t == "zwevendekommabewerkingen").ShouldBe(2);
        texts.ShouldContain("trainingsdataset");
    }

    [Test]
    public void The_embedded_corpus_links_without_errors()
    {
        LinkedCorpus.Value.HasErrors.ShouldBeFalse();
        LinkedCorpus.Value.Diagnostics.ShouldNotContain(d => d.Id == "RD0052");
    }

    [Test]
    public void A_broken_anchor_is_an_error_at_its_line_and_column()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/anchors.yaml", "nl/a3.md:\n  gpai: art_3__pnt_63\n");
        corpus.Write("eu-ai-act/nl/rct.md", "(111)\n\nEen [AI-model](a3.md#^gpai) en een\n[risico](a3.md#^nosuch).\n");

        var graph = corpus.Link();

        var diagnostic = graph.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0050");
        diagnostic.IsError.ShouldBeTrue();
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((4, 1));
        graph.References.Single(r => r.Text == "risico").IsResolved.ShouldBeFalse();
        graph.References.Single(r => r.Text == "AI-model").Targets.ShouldBe([RulesDsl.Corpus.Model.ProvisionId.Parse("art_3__pnt_63")]);
    }

    [Test]
    public void The_linker_takes_the_anchor_map_from_the_corpus_read_not_from_the_disk()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/anchors.yaml", "nl/a3.md:\n  gpai: art_3__pnt_63\n");
        corpus.Write("eu-ai-act/nl/rct.md", "(111)\n\nEen [AI-model](a3.md#^gpai).\n");
        var read = corpus.Read();
        File.Delete(Path.Combine(corpus.Folder, "eu-ai-act", "anchors.yaml"));

        var graph = Linker.Link(read);

        graph.Diagnostics.ShouldBeEmpty();
        graph.References.Single(r => r.Text == "AI-model").Targets.ShouldBe([RulesDsl.Corpus.Model.ProvisionId.Parse("art_3__pnt_63")]);
    }

    [Test]
    public void A_link_to_a_file_nobody_holds_or_maps_is_an_error()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/nl/rct.md", "(111)\n\nZie [artikel 3](a9.md#^x).\n");

        var diagnostic = corpus.Link().Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("RD0051");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 5));
    }

    [Test]
    public void A_Dutch_Article_3_in_the_corpus_takes_over_from_the_anchor_map()
    {
        using var corpus = new TempCorpus();
        corpus.Copy("eu-ai-act/nl/recital-111.vault.md", "eu-ai-act/nl/recital-111.vault.md");
        // The map is deliberately wrong for ^gpai: the file's own block ids must win.
        corpus.Write("eu-ai-act/anchors.yaml", "nl/a3.md:\n  gpai: art_3__pnt_1\n");
        corpus.Write("eu-ai-act/nl/a3.md", """
            Artikel 3

            Definities

            (63) “AI-model voor algemene doeleinden”: een AI-model dat een aanzienlijk algemeen karakter vertoont. ^gpai

            (64) “capaciteiten met een grote impact”: capaciteiten die overeenkomen met de meest geavanceerde modellen. ^capgi

            (65) “systeemrisico”: een risico dat specifiek is voor de capaciteiten met een grote impact. ^sysrisk

            (67) “zwevendekommabewerking”: elke wiskundige bewerking met zwevendekommagetallen. ^flop

            (47) “AI-bureau”: de taak van de Commissie. ^aibur

            (4) “gebruiksverantwoordelijke”: een natuurlijke of rechtspersoon. ^gebruiksverantwoordelijke

            (29) “trainingsdata”: data voor het trainen van een AI-systeem. ^trdata
            """);

        var graph = corpus.Link();

        graph.HasErrors.ShouldBeFalse();
        var links = graph.References.Where(r => r.Kind == ReferenceKind.Explicit).ToList();
        links.Count.ShouldBe(29);
        links.Count(r => r.Targets.Single().Value == "art_3__pnt_63").ShouldBe(11);
        var term = graph.Glossary.Find(RulesDsl.Corpus.Model.ProvisionId.Parse("art_3__pnt_63"), "nl").ShouldNotBeNull();
        term.FromDefinition.ShouldBeTrue();
        term.Term.ShouldBe("AI-model voor algemene doeleinden");
    }
}
