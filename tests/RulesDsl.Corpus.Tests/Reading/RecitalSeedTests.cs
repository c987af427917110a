using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>Recital 111 in Dutch, the vault-Markdown seed, read as it was received.</summary>
public class RecitalSeedTests
{
    // The corpus also holds the Official Journal's recital 111 in Dutch; this is the vault file's.
    private static Provision Recital => EmbeddedCorpus.InFile("rct_111", "nl", "recital-111.vault.md");

    [Test]
    public void Is_recital_111_in_Dutch_from_its_vault_file()
    {
        Recital.Kind.ShouldBe(ProvisionKind.Recital);
        Recital.Label.ShouldBe("(111)");
        Recital.Act.ShouldBe("eu-ai-act");
        Recital.Position.File.ShouldEndWith("corpus/eu-ai-act/nl/recital-111.vault.md");
        (Recital.Position.Line, Recital.Position.Column).ShouldBe((1, 1));
    }

    [Test]
    public void Has_thirteen_whole_sentences()
    {
        var sentences = Recital.Sentences;
        sentences.Length.ShouldBe(13);
        sentences.Select(s => s.Number).ShouldBe(Enumerable.Range(1, 13));
        sentences[0].Text.ShouldStartWith("Het strekt tot aanbeveling");
        sentences[0].Text.ShouldEndWith("met een systeemrisico.");
        sentences[1].Text.ShouldStartWith("systeemrisico’s zijn het gevolg van bijzonder hoge capaciteiten");
        sentences[2].Text.ShouldStartWith("“capaciteiten met een grote impact” in AI-modellen");
        sentences[12].Text.ShouldEndWith("nog steeds wordt beschouwd als een AI-model dat systeemrisico’s vertoont.");
        string.Join(" ", sentences.Select(s => s.Text)).ShouldBe(Recital.Text);
    }

    [Test]
    public void Sentences_point_at_their_line_and_column()
    {
        Recital.Sentences[0].Position.Line.ShouldBe(3);
        Recital.Sentences[0].Position.Column.ShouldBe(1);
        var second = Recital.Sentences[1].Position;
        second.Line.ShouldBe(3);
        var seedLine = File.ReadAllLines(RepoPaths.InCorpus("eu-ai-act/nl/recital-111.vault.md"))[2];
        // The position is that of the sentence's first character, which here is the first letter of a link's text.
        seedLine[(second.Column - 1)..].ShouldStartWith("systeemrisico](a3.md#^sysrisk)’s zijn");
        seedLine[second.Column - 2].ShouldBe('[');
    }

    [Test]
    public void Captures_all_29_links_with_anchor_and_surface_text()
    {
        Recital.Links.Length.ShouldBe(29);
        var byAnchor = Recital.Links.GroupBy(l => l.Anchor!).ToDictionary(g => g.Key, g => g.Count());
        byAnchor.ShouldBe(new Dictionary<string, int>
        {
            ["gpai"] = 11, ["sysrisk"] = 9, ["capgi"] = 4, ["flop"] = 2, ["aibur"] = 1, ["gebruiksverantwoordelijke"] = 1, ["trdata"] = 1,
        }, ignoreOrder: true);
        Recital.Links.ShouldAllBe(l => l.TargetFile == "a3.md");
    }

    [Test]
    public void Keeps_inflections_glued_to_links()
    {
        var surfaces = Recital.Links.Select(l => l.SurfaceText).ToList();
        surfaces.ShouldContain("systeemrisico’s");
        surfaces.ShouldContain("zwevendekommabewerkingen");
        surfaces.ShouldContain("trainingsdataset");
        var flop = Recital.Links.First(l => l.Anchor == "flop");
        flop.LinkText.ShouldBe("zwevendekommabewerking");
        flop.GluedSuffix.ShouldBe("en");
        Recital.Links.Count(l => l.Anchor == "sysrisk" && l.GluedSuffix == "’s").ShouldBe(4);
        Recital.Text.ShouldNotContain("](");
        Recital.Text.ShouldContain("gemeten in zwevendekommabewerkingen, een van de relevante");
    }

    [Test]
    public void Link_positions_point_at_the_opening_bracket()
    {
        var seedLine = File.ReadAllLines(RepoPaths.InCorpus("eu-ai-act/nl/recital-111.vault.md"))[2];
        foreach (var link in Recital.Links)
        {
            link.Position.Line.ShouldBe(3);
            seedLine[(link.Position.Column - 1)..].ShouldStartWith($"[{link.LinkText}]({link.Target})");
        }
    }

    [Test]
    public void Last_sentence_is_whole_although_the_file_has_no_trailing_newline()
    {
        File.ReadAllBytes(RepoPaths.InCorpus("eu-ai-act/nl/recital-111.vault.md"))[^1].ShouldNotBe((byte)'\n');
        Recital.Text.ShouldEndWith("vertoont.");
    }

    [Test]
    public void Its_language_comes_from_the_path()
    {
        var document = EmbeddedCorpus.Value.Documents.Single(d => d.Path.EndsWith("nl/recital-111.vault.md", StringComparison.Ordinal));
        document.Language.ShouldBe("nl");
        document.LanguageOrigin.ShouldBe(LanguageOrigin.Path);
        document.Unclassified.ShouldBeEmpty();
    }
}
