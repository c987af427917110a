using System.Text.Json;

namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl diff</c> on the embedded corpus, on two of its dates, and on edited copies of it.</summary>
public class DiffCommandTests
{
    private static readonly string Rules = Path.Combine(RepoPaths.Root, "rules");

    private static TempCorpus WithPointFAt15000()
    {
        var corpus = new TempCorpus().CopyAll();
        corpus.Edit("eu-ai-act/en/oj.md", "at least 10 000 registered", "at least 15 000 registered");
        return corpus;
    }

    [Test]
    public void A_changed_threshold_in_Annex_XIII_point_f_names_the_rules_citing_it_and_exits_3()
    {
        using var corpus = WithPointFAt15000();

        var (exit, output, error) = Cli.Run("diff", RepoPaths.Corpus, corpus.Folder, "--rules", Rules);

        error.ShouldBeEmpty();
        exit.ShouldBe(3);
        output.ShouldContain("en  changed  Annex XIII, point (f)  [anx_XIII__pnt_f]  version 2024-07-12 → 2024-07-12");
        output.ShouldContain("at least [-10 000-]{+15 000+} registered business users");
        output.ShouldContain("cited by presumption reach_presumption at ");
        output.ShouldContain("gpai-systemic-risk.rules(123,9): cites Annex XIII, point (f)");
        output.ShouldContain("cited by fact business_users_eu at ");
        output.ShouldContain("cited by parameter business_users_threshold at ");
        output.ShouldContain("1 provision changed, 1 of them cited by the rules");
    }

    [Test]
    public void The_same_change_as_Markdown_and_as_JSON()
    {
        using var corpus = WithPointFAt15000();

        var (mdExit, markdown, _) = Cli.Run("diff", RepoPaths.Corpus, corpus.Folder, "--rules", Rules, "--format", "md");
        var (jsonExit, json, _) = Cli.Run("diff", RepoPaths.Corpus, corpus.Folder, "--rules", Rules, "--format", "json");

        mdExit.ShouldBe(3);
        markdown.ShouldContain("### Annex XIII, point (f) — changed");
        markdown.ShouldContain("at least ~~10 000~~**15 000** registered");
        markdown.ShouldContain("| presumption `reach_presumption` | cites Annex XIII, point (f) |");
        jsonExit.ShouldBe(3);
        using var report = JsonDocument.Parse(json);
        report.RootElement.GetProperty("touchesRules").GetBoolean().ShouldBeTrue();
        var change = report.RootElement.GetProperty("changes").EnumerateArray().ShouldHaveSingleItem();
        change.GetProperty("id").GetString().ShouldBe("anx_XIII__pnt_f");
        change.GetProperty("words").EnumerateArray()
            .Where(w => w.GetProperty("operation").GetString() != "equal")
            .Select(w => $"{w.GetProperty("operation").GetString()} {w.GetProperty("text").GetString()}")
            .ShouldBe(["deleted 10 000", "inserted 15 000"]);
        change.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("name").GetString())
            .ShouldBe(["business_users_eu", "business_users_threshold", "high_impact_on_internal_market", "reach_presumption"]);
    }

    [Test]
    public void An_unchanged_corpus_exits_0()
    {
        using var corpus = new TempCorpus().CopyAll();

        var (exit, output, _) = Cli.Run("diff", RepoPaths.Corpus, corpus.Folder, "--rules", Rules);

        exit.ShouldBe(0);
        // Every provision of the act in force today, in English and in Dutch.
        output.ShouldContain("no provision changed (2998 compared)");
    }

    [Test]
    public void A_change_no_rule_cites_is_listed_and_exits_0()
    {
        using var corpus = new TempCorpus().CopyAll();
        corpus.Edit("eu-ai-act/en/oj.md", "at the latest two weeks", "at the latest three weeks");

        var (exit, output, _) = Cli.Run("diff", RepoPaths.Corpus, corpus.Folder, "--rules", Path.Combine(Rules, "gpai-systemic-risk.rules"));

        exit.ShouldBe(0);
        output.ShouldContain("en  changed  Recital 112  [rct_112]");
        output.ShouldContain("at the latest [-two-]{+three+} weeks");
        output.ShouldNotContain("\n  cited by ");
        output.ShouldContain("1 provision changed, 0 of them cited by the rules");
    }

    [Test]
    public void A_change_to_a_point_reaches_a_citation_of_its_article()
    {
        using var corpus = new TempCorpus().CopyAll();
        corpus.Edit("eu-ai-act/en/oj.md", "including indicators and benchmarks", "including indicators, benchmarks and evaluations");

        var (exit, output, _) = Cli.Run("diff", RepoPaths.Corpus, corpus.Folder, "--rules", Rules);

        exit.ShouldBe(3);
        output.ShouldContain("en  changed  Article 51(1), point (a)  [art_51__para_1__pnt_a]");
        // The verdict cites Article 51(1) as a whole, which holds point (a).
        output.ShouldContain("cited by verdict systemic_risk at ");
        output.ShouldContain("cited by rule assessed_capabilities at ");
    }

    [Test]
    public void The_versions_of_one_corpus_on_two_dates_the_scraped_Annex_XIII_reads_the_same()
    {
        var (exit, output, _) = Cli.Run("diff", RepoPaths.Corpus, "--as-of-old", "2024-05-08", "--as-of-new", "2024-05-21", "--rules", Rules);

        exit.ShouldBe(0);
        output.ShouldContain("as in force on 2024-05-08");
        output.ShouldContain("no provision changed (9 compared)");
    }

    [Test]
    public void A_missing_folder_is_an_error_at_its_path()
    {
        var missing = Path.Combine(RepoPaths.Root, "no-such-corpus");

        var (exit, output, error) = Cli.Run("diff", RepoPaths.Corpus, missing, "--rules", Rules);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("no-such-corpus(1,1): error RD0014: the corpus folder does not exist");
    }

    [Test]
    public void Wrong_command_lines_exit_2_and_say_why()
    {
        var (exit, _, error) = Cli.Run("diff", RepoPaths.Corpus, "--rules", Rules);
        exit.ShouldBe(2);
        error.ShouldContain("give NEW or --as-of-old");

        var (dateExit, _, dateError) = Cli.Run("diff", RepoPaths.Corpus, "--as-of-old", "8 May 2024");
        dateExit.ShouldBe(2);
        dateError.ShouldContain("--as-of-old '8 May 2024' is not a date written as YYYY-MM-DD");

        var (formatExit, _, formatError) = Cli.Run("diff", RepoPaths.Corpus, RepoPaths.Corpus, "--format", "html");
        formatExit.ShouldNotBe(0);
        formatError.ShouldContain("html");
    }

    [Test]
    public void Rules_that_cannot_be_parsed_are_an_error()
    {
        using var folder = new TempCorpus();
        folder.Write("bad.rules", "rules \"Bad\"\nfact parameters count\n  cites Annex XIII, point (a)\n");

        var (exit, _, error) = Cli.Run("diff", RepoPaths.Corpus, RepoPaths.Corpus, "--rules", folder.Folder);

        exit.ShouldBe(1);
        error.ShouldContain("bad.rules(2,17): error RD0100:");
        Cli.Run("diff", RepoPaths.Corpus, RepoPaths.Corpus, "--rules", Path.Combine(folder.Root, "none")).Error.ShouldContain("error RD0121");
    }
}
