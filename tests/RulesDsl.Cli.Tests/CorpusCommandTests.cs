using System.Text.Json;

namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl corpus</c> run in-process on the repository's corpus, as the README runs it.</summary>
public class CorpusCommandTests
{
    private static readonly string Corpus = RepoPaths.Corpus;

    // The Dutch OJ text in the imported format, a fixture of the reader's tests.
    private static readonly string DutchImported = Path.Combine(RepoPaths.Root, "tests", "RulesDsl.Corpus.Tests", "Fixtures", "imported", "nl", "oj.md");

    [Test]
    public void Shows_the_chapter_and_section_a_provision_stands_in_and_its_notes()
    {
        var (exit, output, _) = Cli.Run("corpus", "show", "art_51__para_1__pnt_a", "--corpus", DutchImported);

        exit.ShouldBe(0);
        output.ShouldContain("\nin: HOOFDSTUK V — AI-MODELLEN VOOR ALGEMENE DOELEINDEN, AFDELING 1 — Classificatieregels\n");

        var (_, point, _) = Cli.Run("corpus", "show", "art_78__para_1__pnt_a", "--corpus", DutchImported);
        point.ShouldContain("  note (57) Richtlijn (EU) 2016/943 van het Europees Parlement en de Raad van 8 juni 2016");
    }

    [Test]
    public void Shows_a_point_of_a_point_and_an_annex_section_which_have_no_citation_form()
    {
        var (exit, output, _) = Cli.Run("corpus", "show", "art_5__para_1__pnt_c__pnt_i", "--corpus", DutchImported);

        exit.ShouldBe(0);
        output.ShouldStartWith("art_5__para_1__pnt_c__pnt_i  [nl, 2024-07-12]  i)");
        output.ShouldNotContain("cited as:");
        output.ShouldContain("(1) de nadelige of ongunstige behandeling van bepaalde natuurlijke personen");

        var (sectionExit, section, _) = Cli.Run("corpus", "show", "anx_VIII__sec_C", "--corpus", DutchImported);
        sectionExit.ShouldBe(0);
        section.ShouldStartWith("anx_VIII__sec_C  [nl, 2024-07-12]  Afdeling C\nInformatie die moet worden ingediend door gebruiksverantwoordelijken");
    }

