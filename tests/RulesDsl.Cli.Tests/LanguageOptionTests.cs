namespace RulesDsl.Cli.Tests;

/// <summary>Every command that takes <c>--lang</c> reads it as a reader's language: an unknown code is refused alike.</summary>
public class LanguageOptionTests
{
    private const string Refusal =
        "is not an official EU language code; one of bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv";

    private static readonly string Rules = Path.Combine(RepoPaths.Root, "rules");

    // The folder holds more than one rule set; these commands classify with the systemic-risk one.
    private static readonly string GpaiRules = Path.Combine(Rules, "gpai-systemic-risk.rules");

    private static string Example(string name) => Path.Combine(Rules, "examples", name);

    private static IEnumerable<TestCaseData> Commands()
    {
        yield return Command("corpus", "xx", "corpus", "--corpus", RepoPaths.Corpus);
        yield return Command("corpus show", "xx", "corpus", "show", "art_51", "--corpus", RepoPaths.Corpus);
        yield return Command("show", "nl,xx", "show", "rct_111", "--corpus", RepoPaths.Corpus);
        yield return Command("classify", "xx", "classify", Example("gpt-4-class.json"), "--rules", GpaiRules, "--corpus", RepoPaths.Corpus);
        yield return Command("align", "xx,en", "align", "--corpus", RepoPaths.Corpus);
    }

    private static TestCaseData Command(string name, string lang, params string[] args) =>
        new TestCaseData(lang, (object)args).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Commands))]
    public void A_code_that_is_not_an_official_languages_exits_2_with_the_same_message(string lang, string[] args)
    {
        var (exit, output, error) = Cli.Run([.. args, "--lang", lang]);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe($"rulesdsl: --lang 'xx' {Refusal}{Environment.NewLine}");
    }

    [Test]
    public void A_code_in_capitals_is_the_language()
    {
        var (exit, output, _) = Cli.Run("corpus", "show", "rct_111", "--corpus", RepoPaths.Corpus, "--lang", "NL");

        exit.ShouldBe(0);
        output.ShouldContain("cited as: Overweging 111");
    }

    [Test]
    public void A_German_explanation_reads_German_words_around_German_citations()
    {
        var (exit, output, error) = Cli.Run("classify", Example("gpt-4-class.json"), "--rules", GpaiRules, "--corpus", RepoPaths.Corpus,
            "--as-of", "2026-11-23", "--lang", "de", "--explain", "tree");

        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        output.ShouldStartWith("Ergebnis: systemic risk — ja");
        output.ShouldContain("§ Artikel 51 Absatz 1 · verbindlich · Fassung vom 12. Juli 2024");
        output.ShouldContain("(auf Englisch zitiert: das Korpus hat diesen Text nicht auf Deutsch)");
        output.ShouldNotContain("decided by");
    }

    [Test]
    public void A_language_without_explanation_words_says_it_reads_English_ones()
    {
        var (exit, output, error) = Cli.Run("classify", Example("gpt-4-class.json"), "--rules", GpaiRules, "--corpus", RepoPaths.Corpus,
            "--as-of", "2026-11-23", "--lang", "pl");

        exit.ShouldBe(0);
        error.ShouldBe($"rulesdsl: Polish (pl) has no explanation words yet; the explanation's words are English, its citations Polish{Environment.NewLine}");
        output.ShouldStartWith("Verdict: systemic risk: yes");
    }
}
