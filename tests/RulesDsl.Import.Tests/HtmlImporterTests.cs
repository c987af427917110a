using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Model;
using static RulesDsl.Import.Tests.Sources;

namespace RulesDsl.Import.Tests;

public sealed class HtmlImporterTests
{
    [Test]
    public void Dutch_points_take_their_ids_from_the_table_rows_not_the_label_style()
    {
        var point = Find(Nl.Act, "art_51__para_1__pnt_a");

        point.Label.ShouldBe("a)");
        Text(point).ShouldBe("het beschikt over capaciteiten met een grote impact die worden geëvalueerd op basis van passende technische instrumenten en methoden, met inbegrip van indicatoren en benchmarks;");
        Find(En.Act, "art_51__para_1__pnt_a").Label.ShouldBe("(a)");
    }

    [Test]
    public void Annex_XIII_point_f_holds_its_threshold()
    {
        Text(Find(Nl.Act, "anx_XIII__pnt_f")).ShouldContain("ten minste 10 000 geregistreerde zakelijke gebruikers");
    }

    [Test]
    public void Definition_63_is_the_general_purpose_AI_model()
    {
        Text(Find(Nl.Act, "art_3__pnt_63")).ShouldStartWith("“AI-model voor algemene doeleinden”");
        Find(Nl.Act, "art_3__pnt_63").Label.ShouldBe("63)");
        Text(Find(En.Act, "art_3__pnt_63")).ShouldStartWith("‘general-purpose AI model’");
    }

    [TestCase("nl")]
    [TestCase("en")]
    public void The_whole_act_is_read(string language)
    {
        var act = language == "nl" ? Nl.Act : En.Act;
        var provisions = act.Body.Provisions().ToList();

        act.Language.ShouldBe(language);
        act.Version.ShouldBe(new DateOnly(2024, 7, 12));
        act.Eli.ShouldBe("http://data.europa.eu/eli/reg/2024/1689/oj");
        provisions.Count(p => p.Id.Segments is [{ Level: ProvisionLevel.Article }]).ShouldBe(113);
        provisions.Count(p => p.Id.Segments is [{ Level: ProvisionLevel.Recital }]).ShouldBe(180);
        provisions.Count(p => p.Id.Segments is [{ Level: ProvisionLevel.Annex }]).ShouldBe(13);
    }

    [Test]
    public void English_and_Dutch_have_the_same_tree_of_ids()
    {
        static IEnumerable<string> Tree(IEnumerable<ImportedNode> nodes, string indent) => nodes.SelectMany(node => node switch
        {
            ImportedDivision d => Tree(d.Children, indent + " ").Prepend(indent + d.Id),
            ImportedProvision p => Tree(p.Parts, indent + " ").Prepend(indent + p.Id.Value),
            _ => [],
        });

        var dutch = Tree(Nl.Act.Body, "").ToList();

        Tree(En.Act.Body, "").ToList().ShouldBe(dutch);
        dutch.Count.ShouldBeGreaterThan(1500);
    }

    [Test]
    public void The_exponent_of_Article_51_2_is_a_superscript()
    {
        var runs = Find(Nl.Act, "art_51__para_2").Text.SelectMany(t => t.Text.Runs).ToList();

        runs.ShouldContain(new InlineRun(InlineKind.Superscript, "25"));
        runs[runs.IndexOf(new InlineRun(InlineKind.Superscript, "25")) - 1].Text.ShouldEndWith("groter is dan 10");
    }

    [Test]
    public void Footnotes_are_notes_of_the_provision_that_calls_them_never_points()
    {
        var act = Nl.Act;

        act.Notes.Count(n => n.Number.All(char.IsAsciiDigit)).ShouldBe(58);
        act.Notes.Length.ShouldBe(59);
        act.Notes.Single(n => n.Number == "1").Text.ToString().ShouldBe("PB C 517 van 22.12.2021, blz. 56.");
        act.Notes.Single(n => n.Number == "1").CalledFrom.ShouldBeNull();
        act.Notes.Where(n => n.CalledFrom is not null).ShouldAllBe(n => n.CalledFrom!.Value.StartsWith("rct_") || n.CalledFrom!.Value.StartsWith("art_") || n.CalledFrom!.Value.StartsWith("anx_"));
        act.Body.Provisions().ShouldNotContain(p => p.Text.Any(t => t.Text.ToString().StartsWith("PB C 517")));
        En.Act.Notes.Length.ShouldBe(59);
    }

    [Test]
    public void Annex_VIII_sections_restart_their_points()
    {
        var annex = Find(Nl.Act, "anx_VIII");

        annex.Parts.Select(p => p.Id.Value).ShouldBe(["anx_VIII__sec_A", "anx_VIII__sec_B", "anx_VIII__sec_C"]);
        annex.Parts.ShouldAllBe(s => s.Parts[0].Id.Last.Label == "1");
        annex.Parts[0].Label.ShouldBe("Afdeling A");
        Find(En.Act, "anx_VIII__sec_A").Label.ShouldBe("Section A");
    }