    [Test]
    public void Json_gives_the_divisions_and_notes_of_provisions_and_documents()
    {
        var (exit, output, _) = Cli.Run("corpus", "--corpus", DutchImported, "--format", "json");

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var provisions = json.RootElement.GetProperty("provisions").EnumerateArray().ToList();
        var article = provisions.Single(p => p.GetProperty("id").GetString() == "art_51");
        article.GetProperty("divisions").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString(), d.GetProperty("level").GetString(), d.GetProperty("label").GetString(), d.GetProperty("title").GetString()))
            .ShouldBe([("cpt_V", "Chapter", "HOOFDSTUK V", "AI-MODELLEN VOOR ALGEMENE DOELEINDEN"), ("cpt_V.sct_1", "Section", "AFDELING 1", "Classificatieregels")]);
        provisions.Single(p => p.GetProperty("id").GetString() == "art_78__para_1__pnt_a").GetProperty("notes").EnumerateArray()
            .Single().GetProperty("number").GetString().ShouldBe("57");
        json.RootElement.GetProperty("documents").EnumerateArray().Single().GetProperty("divisions").GetArrayLength().ShouldBe(6);
    }

    [Test]
    public void Lists_every_provision_of_the_embedded_corpus()
    {
        var (exit, output, error) = Cli.Run("corpus", "--corpus", Corpus);

        exit.ShouldBe(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("id");
        lines.ShouldContain(l => l.StartsWith("anx_XIII__pnt_f ", StringComparison.Ordinal) && l.Contains("2024-05-21") && l.Contains("6."));
        // Dutch recital 111 twice: the Official Journal's and the vault's, which carries no date.
        lines.ShouldContain(l => l.StartsWith("rct_111 ", StringComparison.Ordinal) && l.Contains(" nl ") && l.Contains("2024-07-12") && l.Contains("Het strekt tot aanbeveling"));
        lines.ShouldContain(l => l.StartsWith("rct_111 ", StringComparison.Ordinal) && l.Contains(" nl ") && l.Contains("undated") && l.Contains("Het strekt tot aanbeveling"));
        // The whole act in English and in Dutch (1 499 provisions each), the vault's recital, and the two scraped
        // versions of Annex XIII (the annex and its 7 points).
        lines[^1].ShouldBe("3015 provisions");
        // One line a provision, though a text has several paragraphs (Article 108's amendments of other acts).
        lines[1..^1].Length.ShouldBe(3015);
        error.ShouldContain("annex-xiii.scraped.md(11,3): info RD0017: this version labels its points 1.–7.");
        // The imported text keeps the superscript of 10^25: no lost superscript to report.
        error.ShouldNotContain("RD0012");
    }

    [Test]
    public void Filters_by_language()
    {
        var (exit, output, _) = Cli.Run("corpus", "--corpus", Corpus, "--lang", "nl");

        exit.ShouldBe(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[1..^1].ShouldAllBe(l => l.Contains(" nl "));
        lines[^1].ShouldBe("1500 provisions");
    }

    [Test]
    public void Json_is_for_programs()
    {
        var (exit, output, _) = Cli.Run("corpus", "--corpus", Corpus, "--format", "json");

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var provisions = json.RootElement.GetProperty("provisions").EnumerateArray().ToList();
        provisions.Count.ShouldBe(3015);
        var dutch = provisions.Where(p => p.GetProperty("id").GetString() == "rct_111" && p.GetProperty("language").GetString() == "nl").ToList();
        dutch.Select(p => p.GetProperty("version").GetString()).ShouldBe(["2024-07-12", null], ignoreOrder: true);
        var vault = dutch.Single(p => p.GetProperty("version").ValueKind == JsonValueKind.Null);
        vault.GetProperty("sentences").GetArrayLength().ShouldBe(13);
        vault.GetProperty("links").GetArrayLength().ShouldBe(29);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.ShouldContain(d => d.GetProperty("id").GetString() == "RD0017" && d.GetProperty("position").GetProperty("line").GetInt32() == 11);
        diagnostics.ShouldNotContain(d => d.GetProperty("id").GetString() == "RD0012");
    }

    [Test]
    public void Shows_the_version_in_force_on_a_date()
    {
        var (exit, output, _) = Cli.Run("corpus", "show", "anx_XIII__pnt_f", "--corpus", Corpus, "--as-of", "2024-08-01");

        exit.ShouldBe(0);
        output.ShouldStartWith("anx_XIII__pnt_f  [en, 2024-07-12]  (f)");
        output.ShouldContain("(1) whether it has a high impact on the internal market");
        output.ShouldContain("other versions: 2024-05-21, draft, not law (");
    }

    [Test]
    public void Before_the_Official_Journal_says_no_text_is_in_force_and_shows_the_Parliament_draft_marked()
    {
        // In May 2024 the corpus holds only the Parliament's text scraped then: a draft, not the law in force.
        var (exit, output, _) = Cli.Run("corpus", "show", "anx_XIII__pnt_f", "--corpus", Corpus, "--as-of", "2024-05-10");

        exit.ShouldBe(1);
        output.ShouldStartWith("no text of anx_XIII__pnt_f in force on 10 May 2024" + Environment.NewLine);
        output.ShouldContain("anx_XIII__pnt_f  [en, 2024-05-08, draft, not law]  6.");
        output.ShouldContain("(1) whether it has a high impact on the internal market");
        output.ShouldContain("other versions: 2024-07-12 (");
    }

    [Test]
    public void Shows_a_provision_in_each_language_it_has()
    {
        var (exit, output, _) = Cli.Run("corpus", "show", "rct_111", "--corpus", Corpus);

        exit.ShouldBe(0);
        output.ShouldContain("rct_111  [en, 2024-07-12]  (111)");
        // In Dutch the Official Journal's text is in force; the vault's undated text is named beside it.
        output.ShouldContain("rct_111  [nl, 2024-07-12]  (111)");
        output.ShouldContain("(2) Systeemrisico’s zijn het gevolg");
        output.ShouldContain("other versions: undated (");
        output.ShouldContain("recital-111.vault.md)");
    }

    [Test]
    public void Shows_the_parts_of_an_article()
    {
        var (_, output, _) = Cli.Run("corpus", "show", "art_51", "--corpus", Corpus, "--lang", "en");

        output.ShouldContain("Classification of general-purpose AI models as general-purpose AI models with systemic risk");
        output.ShouldContain("art_51__para_2  2. A general-purpose AI model shall be presumed");
    }

    [TestCase("Article 51(1), point (b)", "art_51__para_1__pnt_b  [en, 2024-07-12]  (b)")]
    [TestCase("bijlage XIII, punt f)", "anx_XIII__pnt_f  [en, 2024-07-12]  (f)")]
    [TestCase("Artikel 3 Nummer 63", "art_3__pnt_63  [en, 2024-07-12]  (63)")]
    [TestCase("artikel 3.63", "art_3__pnt_63  [en, 2024-07-12]  (63)")]
    [TestCase("artikel 51.1 b", "art_51__para_1__pnt_b  [en, 2024-07-12]  (b)")]
    public void Takes_a_citation_in_any_supported_language(string citation, string heading)
    {
        var (exit, output, _) = Cli.Run("corpus", "show", citation, "--corpus", Corpus);

        exit.ShouldBe(0);
        output.ShouldStartWith(heading);
    }

    [Test]
    public void Prints_how_the_shown_version_is_cited_and_its_ELI_link()
    {
        var (_, output, _) = Cli.Run("corpus", "show", "anx_XIII__pnt_f", "--corpus", Corpus, "--as-of", "2024-06-01");

        output.ShouldContain("cited as: Annex XIII, point 6" + Environment.NewLine);
        output.ShouldContain("link: http://data.europa.eu/eli/reg/2024/1689/oj#anx_XIII");
        Cli.Run("corpus", "show", "rct_111", "--corpus", Corpus, "--lang", "nl").Output.ShouldContain("cited as: Overweging 111");
    }

    [TestCase("Article 51(", "nor a citation: column 12", 2)]
    // The act has 113 articles.
    [TestCase("art_114", "no provision art_114", 1)]
    public void Unknown_or_malformed_id(string id, string message, int code)
    {
        var (exit, _, error) = Cli.Run("corpus", "show", id, "--corpus", Corpus);

        exit.ShouldBe(code);
        error.ShouldContain(message);
    }

    [Test]
    public void Malformed_date()
    {
        var (exit, _, error) = Cli.Run("corpus", "show", "rct_111", "--corpus", Corpus, "--as-of", "12/07/2024");

        exit.ShouldBe(2);
        error.ShouldContain("is not a date written as YYYY-MM-DD");
    }

    [Test]
    public void Bad_corpus_file_gives_compiler_style_error_and_exit_code_1()
    {
        using var corpus = new TempCorpus();
        corpus.Write("empty.md", "");

        var (exit, _, error) = Cli.Run("corpus", "--corpus", corpus.Folder);

        exit.ShouldBe(1);
        error.ShouldContain("empty.md(1,1): error RD0001: the file is empty");
    }

    [Test]
    public void Unknown_format_is_refused()
    {
        var (exit, _, error) = Cli.Run("corpus", "--corpus", Corpus, "--format", "xml");

        exit.ShouldNotBe(0);
        error.ShouldContain("xml");
    }
}
