using RulesDsl.Corpus.Model;
using static RulesDsl.Corpus.Tests.Reading.ReaderFixtures;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// The imported corpus format of docs/corpus-format.md, written by hand from the real Dutch and English OJ HTML: block
/// ids say what each block is, superscripts are kept, footnotes are Markdown footnotes, what is not law is in containers.
/// </summary>
public class ImportedFormatTests
{
    [Test]
    public void Dutch_imported_text_gives_the_ids_labels_and_texts_of_the_label_layout()
    {
        var imported = Fixture(DutchImported).Provisions.ToDictionary(p => p.Id.Value);
        var shared = Fixture(DutchLabelLayout).Provisions.Where(p => p.Id.Value is not ("art_50" or "art_50__para_7")).ToList();

        shared.Select(p => p.Id.Value).Where(id => !imported.ContainsKey(id)).ShouldBeEmpty();
        foreach (var provision in shared.Where(p => p.Id.Value != "art_51__para_2"))
        {
            var twin = imported[provision.Id.Value];
            // The label layout prints a footnote's call in the text, "de Raad (57);"; the imported format calls it "[^57]".
            var text = provision.Notes.Aggregate(provision.Text, (t, note) => t.Replace($" ({note.Number})", "", StringComparison.Ordinal));
            (twin.Kind, twin.Label, twin.Heading, twin.Text).ShouldBe((provision.Kind, provision.Label, provision.Heading, text), provision.Id.Value);
            twin.Notes.Select(n => (n.Number, n.Text)).ShouldBe(provision.Notes.Select(n => (n.Number, n.Text)), provision.Id.Value);
            twin.DivisionPath.ShouldBe(provision.DivisionPath, provision.Id.Value);
        }
    }

    [Test]
    public void The_Dutch_point_67_that_writes_its_term_unquoted_is_a_definition()
    {
        var point = Get(DutchImported, "art_3__pnt_67");

        point.Kind.ShouldBe(ProvisionKind.Definition);
        point.Text.ShouldStartWith("zwevendekommabewerking of “floating-point operation (FLOP)”:");
    }

    [Test]
    public void Dutch_Article_51_1_points_and_Annex_XIII_point_f_from_block_ids()
    {
        var a = Get(DutchImported, "art_51__para_1__pnt_a");
        (a.Kind, a.Label).ShouldBe((ProvisionKind.Point, "a)"));
        a.Text.ShouldStartWith("het beschikt over capaciteiten met een grote impact");
        Get(DutchImported, "art_51__para_1__pnt_b").Text.ShouldStartWith("op grond van een besluit van de Commissie");
        Get(DutchImported, "anx_XIII__pnt_f").Text.ShouldContain("ten minste 10 000 geregistreerde zakelijke gebruikers");
        Get(DutchImported, "art_51").Heading.ShouldBe("Classificatie van AI-modellen voor algemene doeleinden als AI-modellen voor algemene doeleinden met een systeemrisico");
        Get(DutchImported, "art_51").Label.ShouldBe("Artikel 51");
    }

    [Test]
    public void Article_51_2_reads_ten_to_the_25_without_a_lost_superscript_warning()
    {
        Get(DutchImported, "art_51__para_2").Text.ShouldEndWith("groter is dan 10^25.");
        Get(EnglishImported, "art_51__para_2").Text
            .ShouldEndWith("the cumulative amount of computation used for its training measured in floating point operations is greater than 10^25.");
        Fixture(DutchImported).Diagnostics.ShouldBeEmpty();
        Fixture(EnglishImported).Diagnostics.ShouldBeEmpty();
    }

    [Test]
    public void The_repeated_label_of_Article_73_keeps_the_id_the_importer_gave_it()
    {
        Get(DutchImported, "art_73__para_10").Label.ShouldBe("11.");
        Get(DutchImported, "art_73__para_11").Label.ShouldBe("11.");
        Get(DutchImported, "art_73__para_10").Text.ShouldStartWith("Voor AI-systemen met een hoog risico die veiligheidscomponenten");
    }

    [Test]
    public void Division_headings_and_their_titles_give_the_chapter_and_section()
    {
        Get(DutchImported, "art_51__para_2").DivisionPath
            .ShouldBe("HOOFDSTUK V — AI-MODELLEN VOOR ALGEMENE DOELEINDEN, AFDELING 1 — Classificatieregels");
        Get(EnglishImported, "art_51__para_1__pnt_a").DivisionPath
            .ShouldBe("CHAPTER V — GENERAL-PURPOSE AI MODELS, SECTION 1 — Classification rules");
        Get(DutchImported, "art_113").Divisions.Select(d => d.Id).ShouldBe(["cpt_XIII"]);
        Get(DutchImported, "anx_VIII__sec_A__pnt_1").Divisions.ShouldBeEmpty();
    }

    [Test]
    public void Annex_sections_take_their_label_and_title_from_the_heading()
    {
        var section = Get(DutchImported, "anx_VIII__sec_B");
        (section.Kind, section.Label).ShouldBe((ProvisionKind.AnnexSection, "Afdeling B"));
        section.Heading.ShouldBe("Informatie die moet worden ingediend door aanbieders van AI-systemen met een hoog risico overeenkomstig artikel 49, lid 2");
        section.Text.ShouldStartWith("Voor wat betreft AI-systemen met een hoog risico");
        Get(DutchImported, "anx_VIII__sec_B__pnt_1").Label.ShouldBe("1.");
    }

    [Test]
    public void A_footnote_is_a_note_of_the_provision_that_calls_it()
    {
        var point = Get(DutchImported, "art_78__para_1__pnt_a");
        point.Text.ShouldEndWith("van Richtlijn (EU) 2016/943 van het Europees Parlement en de Raad;");
        var note = point.Notes.ShouldHaveSingleItem();
        note.Number.ShouldBe("57");
        note.Text.ShouldStartWith("Richtlijn (EU) 2016/943 van het Europees Parlement en de Raad van 8 juni 2016 betreffende de bescherming");
        Fixture(DutchImported).Provisions.ShouldAllBe(p => p.Id.Last.Label != "57");
    }

    [Test]
    public void Containers_set_aside_what_is_not_law_with_their_reason()
    {
        var document = Fixture(DutchImported).Documents.Single();
        document.Boilerplate.Select(b => b.Reason).Distinct().ShouldBe(
            ["title", "preamble", "note of the preamble", "heading of the recitals", "final", "signature"], ignoreOrder: true);
        document.Boilerplate.Where(b => b.Reason == "note of the preamble").Select(b => b.Text.Split(' ')[0]).ShouldBe(["1", "2", "3", "4"]);
        document.Boilerplate.ShouldContain(b => b.Reason == "signature" && b.Text == "Gedaan te Brussel, 13 juni 2024.");
        document.Unclassified.ShouldBeEmpty();
        Get(DutchImported, "art_113").Text.ShouldNotContain("verbindend");
        Get(DutchImported, "rct_1").Label.ShouldBe("(1)");
        document.Eli!.ToString().ShouldStartWith("http://data.europa.eu/eli/reg/2024/1689/oj");
    }
}
