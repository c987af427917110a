using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// The embedded corpus: the whole AI Act as the Official Journal publishes it in English and Dutch, imported from
/// corpus/eu-ai-act/sources by rulesdsl import and read back.
/// </summary>
public class WholeActTests
{
    private static readonly DateOnly Oj = new(2024, 7, 12);

    private static IEnumerable<Provision> Official(string language) =>
        EmbeddedCorpus.Value.Provisions.Where(p => p.Language == language && p.Version == Oj && p.Position.File.EndsWith("/oj.md", StringComparison.Ordinal));

    private static Provision Get(string id, string language) => Official(language).Single(p => p.Id.Value == id);

    [TestCase("en")]
    [TestCase("nl")]
    public void Holds_113_articles_180_recitals_and_13_annexes(string language)
    {
        var tops = Official(language).Where(p => p.Id.Parent is null).ToList();
        tops.Count(p => p.Kind == ProvisionKind.Article).ShouldBe(113);
        tops.Count(p => p.Kind == ProvisionKind.Recital).ShouldBe(180);
        tops.Count(p => p.Kind == ProvisionKind.Annex).ShouldBe(13);
    }

    [Test]
    public void Every_provision_has_the_same_id_and_the_same_parent_in_English_and_Dutch()
    {
        string Tree(string language) => string.Join('\n', Official(language).Select(p => $"{p.Id} < {p.Id.Parent} {p.Kind}").Order(StringComparer.Ordinal));

        Official("nl").Count().ShouldBeGreaterThan(1400);
        Tree("nl").ShouldBe(Tree("en"));
    }

    [Test]
    public void Dutch_Article_51_1_a_and_Annex_XIII_f_read_as_published()
    {
        var point = Get("art_51__para_1__pnt_a", "nl");
        point.Label.ShouldBe("a)");
        point.Text.ShouldStartWith("het beschikt over capaciteiten met een grote impact die worden geëvalueerd");
        Get("art_51__para_1__pnt_b", "nl").Label.ShouldBe("b)");
        Get("anx_XIII__pnt_f", "nl").Text.ShouldContain("ten minste 10 000 geregistreerde zakelijke gebruikers");
    }

    [Test]
    public void Dutch_Article_3_points_are_definitions_whose_terms_the_glossary_reads()
    {
        var general = Get("art_3__pnt_63", "nl");
        general.Kind.ShouldBe(ProvisionKind.Definition);
        general.Label.ShouldBe("63)");
        DefinedTermSyntax.Terms(general.Text).ShouldBe(["AI-model voor algemene doeleinden"]);

        // Point 67 writes its term unquoted, with the English term as a quoted alias.
        var flop = Get("art_3__pnt_67", "nl");
        flop.Kind.ShouldBe(ProvisionKind.Definition);
        DefinedTermSyntax.Terms(flop.Text).ShouldBe(["zwevendekommabewerking", "floating-point operation (FLOP)"]);
        Official("nl").Count(p => p.Id.Parent == ProvisionId.Article(3) && p.Kind == ProvisionKind.Definition).ShouldBe(68);
    }

    [TestCase("en", "greater than 10^25.")]
    [TestCase("nl", "groter is dan 10^25.")]
    public void Article_51_2_keeps_its_superscript_and_no_lost_superscript_is_reported(string language, string end)
    {
        var paragraph = Get("art_51__para_2", language);
        paragraph.Text.ShouldEndWith(end);
        EmbeddedCorpus.Value.Diagnostics.ShouldNotContain(d => d.Id == "RD0012" && d.Position.File.EndsWith("/oj.md", StringComparison.Ordinal));
    }

    [Test]
    public void Chapters_and_sections_stand_above_their_articles_not_in_the_text_before_them()
    {
        var article = Get("art_51", "nl");
        article.Divisions.Select(d => d.Label).ShouldBe(["HOOFDSTUK V", "AFDELING 1"]);
        Get("art_50__para_7", "nl").Text.ShouldNotContain("HOOFDSTUK");
        Official("nl").ShouldAllBe(p => !p.Text.Contains("HOOFDSTUK ") && !p.Text.Contains("AFDELING "));
    }

    [Test]
    public void Footnotes_are_notes_of_the_provision_that_calls_them_never_points()
    {
        // The 59 footnotes follow the last annex; Article 113 keeps its own three points.
        Official("nl").Where(p => p.Id.Parent == ProvisionId.Article(113)).Select(p => p.Label).ShouldBe(["a)", "b)", "c)"]);
        Official("nl").Sum(p => p.Notes.Length).ShouldBeGreaterThan(50);
        var recital = Get("rct_9", "nl");
        recital.Notes.ShouldNotBeEmpty();
        recital.Notes[0].Text.ShouldContain("765/2008");
    }

    [Test]
    public void Annex_VIII_sections_restart_their_points_under_ids_of_their_own()
    {
        foreach (var section in new[] { "A", "B", "C" })
        {
            Get($"anx_VIII__sec_{section}__pnt_1", "nl").Text.ShouldNotBeEmpty();
        }

        Get("anx_VIII__sec_A", "nl").Label.ShouldStartWith("Afdeling A");
    }

    [Test]
    public void Dutch_Article_73_10_keeps_its_printed_label_11_under_the_id_of_its_place()
    {
        Get("art_73__para_10", "nl").Label.ShouldBe("11.");
        Get("art_73__para_11", "nl").Label.ShouldBe("11.");
        Get("art_73__para_10", "en").Label.ShouldBe("10.");
    }
}
