namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl align</c>: how well two languages' sentences pair over the whole corpus.</summary>
public class AlignCommandTests
{
    [Test]
    public void Reports_the_share_of_one_to_one_and_merged_pairs_of_Dutch_and_English_and_what_to_check_by_hand()
    {
        var (exit, output, _) = Cli.Run("align", "--corpus", RepoPaths.Corpus, "--lang", "nl,en");

        exit.ShouldBe(0);
        var lines = output.Split('\n');
        lines[0].ShouldMatch(@"^1\d{3} provisions in nl and en: 2\d{3} and 2\d{3} sentences, 2\d{3} pairs$");
        lines[1].ShouldMatch(@"^1:1 99\.\d %, merged 0\.\d %, without counterpart 0\.0 %$");
        output.ShouldContain("to check by hand");
        output.ShouldContain("  rct_111  1:1 2:2 3:3+4");
    }

    [Test]
    public void Two_languages_are_needed()
    {
        var (exit, _, error) = Cli.Run("align", "--corpus", RepoPaths.Corpus, "--lang", "nl");

        exit.ShouldBe(2);
        error.ShouldContain("--lang takes two languages");
    }

    [Test]
    public void Languages_the_corpus_does_not_hold_together_are_an_error()
    {
        var (exit, _, error) = Cli.Run("align", "--corpus", RepoPaths.Corpus, "--lang", "nl,de");

        exit.ShouldBe(1);
        error.ShouldContain("no provision of");
    }
}
