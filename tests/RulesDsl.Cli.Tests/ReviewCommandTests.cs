namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl review</c> and the warnings of <c>rulesdsl check</c> when a cited clause changes after a review.</summary>
public class ReviewCommandTests
{
    private const string RulesFile = "gpai-systemic-risk.rules";
    private const string Record = "gpai-systemic-risk.reviewed.json";

    private static readonly string Rules = Path.Combine(RepoPaths.Root, "rules");

    [Test]
    public void The_shipped_rules_are_reviewed_against_the_shipped_corpus()
    {
        File.Exists(Path.Combine(Rules, Record)).ShouldBeTrue();

        var (exit, output, _) = Cli.Run("check", "--rules", Rules, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(0);
        output.ShouldNotContain("RD0127");
        output.ShouldNotContain("RD0128");
    }

    [Test]
    public void A_cited_clause_edited_after_the_review_is_warned_of_until_the_review_is_recorded_again()
    {
        using var corpus = new TempCorpus().CopyAll();
        corpus.Edit("eu-ai-act/en/oj.md", "at least 10 000 registered", "at least 15 000 registered");
        using var rules = new TempCorpus();
        rules.Write(RulesFile, File.ReadAllText(Path.Combine(Rules, RulesFile)));
        rules.Write(Record, File.ReadAllText(Path.Combine(Rules, Record)));

        var (exit, output, _) = Cli.Run("check", "--rules", rules.Folder, "--corpus", corpus.Folder);

        exit.ShouldBe(0);
        output.ShouldContain("gpai-systemic-risk.rules(123,9): warning RD0127: presumption 'reach_presumption' cites Annex XIII, point (f), "
            + "whose text has changed since the review of ");
        output.ShouldContain(": the en 2024-07-12 text changed");
        output.ShouldContain("warning RD0127: fact 'business_users_eu' cites Annex XIII, point (f)");
        output.ShouldContain("warning RD0127: parameter 'business_users_threshold' cites Annex XIII, point (f)");
        output.ShouldNotContain("cites Annex XIII, point (e)");
        // The four that cite point (f), and the threshold of 10 000 the edited point no longer writes.
        output.ShouldContain("gpai-systemic-risk.rules(73,9): warning RD0113: 10 000 is not written in Annex XIII, point (f)");
        output.ShouldContain("gpai-systemic-risk.rules: 0 errors, 5 warnings");

        var (reviewExit, reviewed, _) = Cli.Run("review", "--rules", rules.Folder, "--corpus", corpus.Folder, "--on", "2026-12-01");

        reviewExit.ShouldBe(0);
        reviewed.ShouldContain("reviewed: presumption 'reach_presumption' cites Annex XIII, point (f)");
        reviewed.ShouldContain($"wrote {rules.Folder.Replace('\\', '/')}/{Record}");
        File.ReadAllText(Path.Combine(rules.Folder, Record)).ShouldContain("\"reviewedOn\": \"2026-12-01\"");
        var (after, checkedAgain, _) = Cli.Run("check", "--rules", rules.Folder, "--corpus", corpus.Folder);
        after.ShouldBe(0);
        checkedAgain.ShouldNotContain("RD0127");
        // Against the corpus as shipped, the text reviewed is now the one that changed.
        Cli.Run("check", "--rules", rules.Folder, "--corpus", RepoPaths.Corpus).Output
            .ShouldContain("RD0127: presumption 'reach_presumption' cites Annex XIII, point (f), whose text has changed since the review of 2026-12-01");
    }

    [Test]
    public void A_new_version_of_a_cited_clause_is_a_change_too()
    {
        using var corpus = new TempCorpus().CopyAll();
        // The act as a later consolidation would give it: the same text under a new date.
        corpus.Write("eu-ai-act/en/oj.2027.md",
            File.ReadAllText(RepoPaths.InCorpus("eu-ai-act/en/oj.md")).Replace("version: 2024-07-12", "version: 2027-01-01", StringComparison.Ordinal));
        using var rules = new TempCorpus();
        rules.Write(RulesFile, File.ReadAllText(Path.Combine(Rules, RulesFile)));
        rules.Write(Record, File.ReadAllText(Path.Combine(Rules, Record)));

        var output = Cli.Run("check", "--rules", rules.Folder, "--corpus", corpus.Folder).Output;

        output.ShouldContain("warning RD0127: fact 'parameters' cites Annex XIII, point (a), whose text has changed since the review of ");
        output.ShouldContain(": a en 2027-01-01 text was added");
    }

    [Test]
    public void A_review_record_that_is_not_JSON_is_an_error_at_its_line_and_the_review_writes_it_again()
    {
        using var rules = new TempCorpus();
        rules.Write(RulesFile, File.ReadAllText(Path.Combine(Rules, RulesFile)));
        rules.Write(Record, "{\n  \"rules\": \"gpai-systemic-risk.rules\",\n  \"reviewedOn\": 2026\n}\n");

        var (exit, output, _) = Cli.Run("check", "--rules", rules.Folder, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(1);
        output.ShouldContain($"{Record}(3,");
        output.ShouldContain("error RD0128: the review record cannot be read: ");

        Cli.Run("review", "--rules", rules.Folder, "--corpus", RepoPaths.Corpus).Exit.ShouldBe(0);
        Cli.Run("check", "--rules", rules.Folder, "--corpus", RepoPaths.Corpus).Exit.ShouldBe(0);
    }

    [Test]
    public void Rules_with_errors_are_not_reviewed()
    {
        using var rules = new TempCorpus();
        rules.Write("bad.rules", "rules \"Bad\"\nfact parameters: count\n  cites Annex XIII, point (h)\n");

        var (exit, output, error) = Cli.Run("review", "--rules", rules.Folder, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(1);
        output.ShouldContain("bad.rules(3,9): error RD0109");
        error.ShouldContain("no review was recorded");
        File.Exists(Path.Combine(rules.Folder, "bad.reviewed.json")).ShouldBeFalse();
    }
}
