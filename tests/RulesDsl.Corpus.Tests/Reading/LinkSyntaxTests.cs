using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// Link syntax Markdig would read in time growing with the square of its paragraph (a fuzzer's 320 KB of "[x](" took
/// 23 s) is RD0026 at the "](" or "[" where the budget is passed, before Markdig sees it; the rest of the corpus is read.
/// </summary>
public class LinkSyntaxTests
{
    private const string Other = "(111)\n\nA recital that is read whatever the other file holds.\n";

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    [TestCase("[x](", 67)]
    [TestCase("[x](a", 83)]
    [TestCase("![x](", 84)]
    [TestCase("[x]((()", 115)]
    public void A_line_of_links_that_never_close_is_RD0026_where_it_has_Markdig_read_the_line_the_17th_time(string unit, int column)
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/links.md", $"Article 51\n\n{Repeat(unit, 1_000)}\n");
        corpus.Write("en/rct.md", Other);

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0026");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Message.ShouldContain("at each '](");
        diagnostic.Position.File.ShouldEndWith("links.md");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, column));
        read.Provisions.ShouldHaveSingleItem().Id.ToString().ShouldBe("rct_111");
    }

    [Test]
    public void A_title_in_parentheses_that_never_closes_across_lines_is_RD0026()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/links.md", $"Article 51\n\n{string.Join("\n", Enumerable.Repeat("[x](a (", 200))}\n");

        var diagnostic = corpus.Read().Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("RD0026");
        diagnostic.Position.Line.ShouldBe(19);
    }

    [Test]
    public void Brackets_past_the_root_of_16_times_the_paragraph_are_RD0026_at_the_first_one_too_many()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/brackets.md", $"Article 51\n\n{new string('[', 2_000)}\n");

        var diagnostic = corpus.Read().Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("RD0026");
        diagnostic.Message.ShouldContain("more '[' than its length allows");
        // √(16 × 2,000) = 178 brackets are allowed; the 179th is reported.
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 179));
    }

    [Test]
    public void Links_that_close_are_read_however_many_a_line_holds_within_the_limits()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/links.md", $"Article 51\n\n{Repeat("see [Article 3](a3.md \"title\") and ", 40)}\n");

        var read = corpus.Read();

        read.Diagnostics.ShouldNotContain(d => d.Id == "RD0026");
        read.Provisions.ShouldNotBeEmpty();
    }

    [Test]
    public void The_embedded_corpus_and_the_EUR_Lex_excerpts_are_within_both_budgets()
    {
        using var excerpts = new TempCorpus().CopyExcerpts();

        EmbeddedCorpus.Value.Diagnostics.ShouldNotContain(d => d.Id == "RD0026" || d.Id == "RD0025");
        excerpts.Read().Diagnostics.ShouldNotContain(d => d.Id == "RD0026" || d.Id == "RD0025");
    }
}
