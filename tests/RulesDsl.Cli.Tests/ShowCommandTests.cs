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
        lines.ShouldContain(l => l.StartsWith("[3] “Capaciteiten met een grote impact”", StringComparison.Ordinal) && l.Contains("| [3] High-impact capabilities"));
        // The Official Journal's Dutch sentence 3 holds English sentences 3 and 4, so the next ones pair as 4 and 5.
        lines.ShouldContain(l => l.StartsWith("[4] Volgens de stand van de techniek", StringComparison.Ordinal) && l.Contains("| [5] According to the state of the art"));
    }

    [Test]
    public void A_language_the_corpus_lacks_on_the_date_falls_back_marked()
    {
        // Before the Official Journal, Annex XIII exists only in the English versions scraped in May 2024: the
        // Parliament's drafts, shown after saying, in the reader's words, that no text was in force.
        var (exit, output, _) = Cli.Run("show", "Annex XIII, point (f)", "--corpus", RepoPaths.Corpus, "--lang", "nl", "--as-of", "2024-05-10");

        exit.ShouldBe(1);
        output.ShouldStartWith("geen geldende tekst van anx_XIII__pnt_f op 10 mei 2024" + Environment.NewLine
            + "anx_XIII__pnt_f  [en, 2024-05-08, ontwerp, geen recht]  6.  (not in 'nl': shown in 'en', fallback)");
        output.ShouldContain("[1] whether it has a high impact on the internal market");
    }

    [Test]
    public void A_language_the_corpus_has_is_shown_without_fallback()
    {
        var (exit, output, _) = Cli.Run("show", "Article 3, point (63)", "--corpus", RepoPaths.Corpus, "--lang", "nl");

        exit.ShouldBe(0);
        output.ShouldStartWith("art_3__pnt_63  [nl, 2024-07-12]  63)");
        output.ShouldContain("[1] “AI-model voor algemene doeleinden”: een AI-model");
        output.ShouldNotContain("fallback");
    }

    [Test]
    public void Lists_the_references_of_a_provision_in_one_language()
    {
        var (_, output, _) = Cli.Run("show", "anx_XIII__pnt_c", "--corpus", RepoPaths.Corpus, "--lang", "en", "--as-of", "2024-08-01");

        output.ShouldContain("\"floating point operations\" -> art_3__pnt_67");
    }
}
