using RulesDsl.Corpus.Model;
using static RulesDsl.Corpus.Tests.Reading.ReaderFixtures;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// The Official Journal's own layout, converted to Markdown by hand from the real Dutch and German text: labels "a)",
/// "63)", "(1)"; chapters and sections between articles; annex sections that restart their points; a label printed
/// twice; the signature, the footnotes and the ISSN line after the enacting terms.
/// </summary>
public class OfficialJournalLayoutTests
{
    [Test]
    public void Dutch_Article_51_1_points_a_and_b_are_points_of_paragraph_1()
    {
        var a = Get(DutchLabelLayout, "art_51__para_1__pnt_a");
        a.Kind.ShouldBe(ProvisionKind.Point);
        a.Label.ShouldBe("a)");
        a.Text.ShouldBe("het beschikt over capaciteiten met een grote impact die worden geëvalueerd op basis van passende technische "
            + "instrumenten en methoden, met inbegrip van indicatoren en benchmarks;");
        Get(DutchLabelLayout, "art_51__para_1__pnt_b").Text.ShouldEndWith("met inachtneming van de criteria in bijlage XIII.");
        Get(DutchLabelLayout, "art_51__para_1").Text.ShouldBe("Een AI-model voor algemene doeleinden wordt geclassificeerd als een "
            + "AI-model voor algemene doeleinden met een systeemrisico als het aan één van de volgende voorwaarden voldoet:");
    }

    [Test]
    public void Dutch_Annex_XIII_point_f_is_the_reach_criterion()
    {
        var f = Get(DutchLabelLayout, "anx_XIII__pnt_f");
        f.Kind.ShouldBe(ProvisionKind.AnnexPoint);
        f.Label.ShouldBe("f)");
        f.Text.ShouldContain("ten minste 10 000 geregistreerde zakelijke gebruikers");
        Fixture(DutchLabelLayout).Provisions.Where(p => p.Id.Parent == ProvisionId.Annex("XIII")).Select(p => p.Id.Last.Label)
            .ShouldBe(["a", "b", "c", "d", "e", "f", "g"]);
    }

    [Test]
    public void Dutch_definitions_labelled_63_to_67_are_points_of_Article_3()
    {
        var definition = Get(DutchLabelLayout, "art_3__pnt_63");
        definition.Kind.ShouldBe(ProvisionKind.Definition);
        definition.Label.ShouldBe("63)");
        definition.Text.ShouldStartWith("“AI-model voor algemene doeleinden”: een AI-model");
        Fixture(DutchLabelLayout).Provisions.Where(p => p.Id.Parent == ProvisionId.Article(3)).Select(p => p.Id.Value)
            .ShouldBe(["art_3__pnt_63", "art_3__pnt_64", "art_3__pnt_65", "art_3__pnt_66", "art_3__pnt_67"]);
        Get(DutchLabelLayout, "art_3").Text.ShouldBe("Voor de toepassing van deze verordening wordt verstaan onder:");
    }

    [Test]
    public void Roman_points_nest_under_the_lettered_point_that_announces_them()
    {
        Fixture(DutchLabelLayout).Provisions.Where(p => p.Id.IsWithin(ProvisionId.Article(5).Paragraph(1)) && p.Id.Value != "art_5__para_1")
            .Select(p => p.Id.Value).ShouldBe([
                "art_5__para_1__pnt_a", "art_5__para_1__pnt_b", "art_5__para_1__pnt_c", "art_5__para_1__pnt_c__pnt_i",
                "art_5__para_1__pnt_c__pnt_ii", "art_5__para_1__pnt_d", "art_5__para_1__pnt_e", "art_5__para_1__pnt_f",
                "art_5__para_1__pnt_g", "art_5__para_1__pnt_h", "art_5__para_1__pnt_h__pnt_i", "art_5__para_1__pnt_h__pnt_ii",
                "art_5__para_1__pnt_h__pnt_iii"]);
        Get(DutchLabelLayout, "art_5__para_1__pnt_h__pnt_i").Text.ShouldStartWith("het gericht zoeken naar specifieke slachtoffers van ontvoering");

        // The subparagraph after the points is the paragraph's, not its last point's.
        Get(DutchLabelLayout, "art_5__para_1").Text.ShouldBe("De volgende AI-praktijken zijn verboden:\nPunt h) van de eerste alinea doet geen "
            + "afbreuk aan artikel 9 van Verordening (EU) 2016/679 voor de verwerking van biometrische gegevens voor andere doeleinden dan "
            + "rechtshandhaving.");
        Get(DutchLabelLayout, "art_5__para_1__pnt_h__pnt_iii").Text.ShouldNotContain("Punt h)");
    }

