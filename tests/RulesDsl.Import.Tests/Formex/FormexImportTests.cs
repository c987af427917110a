using System.IO.Compression;
using RulesDsl.Corpus.Model;
using RulesDsl.Import.Formex;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Tests.Formex;

/// <summary>The English Formex package of the AI Act, imported: its structure, ids and text.</summary>
public class FormexImportTests
{
    private static ImportedAct Act => FormexFiles.Act;

    [Test]
    public void The_package_imports_without_a_diagnostic()
    {
        FormexFiles.Diagnostics.Select(d => d.Id).ShouldBeEmpty();
        Act.Language.ShouldBe("en");
        Act.Version.ShouldBe(new DateOnly(2024, 7, 12));
        Act.Eli.ShouldBe("http://data.europa.eu/eli/reg/2024/1689/oj");
        Act.Title!.ShouldStartWith("Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence");
        Act.Sources.Length.ShouldBe(16);
    }

    [Test]
    public void It_holds_113_articles_180_recitals_and_13_annexes()
    {
        var levels = FormexFiles.Provisions(Act).Where(p => p.Id.Parent is null).GroupBy(p => p.Id.Last.Level).ToDictionary(g => g.Key, g => g.Count());

        levels[ProvisionLevel.Article].ShouldBe(113);
        levels[ProvisionLevel.Recital].ShouldBe(180);
        levels[ProvisionLevel.Annex].ShouldBe(13);
        FormexFiles.Provision(Act, "rct_111").Text.Single().Text.ToString().ShouldStartWith("It is appropriate to establish a methodology for the classification of general-purpose AI models as general-purpose AI model with systemic risks.");
    }

    [Test]
    public void Article_51_has_its_paragraphs_and_points_with_their_text()
    {
        var article = FormexFiles.Provision(Act, "art_51");
        article.Label.ShouldBe("Article 51");
        article.Title.ShouldBe("Classification of general-purpose AI models as general-purpose AI models with systemic risk");
        article.Parts.Select(p => p.Id.Value).ShouldBe(["art_51__para_1", "art_51__para_2", "art_51__para_3"]);

        var pointA = FormexFiles.Provision(Act, "art_51__para_1__pnt_a");
        pointA.Label.ShouldBe("(a)");
        pointA.Text.Single().Text.ToString().ShouldBe("it has high impact capabilities evaluated on the basis of appropriate technical tools and methodologies, including indicators and benchmarks;");
        FormexFiles.Provision(Act, "art_51__para_1__pnt_b").Text.Single().Text.ToString().ShouldBe(
            "based on a decision of the Commission, ex officio or following a qualified alert from the scientific panel, it has capabilities or an impact equivalent to those set out in point (a) having regard to the criteria set out in Annex XIII.");
        FormexFiles.Provision(Act, "art_51__para_1").Text.Single().Text.ToString().ShouldEndWith("if it meets any of the following conditions:");
    }

    [Test]
    public void Article_51_paragraph_2_keeps_10_to_the_25_as_a_superscript()
    {
        var runs = FormexFiles.Provision(Act, "art_51__para_2").Text.Single().Text.Runs;

        runs.Length.ShouldBe(3);
        runs[1].ShouldBe(new InlineRun(InlineKind.Superscript, "25"));
        runs[0].ShouldBe(new InlineRun(InlineKind.Plain,
            "A general-purpose AI model shall be presumed to have high impact capabilities pursuant to paragraph 1, point (a), when the cumulative amount of computation used for its training measured in floating point operations is greater than 10"));
        runs[^1].ShouldBe(new InlineRun(InlineKind.Plain, "."));
    }

    [Test]
    public void Annex_XIII_point_f_prints_the_number_of_business_users_as_the_OJ_does()
    {
        var point = FormexFiles.Provision(Act, "anx_XIII__pnt_f");

        point.Label.ShouldBe("(f)");
        point.Text.Single().Text.ToString().ShouldContain("made available to at least 10 000 registered business users established in the Union");
        FormexFiles.Provision(Act, "anx_XIII").Parts.Select(p => p.Id.Last.Label).ShouldBe(["a", "b", "c", "d", "e", "f", "g"]);
    }

