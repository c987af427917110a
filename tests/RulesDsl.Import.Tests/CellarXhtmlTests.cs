using RulesDsl.Diagnostics;
using RulesDsl.Import.Html;
using RulesDsl.Import.Model;
using RulesDsl.Import.Writing;
using static RulesDsl.Import.Tests.Sources;

namespace RulesDsl.Import.Tests;

/// <summary>
/// The older Cellar XHTML (acts before 2023), on a fixture written in that markup: articles of Regulation (EU) 2016/679
/// as EUR-Lex served them, flat blocks with classes and no ids.
/// </summary>
public sealed class CellarXhtmlTests
{
    private static readonly string Fixture = Path.Combine(RepoPaths.Root, "tests", "RulesDsl.Import.Tests", "Fixtures", "gdpr_cellar_en.html");

    private static readonly Lazy<(ImportedAct Act, List<Diagnostic> Diagnostics)> Gdpr = new(() =>
    {
        var diagnostics = new List<Diagnostic>();
        var act = HtmlImporter.Import([("gdpr_cellar_en.html", File.ReadAllBytes(Fixture))], "gdpr", diagnostics);
        act.ShouldNotBeNull(string.Join("\n", diagnostics));
        return (act, diagnostics);
    });

    private static ImportedAct Act => Gdpr.Value.Act;

    [Test]
    public void Articles_paragraphs_and_points_come_from_classes_and_the_place_of_labels()
    {
        Act.Body.Provisions().Where(p => p.Id.Parent is null).Select(p => p.Id.Value)
            .ShouldBe(["rct_1", "rct_2", "art_1", "art_4", "art_6", "art_24", "art_32", "art_99"]);
        Find(Act, "art_1").Parts.Select(p => p.Id.Value).ShouldBe(["art_1__para_1", "art_1__para_2", "art_1__para_3"]);
        Text(Find(Act, "art_1__para_2")).ShouldStartWith("This Regulation protects fundamental rights");
        Find(Act, "art_1__para_2").Label.ShouldBe("2.");
        Text(Find(Act, "art_4__pnt_1")).ShouldStartWith("‘personal data’ means");
        Find(Act, "art_4").Title.ShouldBe("Definitions");
        Find(Act, "art_6__para_1").Parts.Select(p => p.Id.Last.Label).ShouldBe(["a", "b", "c", "d", "e", "f"]);
    }

    [Test]
    public void An_unnumbered_subparagraph_stays_with_the_paragraph_before_it_after_its_points()
    {
        var paragraph = Find(Act, "art_6__para_1");

        paragraph.Text.Select(t => (t.Text.ToString(), t.AfterPart)).ShouldBe([
            ("Processing shall be lawful only if and to the extent that at least one of the following applies:", 0),
            ("Point (f) of the first subparagraph shall not apply to processing carried out by public authorities in the performance of their tasks.", 6),
        ]);
    }

    [Test]
    public void Chapters_hold_their_sections_and_articles()
    {
        var chapters = Act.Body.OfType<ImportedDivision>().ToList();

        chapters.Select(c => c.Id).ShouldBe(["cpt_I", "cpt_II", "cpt_IV", "cpt_XI"]);
        chapters[2].Title.ShouldBe("Controller and processor");
        chapters[2].Children.OfType<ImportedDivision>().Select(s => (s.Id, s.Label, s.Title)).ShouldBe([
            ("cpt_IV.sct_1", "Section 1", "General obligations"),
            ("cpt_IV.sct_2", "Section 2", "Security of personal data"),
        ]);
    }

    [Test]
    public void Frame_notes_and_header_are_read_as_in_the_OJ_HTML()
    {
        Act.Language.ShouldBe("en");
        Act.Version.ShouldBe(new DateOnly(2016, 5, 4));
        Act.Eli.ShouldBeNull();
        Act.Frame.Select(f => f.Kind).ShouldBe([FrameKind.Title, FrameKind.Preamble, FrameKind.Enacting, FrameKind.Final, FrameKind.Signature]);
        Act.Frame[2].Paragraphs.Single().ToString().ShouldBe("HAVE ADOPTED THIS REGULATION:");
        Act.Frame[4].Paragraphs.Select(p => p.ToString()).ShouldBe(["Done at Brussels, 27 April 2016.", "For the European Parliament", "The President", "M. SCHULZ", "For the Council", "The President", "J.A. HENNIS-PLASSCHAERT"]);
        Act.Notes.Select(n => n.Number).ShouldBe(["1", "2", "3"]);
        Act.SetAside.ShouldContain(s => s.Text.Contains("L 119/1"));
        Gdpr.Value.Diagnostics.ShouldNotContain(d => d.Severity != DiagnosticSeverity.Info);
    }

    [Test]
    public void The_writer_gives_the_same_blocks_as_for_the_OJ_HTML()
    {
        var markdown = CorpusMarkdownWriter.Write(Act);

        markdown.ShouldContain("\n## CHAPTER IV ^cpt_IV\n\n### Controller and processor ^cpt_IV\n\n## Section 1 ^cpt_IV.sct_1\n");
        markdown.ShouldContain("\n(f) processing is necessary for the purposes of the legitimate interests");
        markdown.ShouldContain("\nPoint (f) of the first subparagraph shall not apply to processing carried out by public authorities in the performance of their tasks. ^art_6__para_1\n");
        markdown.ShouldContain("Economic and Social Committee [^1],");
    }
}