    [Test]
    public void Chapters_and_sections_are_structure_not_text_of_the_provision_before_them()
    {
        Get(DutchLabelLayout, "art_50__para_7").Text.ShouldEndWith("uitvoering van die verplichtingen worden gespecificeerd.");
        Get(DutchLabelLayout, "art_73__para_11").Text.ShouldEndWith("overeenkomstig artikel 20 van Verordening (EU) 2019/1020.");
        Fixture(DutchLabelLayout).Provisions.ShouldAllBe(p => !p.Text.Contains("HOOFDSTUK") && !p.Text.Contains("AFDELING"));

        var article = Get(DutchLabelLayout, "art_51");
        article.Divisions.Select(d => (d.Id, d.Level, d.Label, d.Title)).ShouldBe([
            ("cpt_V", DivisionLevel.Chapter, "HOOFDSTUK V", "AI-MODELLEN VOOR ALGEMENE DOELEINDEN"),
            ("cpt_V.sct_1", DivisionLevel.Section, "AFDELING 1", "Classificatieregels"),
        ]);
        Get(DutchLabelLayout, "art_51__para_1__pnt_a").DivisionPath
            .ShouldBe("HOOFDSTUK V — AI-MODELLEN VOOR ALGEMENE DOELEINDEN, AFDELING 1 — Classificatieregels");
        Get(DutchLabelLayout, "art_78").Divisions.Select(d => d.Id).ShouldBe(["cpt_IX", "cpt_IX.sct_3"]);
        Get(DutchLabelLayout, "art_3").Divisions.ShouldBeEmpty();
        Get(DutchLabelLayout, "anx_XIII").Divisions.ShouldBeEmpty();
        Fixture(DutchLabelLayout).Documents.Single().Divisions.Select(d => d.Id)
            .ShouldBe(["cpt_V", "cpt_V.sct_1", "cpt_IX", "cpt_IX.sct_2", "cpt_IX.sct_3", "cpt_XIII"]);
    }

    [Test]
    public void Annex_VII_points_have_titles_and_points_within_points()
    {
        var introduction = Get(DutchLabelLayout, "anx_VII__pnt_1");
        (introduction.Label, introduction.Heading).ShouldBe(("1.", "Inleiding"));
        introduction.Text.ShouldStartWith("De conformiteit op basis van een beoordeling van het kwaliteitsbeheersysteem");
        Get(DutchLabelLayout, "anx_VII").Text.ShouldBeEmpty();

        var application = Get(DutchLabelLayout, "anx_VII__pnt_3__pnt_1");
        (application.Label, application.Text).ShouldBe(("3.1.", "De aanvraag van de aanbieder bevat onder meer:"));
        Get(DutchLabelLayout, "anx_VII__pnt_3__pnt_1__pnt_f").Text.ShouldStartWith("een schriftelijke verklaring");
        Get(DutchLabelLayout, "anx_VII__pnt_3__pnt_2").Text.ShouldStartWith("Het kwaliteitsbeheersysteem wordt beoordeeld door de aangemelde instantie");
    }