    [Test]
    public void Article_3_point_63_defines_a_general_purpose_AI_model()
    {
        var point = FormexFiles.Provision(Act, "art_3__pnt_63");

        point.Label.ShouldBe("(63)");
        point.Text.Single().Text.ToString().ShouldStartWith("‘general-purpose AI model’ means an AI model, including where such an AI model is trained with a large amount of data using self-supervision at scale");
        FormexFiles.Provision(Act, "art_3").Parts.Length.ShouldBe(68);
    }

    [Test]
    public void Annex_VIII_sections_A_B_and_C_are_distinct_levels_whose_points_restart()
    {
        var annex = FormexFiles.Provision(Act, "anx_VIII");

        annex.Parts.Select(p => p.Id.Value).ShouldBe(["anx_VIII__sec_A", "anx_VIII__sec_B", "anx_VIII__sec_C"]);
        annex.Parts[0].Label.ShouldBe("Section A");
        annex.Parts[0].Title!.ShouldStartWith("Information to be submitted by providers of high-risk AI systems in accordance with Article 49(1)");
        annex.Parts.Select(s => s.Parts.Length).ShouldBe([13, 9, 5]);
        annex.Parts.Select(s => s.Text.Single().Text.ToString()).Distinct().Count().ShouldBe(3);
        FormexFiles.Provision(Act, "anx_VIII__sec_B__pnt_9").Label.ShouldBe("9.");
        FormexFiles.Provision(Act, "anx_VIII__sec_C__pnt_1").Text.Single().Text.ToString().ShouldStartWith("The name, address and contact details of the deployer");
    }

