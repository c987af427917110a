namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl check</c> on the shipped rules and on broken ones.</summary>
public class CheckCommandTests
{
    private static readonly string Rules = Path.Combine(RepoPaths.Root, "rules");

    [Test]
    public void The_shipped_rules_check_clean_as_the_corpus_writes_Article_51_2_with_its_superscript()
    {
        var (exit, output, _) = Cli.Run("check", "--rules", Rules, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(0);
        output.ShouldNotContain("RD0113");
        output.ShouldContain("gpai-systemic-risk.rules: 0 errors, 0 warnings");
    }

    [Test]
    public void Without_as_of_the_rules_are_checked_on_the_day_the_clock_says_is_today()
    {
        // The shipped rules say the law applies from 2 August 2025, so the day before no parameter needs a value; a copy
        // without that line needs them on every day.
        Cli.RunOn(new DateOnly(2025, 8, 1), "check", "--rules", Rules, "--corpus", RepoPaths.Corpus).Exit.ShouldBe(0);
        using var folder = new TempCorpus();
        var undated = folder.Write("undated.rules", File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules")).Replace("  applies from 2025-08-02 citing Article 113, point (b)\n", "", StringComparison.Ordinal));
        folder.Write("gpai-models.rules", File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules")));
        var (before, beforeOutput, _) = Cli.RunOn(new DateOnly(2025, 8, 1), "check", "--rules", undated, "--corpus", RepoPaths.Corpus);
        var (after, afterOutput, _) = Cli.RunOn(new DateOnly(2025, 8, 2), "check", "--rules", undated, "--corpus", RepoPaths.Corpus);

        before.ShouldBe(1);
        beforeOutput.ShouldContain("error RD0107: parameter 'business_users_threshold' has no value in force on 2025-08-01");
        after.ShouldBe(0);
        afterOutput.ShouldNotContain("RD0107");
    }

    // Article 51(2) as a conversion that drops the markup of 10^25 would write it, and as an amendment might.
    [TestCase("1025", "; the text reads '1025', which may be 10^25 with its superscript lost in conversion")]
    [TestCase("10<sup>26</sup>", "; Article 51(2) writes \"greater than 10^26\"")]
    public void A_threshold_the_cited_clause_does_not_write_is_reported(string written, string note)
    {
        using var corpus = new TempCorpus().CopyAll();
        corpus.Edit("eu-ai-act/en/oj.md", "greater than 10<sup>25</sup>.", $"greater than {written}.");

        var (exit, output, _) = Cli.Run("check", "--rules", Rules, "--corpus", corpus.Folder);

        exit.ShouldBe(0);
        output.ReplaceLineEndings("\n").ShouldContain(
            $"gpai-models.rules({ShippedRules.LineOf("value 10^25 FLOP", file: "gpai-models.rules")},9): warning RD0113: 10^25 is not written in Article 51(2); Article 51(3) as the corpus has it{note}\n");
    }

    [Test]
    public void A_broken_rules_file_fails_with_compiler_style_messages()
    {
        using var folder = new TempCorpus();
        folder.Write("bad.rules", "rules \"Bad\"\nfact parameters: count\n  cites Annex XIII, point (h)\n");

        var (exit, output, _) = Cli.Run("check", "--rules", folder.Folder, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(1);
        output.ShouldContain("bad.rules(3,9): error RD0109: the corpus has no Annex XIII, point (h); Annex XIII has points (a) to (g)");
    }

    [Test]
    public void A_swedish_dotted_citation_is_the_paragraph_or_the_point_the_act_has()
    {
        using var folder = new TempCorpus();
        folder.Write("sv.rules",
            "rules \"Svenska\"\nlanguage sv\nverdict v\n  cites artikel 3.63; artikel 52.4; artikel 51.1 a; artikel 3.99\n");

        var (exit, output, _) = Cli.Run("check", "--rules", folder.Folder, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(1);
        output.ShouldContain("sv.rules(4,53): error RD0109: the corpus has no Artikel 3.99;");
        output.ShouldNotContain("Artikel 3.63");
        output.ShouldNotContain("Artikel 52.4");
    }

    [Test]
    public void Sarif_for_CI_tools()
    {
        using var folder = new TempCorpus();
        folder.Write("bad.rules", "rules \"Bad\"\nfact parameters count\n  cites Annex XIII, point (a)\n");

        var (exit, output, _) = Cli.Run("check", "--rules", folder.Folder, "--corpus", RepoPaths.Corpus, "--format", "sarif");

        exit.ShouldBe(1);
        using var log = System.Text.Json.JsonDocument.Parse(output);
        log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ShouldContain(r => r.GetProperty("ruleId").GetString() == "RD0100");
    }
}