    [Test]
    public void Annex_VIII_sections_restart_their_points_under_distinct_ids()
    {
        var sections = Fixture(DutchLabelLayout).Provisions.Where(p => p.Id.Parent == ProvisionId.Annex("VIII")).ToList();
        sections.Select(s => (s.Id.Value, s.Kind, s.Label)).ShouldBe([
            ("anx_VIII__sec_A", ProvisionKind.AnnexSection, "Afdeling A"),
            ("anx_VIII__sec_B", ProvisionKind.AnnexSection, "Afdeling B"),
            ("anx_VIII__sec_C", ProvisionKind.AnnexSection, "Afdeling C"),
        ]);
        sections[0].Heading.ShouldBe("Informatie die moet worden ingediend door aanbieders van AI-systemen met een hoog risico overeenkomstig artikel 49, lid 1");
        Get(DutchLabelLayout, "anx_VIII__sec_A__pnt_1").Text.ShouldBe("de naam, het adres en de contactgegevens van de aanbieder;");
        Get(DutchLabelLayout, "anx_VIII__sec_C__pnt_1").Text.ShouldBe("de naam, het adres en de contactgegevens van de gebruiksverantwoordelijke;");
        Get(DutchLabelLayout, "anx_VIII__sec_B__pnt_2").Kind.ShouldBe(ProvisionKind.AnnexPoint);
        Fixture(DutchLabelLayout).Diagnostics.ShouldNotContain(d => d.Id == "RD0015");
    }

    [Test]
    public void Annex_I_sections_that_go_on_with_the_numbering_are_no_level_of_the_ids()
    {
        Fixture(DutchLabelLayout).Provisions.Where(p => p.Id.IsWithin(ProvisionId.Annex("I")) && p.Id.Value != "anx_I")
            .Select(p => (p.Id.Value, p.Label)).ShouldBe([
                ("anx_I__sec_A", "Afdeling A"), ("anx_I__pnt_1", "1."), ("anx_I__pnt_2", "2."),
                ("anx_I__sec_B", "Afdeling B"), ("anx_I__pnt_13", "13."), ("anx_I__pnt_14", "14."),
            ]);
        Get(DutchLabelLayout, "anx_I__pnt_13").Text.ShouldStartWith("Verordening (EG) nr. 300/2008 van het Europees Parlement en de Raad");
    }

    [Test]
    public void Article_73_keeps_both_paragraphs_the_Dutch_OJ_numbers_11_and_reports_the_second()
    {
        var tenth = Get(DutchLabelLayout, "art_73__para_10");
        tenth.Label.ShouldBe("11.");
        tenth.Text.ShouldStartWith("Voor AI-systemen met een hoog risico die veiligheidscomponenten van apparaten zijn");
        var eleventh = Get(DutchLabelLayout, "art_73__para_11");
        eleventh.Label.ShouldBe("11.");
        eleventh.Text.ShouldStartWith("De nationale bevoegde autoriteiten stellen de Commissie onmiddellijk in kennis");

        var repeated = Fixture(DutchLabelLayout).Diagnostics.Where(d => d.Id == "RD0021").ShouldHaveSingleItem();
        repeated.Position.Line.ShouldBe(eleventh.Position.Line);
        repeated.Message.ShouldContain("art_73__para_10");
    }

    [Test]
    public void Footnotes_after_the_signature_are_notes_not_points_of_Article_113()
    {
        Fixture(DutchLabelLayout).Provisions.Where(p => p.Id.IsWithin(ProvisionId.Article(113)) && p.Id.Parent is not null)
            .Select(p => p.Id.Value).ShouldBe(["art_113__pnt_a", "art_113__pnt_b", "art_113__pnt_c"]);
        Get(DutchLabelLayout, "art_113").Text.ShouldNotContain("PB C 517");
        Get(DutchLabelLayout, "art_113").Text.ShouldNotContain("Gedaan te Brussel");

        // "… de Verordeningen (EU) 2016/679 (11) en (EU) 2018/1725 (12) …": calls after an act's number.
        Get(DutchLabelLayout, "rct_10").Notes.Select(n => n.Number).ShouldBe(["11", "12", "13", "14"]);
        Get(DutchLabelLayout, "rct_10").Notes[0].Text.ShouldStartWith("Verordening (EU) 2016/679 van het Europees Parlement en de Raad van 27 april 2016");

        var note = Get(DutchLabelLayout, "art_78__para_1__pnt_a").Notes.ShouldHaveSingleItem();
        note.Number.ShouldBe("57");
        note.Text.ShouldStartWith("Richtlijn (EU) 2016/943 van het Europees Parlement en de Raad van 8 juni 2016");

        var document = Fixture(DutchLabelLayout).Documents.Single();
        document.Boilerplate.Where(b => b.Reason == "note of text that is not law").Select(b => b.Text)
            .ShouldBe(["(1) PB C 517 van 22.12.2021, blz. 56.", "(2) PB C 115 van 11.3.2022, blz. 5.", "(3) PB C 97 van 28.2.2022, blz. 60."]);
        Fixture(DutchLabelLayout).Diagnostics.Count(d => d.Id == "RD0022").ShouldBe(3);
    }