    [Test]
    public void Annex_XI_sections_restart_their_points_and_Annex_I_sections_do_not()
    {
        FormexFiles.Provision(Act, "anx_XI__sec_1__pnt_1__pnt_a").Label.ShouldBe("(a)");
        FormexFiles.Provision(Act, "anx_XI__sec_2__pnt_3").Label.ShouldBe("3.");

        var annexI = FormexFiles.Provision(Act, "anx_I");
        annexI.Parts.Select(p => p.Id.Last.Label).ShouldBe(Enumerable.Range(1, 20).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        annexI.Text.Select(p => (p.AfterPart, p.Text.ToString())).ShouldBe(
        [
            (0, "Section A. List of Union harmonisation legislation based on the New Legislative Framework"),
            (12, "Section B. List of other Union harmonisation legislation"),
        ]);
    }

    [Test]
    public void Annex_VII_numbered_group_headings_are_points_and_3_1_is_a_point_of_point_3()
    {
        var introduction = FormexFiles.Provision(Act, "anx_VII__pnt_1");
        introduction.Label.ShouldBe("1.");
        introduction.Title.ShouldBe("Introduction");
        introduction.Text.Single().Text.ToString().ShouldStartWith("Conformity based on an assessment of the quality management system");

        var application = FormexFiles.Provision(Act, "anx_VII__pnt_3__pnt_1");
        application.Label.ShouldBe("3.1.");
        application.Text[0].Text.ToString().ShouldBe("The application of the provider shall include:");
        FormexFiles.Provision(Act, "anx_VII__pnt_3__pnt_1__pnt_f").Label.ShouldBe("(f)");
        FormexFiles.Provision(Act, "anx_VII__pnt_4__pnt_6").Text.Length.ShouldBe(5);
    }

    [Test]
    public void Dash_indents_are_numbered_by_their_place()
    {
        var annexII = FormexFiles.Provision(Act, "anx_II");

        annexII.Parts.Length.ShouldBe(16);
        annexII.Parts[0].Id.Value.ShouldBe("anx_II__pnt_1");
        annexII.Parts[0].Label.ShouldBe("—");
        annexII.Parts[0].Text.Single().Text.ToString().ShouldBe("terrorism,");
    }

    [Test]
    public void Chapters_and_sections_are_divisions_with_the_ids_of_the_OJ_HTML()
    {
        var chapterV = FormexFiles.Divisions(Act).Single(d => d.Id == "cpt_V");

        chapterV.Label.ShouldBe("CHAPTER V");
        chapterV.Title.ShouldBe("GENERAL-PURPOSE AI MODELS");
        var section = chapterV.Children.OfType<ImportedDivision>().First();
        section.Id.ShouldBe("cpt_V.sct_1");
        section.Label.ShouldBe("SECTION 1");
        section.Title.ShouldBe("Classification rules");
        section.Children.OfType<ImportedProvision>().First().Id.Value.ShouldBe("art_51");
    }

    [Test]
    public void Footnotes_are_notes_of_the_provision_that_calls_them()
    {
        Act.Notes.Length.ShouldBe(66);
        Act.Notes[0].Number.ShouldBe("1");
        Act.Notes[0].CalledFrom.ShouldBeNull();
        Act.Notes[0].Text.ToString().ShouldBe("OJ C 517, 22.12.2021, p. 56.");
        Act.Frame.Single(f => f.Kind == FrameKind.Preamble && f.Paragraphs.Length > 1).Paragraphs
            .ShouldContain(p => p.Runs.Contains(new InlineRun(InlineKind.NoteReference, "1")));

        var fromRecitals = Act.Notes.Where(n => n.CalledFrom?.Last.Level == ProvisionLevel.Recital).ToList();
        fromRecitals.ShouldNotBeEmpty();
        foreach (var note in Act.Notes.Where(n => n.CalledFrom is not null))
        {
            FormexFiles.Provision(Act, note.CalledFrom!.Value).Text
                .ShouldContain(p => p.Text.Runs.Contains(new InlineRun(InlineKind.NoteReference, note.Number)), $"note {note.Number}");
        }

        Act.Notes.Where(n => n.Number == "*").Select(n => n.CalledFrom!.Value).ShouldBe(
            ["art_102", "art_103", "art_104", "art_105", "art_106", "art_107", "art_108__pnt_1", "art_109"]);
    }

    [Test]
    public void Title_preamble_final_formula_and_signature_are_frame_parts()
    {
        Act.Frame.Select(f => f.Kind).ShouldBe([FrameKind.Title, FrameKind.Preamble, FrameKind.Preamble, FrameKind.Final, FrameKind.Signature]);
        Act.Frame[0].Paragraphs[0].ToString().ShouldBe("REGULATION (EU) 2024/1689 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL");
        Act.Frame[1].Paragraphs[0].ToString().ShouldBe("THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,");
        Act.Frame[1].Paragraphs[^1].ToString().ShouldBe("Whereas:");
        Act.Frame[2].Paragraphs.Single().ToString().ShouldBe("HAVE ADOPTED THIS REGULATION:");
        Act.Frame[3].Paragraphs.Single().ToString().ShouldBe("This Regulation shall be binding in its entirety and directly applicable in all Member States.");
        Act.Frame[4].Paragraphs.Select(p => p.ToString()).ShouldBe(
        [
            "Done at Brussels, 13 June 2024.",
            "For the European Parliament", "The President", "R. METSOLA",
            "For the Council", "The President", "M. MICHEL",
        ]);
    }

    [Test]
    public void Quoted_text_of_an_amending_article_is_its_text_not_provisions_of_this_act()
    {
        var article = FormexFiles.Provision(Act, "art_102");

        article.Parts.ShouldBeEmpty();
        article.Text.Select(p => FormexFiles.Show(p.Text).Replace("[^*]", "*", StringComparison.Ordinal)).ShouldBe(
        [
            "In Article 4(3) of Regulation (EC) No 300/2008, the following subparagraph is added:",
            "‘When adopting detailed measures related to technical specifications and procedures for approval and use of security equipment concerning Artificial Intelligence systems within the meaning of Regulation (EU) 2024/1689 of the European Parliament and of the Council*, the requirements set out in Chapter III, Section 2, of that Regulation shall be taken into account.",
        ]);
    }

    [Test]
    public void The_second_list_of_Article_43_1_is_a_list_of_its_subparagraph_as_in_the_HTML()
    {
        var paragraph = FormexFiles.Provision(Act, "art_43__para_1");

        paragraph.Parts.Select(p => p.Id.Value).ShouldBe(["art_43__para_1__pnt_a", "art_43__para_1__pnt_b", "art_43__para_1__subpara_2"]);
        var subparagraph = FormexFiles.Provision(Act, "art_43__para_1__subpara_2");
        subparagraph.Text.Single().Text.ToString().ShouldStartWith("In demonstrating the compliance");
        subparagraph.Parts.Select(p => p.Id.Last.Label).ShouldBe(["a", "b", "c", "d"]);
        FormexFiles.Provision(Act, "art_43__para_1__subpara_2__pnt_d").Text.Single().Text.ToString().ShouldStartWith("one or more of the harmonised standards");
    }

    [Test]
    public void Without_the_package_description_the_annexes_come_in_file_name_order_and_the_date_from_the_table_of_contents()
    {
        var files = FormexFiles.Package().Where(f => !f.Path.EndsWith(FormexFiles.DescriptionFile, StringComparison.Ordinal)).Reverse().ToList();

        var (imported, diagnostics) = FormexFiles.Import(files);

        diagnostics.Select(d => d.Id).ShouldBeEmpty();
        imported!.Version.ShouldBe(new DateOnly(2024, 7, 12));
        imported.Eli.ShouldBeNull();
        FormexFiles.Lines(imported)[1..].ShouldBe(FormexFiles.Lines(Act)[1..]);
    }

    [Test]
    public void Importing_twice_gives_the_same_act()
    {
        var again = FormexFiles.Import(FormexFiles.Package());

        again.Diagnostics.ShouldBe(FormexFiles.Diagnostics);
        FormexFiles.Lines(again.Act!).ShouldBe(FormexFiles.Lines(Act));
        again.Act!.Sources.ShouldBe(Act.Sources);
    }

    [Test]
    public void A_zip_of_the_package_gives_the_same_act_as_the_loose_files()
    {
        var folder = Directory.CreateTempSubdirectory("formex-zip-");
        try
        {
            var zipPath = Path.Combine(folder.FullName, "L_202401689EN.zip");
            using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
            {
                foreach (var (path, bytes) in FormexFiles.Package())
                {
                    using var entry = zip.CreateEntry(Path.GetFileName(path)).Open();
                    entry.Write(bytes);
                }
            }

            var zipped = FormexFiles.Import([("L_202401689EN.zip", File.ReadAllBytes(zipPath))]);

            zipped.Diagnostics.Select(d => d.Id).ShouldBeEmpty();
            FormexFiles.Lines(zipped.Act!).ShouldBe(FormexFiles.Lines(Act));
            zipped.Act!.Sources.Select(s => s.Sha256).ShouldBe(Act.Sources.Select(s => s.Sha256));
            zipped.Act.Sources[0].Path.ShouldBe("L_202401689EN.zip/L_202401689EN.000101.fmx.xml");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Formex_files_and_zips_of_them_are_told_from_other_files()
    {
        FormexImporter.IsFormex($"{FormexFiles.Folder}/{FormexFiles.ActFile}", FormexFiles.Bytes(FormexFiles.ActFile)).ShouldBeTrue();
        FormexImporter.IsFormex("act.xml", FormexFiles.Bytes(FormexFiles.ActFile)).ShouldBeTrue();
        FormexImporter.IsFormex("page.html", "<!DOCTYPE html><html><body>Article 51</body></html>"u8.ToArray()).ShouldBeFalse();
        var html = Directory.GetFiles(Path.Combine(RulesDsl.Tests.RepoPaths.Root, "corpus", "eu-ai-act", "sources", "en", "eurlex"), "*.html").Single();
        FormexImporter.IsFormex(Path.GetFileName(html), File.ReadAllBytes(html)).ShouldBeFalse();
        FormexImporter.IsFormex("notes.xml", "<?xml version=\"1.0\"?><notes/>"u8.ToArray()).ShouldBeFalse();
    }
}