    [Test]
    public void Annex_VII_numbered_headings_are_points_and_3_1_is_nested()
    {
        var point = Find(Nl.Act, "anx_VII__pnt_3");

        point.Title.ShouldBe("Systeem voor kwaliteitsbeheer");
        point.Parts[0].Id.Value.ShouldBe("anx_VII__pnt_3__pnt_1");
        point.Parts[0].Label.ShouldBe("3.1.");
    }

    [Test]
    public void Chapters_and_sections_are_divisions()
    {
        var divisions = Nl.Act.Body.Divisions().ToList();

        divisions.Count.ShouldBe(29);
        divisions.Count(d => !d.Id.Contains('.')).ShouldBe(13);
        divisions.Single(d => d.Id == "cpt_V.sct_1").Title.ShouldBe("Classificatieregels");
        divisions.Single(d => d.Id == "cpt_V").Label.ShouldBe("HOOFDSTUK V");
        En.Act.Body.Divisions().Select(d => d.Id).ShouldBe(divisions.Select(d => d.Id));
    }

    [Test]
    public void Dutch_Article_73_second_11_is_paragraph_10_and_reported()
    {
        var paragraph = Find(Nl.Act, "art_73__para_10");

        paragraph.Label.ShouldBe("11.");
        Find(Nl.Act, "art_73__para_11").Label.ShouldBe("11.");
        Nl.Diagnostics.ShouldContain(d => d.Id == "RD0306" && d.Message.Contains("art_73__para_10"));
        En.Diagnostics.ShouldNotContain(d => d.Id == "RD0306");
    }

    [Test]
    public void Article_43_1_second_list_is_a_list_of_its_subparagraph()
    {
        var paragraph = Find(Nl.Act, "art_43__para_1");

        paragraph.Parts.Select(p => p.Id.Value).ShouldBe(["art_43__para_1__pnt_a", "art_43__para_1__pnt_b", "art_43__para_1__subpara_2"]);
        Find(Nl.Act, "art_43__para_1__subpara_2").Parts.Select(p => p.Id.Last.Label).ShouldBe(["a", "b", "c", "d"]);
        Text(Find(En.Act, "art_43__para_1__subpara_2")).ShouldStartWith("In demonstrating the compliance");
    }

    [Test]
    public void Title_preamble_enacting_formula_final_and_signature_are_frame()
    {
        var frame = Nl.Act.Frame;

        frame.Select(f => f.Kind).ShouldBe([FrameKind.Title, FrameKind.Preamble, FrameKind.Enacting, FrameKind.Final, FrameKind.Signature]);
        frame[1].Paragraphs[^1].ToString().ShouldBe("Overwegende hetgeen volgt:");
        frame[2].Paragraphs.Single().ToString().ShouldBe("HEBBEN DE VOLGENDE VERORDENING VASTGESTELD:");
        frame[4].Paragraphs.Select(p => p.ToString()).ShouldContain("R. METSOLA");
        frame[4].Paragraphs[0].ToString().ShouldBe("Gedaan te Brussel, 13 juni 2024.");
    }

    [Test]
    public void Page_header_ISSN_ELI_and_site_chrome_are_set_aside_and_reported()
    {
        Nl.Act.SetAside.Select(s => s.Text).ShouldContain("ISSN 1977-0758 (electronic edition)");
        Nl.Act.SetAside.ShouldContain(s => s.Text.Contains("Publicatieblad"));
        Nl.Act.Body.Provisions().ShouldNotContain(p => p.Text.Any(t => t.Text.ToString().Contains("ISSN")));
        Nl.Act.Frame.ShouldNotContain(f => f.Paragraphs.Any(t => t.ToString().Contains("METSOLA") && f.Kind != FrameKind.Signature));

        var english = En.Act.SetAside;
        english.Count(s => s.Reason.StartsWith("the EUR-Lex page")).ShouldBe(2);
        english.ShouldContain(s => s.Text.Contains("ISSN 1977-0677"));
        En.Diagnostics.Count(d => d.Id == "RD0307").ShouldBe(english.Length);
        En.Diagnostics.ShouldNotContain(d => d.IsError);
    }

    [Test]
    public void Notes_called_without_their_text_are_reported()
    {
        Nl.Diagnostics.Count(d => d.Id == "RD0308").ShouldBe(7);
        Nl.Diagnostics.Where(d => d.Id == "RD0308").ShouldAllBe(d => d.Severity == DiagnosticSeverity.Warning);
    }
}