    [Test]
    public void The_closing_formula_the_signature_block_and_the_ISSN_line_are_set_aside_and_reported()
    {
        var document = Fixture(DutchLabelLayout).Documents.Single();
        document.Boilerplate.Where(b => b.Reason == "signature").Select(b => b.Text).ShouldBe([
            "Gedaan te Brussel, 13 juni 2024.", "Voor het Europees Parlement", "De voorzitter", "R. METSOLA", "Voor de Raad", "De voorzitter",
            "M. MICHEL"]);
        document.Boilerplate.ShouldContain(b => b.Text == "ISSN 1977-0758 (electronic edition)" && b.Reason == "ISSN of the Official Journal");
        document.Boilerplate.ShouldContain(b => b.Reason == "final"
            && b.Text == "Deze verordening is verbindend in al haar onderdelen en is rechtstreeks toepasselijk in elke lidstaat.");
        Get(DutchLabelLayout, "art_113").Text.ShouldEndWith("Evenwel zijn:");
        document.Unclassified.ShouldBeEmpty();

        var diagnostics = Fixture(DutchLabelLayout).Diagnostics;
        diagnostics.ShouldContain(d => d.Id == "RD0020" && d.Message.Contains("Gedaan te Brussel, 13 juni 2024."));
        diagnostics.ShouldContain(d => d.Id == "RD0011" && d.Message.EndsWith("ISSN of the Official Journal"));
    }

    [Test]
    public void A_number_of_an_act_is_not_a_lost_superscript() =>
        Fixture(DutchLabelLayout).Diagnostics.Where(d => d.Id == "RD0012").Select(d => d.Message)
            .ShouldBe(["'1025' reads like 10^25 with its superscript lost in conversion; check the source before citing the number"]);

    [Test]
    public void German_paragraphs_numbered_1_in_brackets_are_paragraphs_and_their_points_nest_under_them()
    {
        var paragraph = Get(GermanLabelLayout, "art_7__para_1");
        paragraph.Kind.ShouldBe(ProvisionKind.Paragraph);
        paragraph.Label.ShouldBe("(1)");
        paragraph.Text.ShouldStartWith("Die Kommission ist befugt, gemäß Artikel 97 delegierte Rechtsakte");
        Fixture(GermanLabelLayout).Provisions.Select(p => p.Id.Value).ShouldBe([
            "art_7", "art_7__para_1", "art_7__para_1__pnt_a", "art_7__para_1__pnt_b",
            "art_7__para_2", "art_7__para_2__pnt_a", "art_7__para_2__pnt_b", "art_7__para_2__pnt_c"]);
        Get(GermanLabelLayout, "art_7__para_2__pnt_c").Text.ShouldStartWith("die Art und den Umfang der vom KI-System");
        paragraph.DivisionPath.ShouldBe("KAPITEL III — HOCHRISIKO-KI-SYSTEME, ABSCHNITT 1 — Einstufung von KI-Systemen als Hochrisiko-KI-Systeme");
        Fixture(GermanLabelLayout).Diagnostics.ShouldBeEmpty();
    }
}
