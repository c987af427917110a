namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl show</c>: one provision, linked, in one language or several side by side.</summary>
public class ShowCommandTests
{
    [Test]
    public void Prints_Dutch_and_English_recital_111_side_by_side_as_aligned()
    {
        var (exit, output, _) = Cli.Run("show", "rct_111", "--corpus", RepoPaths.Corpus, "--lang", "nl,en");

        exit.ShouldBe(0);
        var lines = output.Split('\n');
        lines.ShouldContain(l => l.StartsWith("[6] Er moet derhalve een initiële drempel", StringComparison.Ordinal) && l.Contains("| [7] Therefore, an initial threshold"));
        lines.ShouldContain(l => l.StartsWith("[3] “capaciteiten met een grote impact”", StringComparison.Ordinal) && l.Contains("| [3] High-impact capabilities"));
    }

    [Test]
    public void A_missing_language_falls_back_marked()
    {
        var (exit, output, _) = Cli.Run("show", "Article 3, point (63)", "--corpus", RepoPaths.Corpus, "--lang", "nl");

        exit.ShouldBe(0);
        output.ShouldStartWith("art_3__pnt_63  [en, 2024-07-12]  (63)  (not in 'nl': shown in 'en', fallback)");
        output.ShouldContain("[1] ‘general-purpose AI model’ means an AI model");
    }

    [Test]
    public void Lists_the_references_of_a_provision_in_one_language()
    {
        var (_, output, _) = Cli.Run("show", "anx_XIII__pnt_c", "--corpus", RepoPaths.Corpus, "--lang", "en", "--as-of", "2024-08-01");

        output.ShouldContain("\"floating point operations\" -> art_3__pnt_67");
    }
}
