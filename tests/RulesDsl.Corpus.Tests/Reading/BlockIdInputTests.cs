using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>Block ids that are not what the imported format expects are reported, and nothing is lost.</summary>
public class BlockIdInputTests
{
    private const string Front = "---\nlanguage: nl\nversion: 2024-07-12\n---\n\n";

    [Test]
    public void A_vault_block_id_names_the_provision_and_an_almost_provision_id_is_reported()
    {
        using var corpus = new TempCorpus();
        corpus.Write("nl/vault.md", Front + "(111)\n\nHet strekt tot aanbeveling een methodiek te ontwikkelen. ^gpai\n\n"
            + "(112)\n\nHet is ook passend de procedure te verduidelijken. ^art_5_x\n");

        var read = corpus.Read();

        read.Provisions.Select(p => (p.Id.Value, p.BlockId, p.Text)).ShouldBe([
            ("rct_111", "gpai", "Het strekt tot aanbeveling een methodiek te ontwikkelen."),
            ("rct_112", "art_5_x", "Het is ook passend de procedure te verduidelijken."),
        ]);
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Id, diagnostic.Severity, diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe(("RD0023", DiagnosticSeverity.Warning, 12, 52));
    }

    [Test]
    public void A_part_before_its_parent_is_read_and_reported()
    {
        using var corpus = new TempCorpus();
        corpus.Write("nl/oj.md", Front + "1\\. De lidstaten stellen regels vast. ^art_99__para_1\n");

        var read = corpus.Read();

        var paragraph = read.Provisions.ShouldHaveSingleItem();
        (paragraph.Id.Value, paragraph.Kind, paragraph.Label, paragraph.Text).ShouldBe(("art_99__para_1", ProvisionKind.Paragraph, "1.", "De lidstaten stellen regels vast."));
        read.Diagnostics.ShouldHaveSingleItem().ToString()
            .ShouldEndWith("oj.md(6,1): warning RD0024: art_99__para_1 comes before its parent art_99 is opened; parents must come before their parts");
    }

    [Test]
    public void A_footnote_nobody_calls_is_kept_as_unclassified()
    {
        using var corpus = new TempCorpus();
        corpus.Write("nl/oj.md", Front + "#### Artikel 99 ^art_99\n\nDe lidstaten stellen regels vast. ^art_99\n\n[^9]: PB L 1 van 1.1.2024, blz. 1.\n");

        var read = corpus.Read();

        read.Provisions.ShouldHaveSingleItem().Notes.ShouldBeEmpty();
        read.Documents.Single().Unclassified.Select(u => u.Text).ShouldBe(["9 PB L 1 van 1.1.2024, blz. 1."]);
        read.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0009");
    }
}
