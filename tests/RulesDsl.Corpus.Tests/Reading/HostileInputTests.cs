using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// Inputs a fuzzer found to end the process (a stack overflow in YamlDotNet) or to escape as exceptions (Markdig's
/// depth limit, YamlDotNet's InvalidOperationException): each is a diagnostic at its file, and the rest of the corpus
/// is read. The inputs are just past the limits, so that the tests stay fast.
/// </summary>
public class HostileInputTests
{
    private const string Other = "(111)\n\nA recital that is read whatever the other file holds.\n";

    [Test]
    public void Front_matter_nested_past_the_limit_is_RD0006_where_the_limit_is_passed()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/deep.md", $"---\nlanguage: en\nversion: {new string('[', 100)}{new string(']', 100)}\n---\n\nArticle 51\n\nText.\n");
        corpus.Write("en/rct.md", Other);

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0006");
        diagnostic.Message.ShouldContain("nested more than 64 deep");
        // The front matter's mapping is the first level, so the 64th '[' (from column 10) is the 65th.
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 10 + 63));
        read.Provisions.ShouldHaveSingleItem().Id.ToString().ShouldBe("rct_111");
    }

    [Test]
    public void Block_sequences_nested_on_one_line_count_as_deep_as_brackets()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/deep.md", $"---\nlanguage: en\nnotes:\n  {string.Concat(Enumerable.Repeat("- ", 100))}x\n---\n\nArticle 51\n\nText.\n");

        var diagnostic = corpus.Read().Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("RD0006");
        diagnostic.Message.ShouldContain("nested more than 64 deep");
        diagnostic.Position.Line.ShouldBe(4);
    }

    [Test]
    public void A_bracket_that_breaks_a_mapping_is_RD0006_not_an_exception()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/broken.md", "---\na: x\n[\nb: y\n---\n\nArticle 51\n\nText.\n");
        corpus.Write("en/rct.md", Other);

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0006");
        diagnostic.IsError.ShouldBeTrue();
        diagnostic.Position.File.ShouldEndWith("broken.md");
        diagnostic.Position.Line.ShouldBeInRange(2, 5);
        read.Provisions.ShouldHaveSingleItem();
    }

    [Test]
    public void An_anchor_map_nested_past_the_limit_is_RD0053_at_its_line_and_column()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/anchors.yaml", $"nl/a3.md:\n  gpai: {new string('[', 100)}{new string(']', 100)}\n");
        corpus.Write("eu-ai-act/nl/rct.md", Other);

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0053");
        diagnostic.Message.ShouldContain("nested more than 64 deep");
        // Two mappings hold the brackets, so the 63rd '[' (from column 9) is the 65th level.
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((2, 9 + 62));
        read.Provisions.ShouldHaveSingleItem();
    }

    [Test]
    public void A_criteria_table_longer_than_the_limit_is_RD0164()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/criteria.yaml", $"# {new string('x', 1_000_001)}\n");
        corpus.Write("eu-ai-act/nl/rct.md", Other);

        var diagnostic = corpus.Read().Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("RD0164");
        diagnostic.Message.ShouldContain("more than the 1,000,000");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((1, 1));
    }

    [TestCase("quotes", 130)]
    [TestCase("lists", 64)]
    public void Markdown_nested_past_Markdigs_limit_is_RD0025_and_the_rest_of_the_corpus_is_read(string shape, int depth)
    {
        var text = shape switch
        {
            "quotes" => string.Concat(Enumerable.Repeat("> ", depth)) + "text\n",
            _ => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n")),
        };
        using var corpus = new TempCorpus();
        corpus.Write("en/deep.md", text);
        corpus.Write("en/rct.md", Other);

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0025");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Position.File.ShouldEndWith("deep.md");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((1, 1));
        read.Provisions.ShouldHaveSingleItem().Id.ToString().ShouldBe("rct_111");
    }

    [Test]
    public void Emphasis_nested_past_the_inline_limit_is_RD0025_at_its_line_not_a_stack_overflow()
    {
        // 5,000 '*' on each side nest emphasis 2,500 deep, which Markdig's depth limit does not count; at 49,000 (the
        // fuzz harness's input) the reader's walk of the line overflowed the stack and ended the process.
        using var corpus = new TempCorpus();
        corpus.Write("en/deep.md", "(110)\n\nThe " + new string('*', 5_000) + "text" + new string('*', 5_000) + "\n");
        corpus.Write("en/rct.md", Other);

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0025");
        diagnostic.Message.ShouldContain("inlines nested more than 1000 deep");
        diagnostic.Position.File.ShouldEndWith("deep.md");
        diagnostic.Position.Line.ShouldBe(3);
        diagnostic.Position.Column.ShouldBeInRange(5, 5_004);
        read.Provisions.ShouldHaveSingleItem().Id.ToString().ShouldBe("rct_111");
    }

    [Test]
    public void A_line_opening_list_items_past_the_limit_is_RD0025_at_that_line_before_Markdig_reads_it()
    {
        // 4,500 "- " on one line and then 1,000 blank lines held Markdig for 44 s (the fuzz harness's hang) before it
        // threw at its depth limit; 65 are refused at once, at their line.
        using var corpus = new TempCorpus();
        corpus.Write("en/deep.md", "(110)\n\n" + string.Concat(Enumerable.Repeat("- ", 65)) + "x" + new string('\n', 1_000));
        corpus.Write("en/rct.md", Other);

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0025");
        diagnostic.Message.ShouldContain("more than 64 list items or quotes opened on one line");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 1));
        read.Provisions.ShouldHaveSingleItem().Id.ToString().ShouldBe("rct_111");
    }

    [TestCase("", 67)]
    [TestCase("> ", 67)]
    public void Containers_nested_past_the_limit_are_RD0025_at_the_line_that_passes_it_before_Markdig_reads_them(string prefix, int line)
    {
        // 6,300 "::: title" one per line (a fresh fuzz campaign's input) took Markdig seconds before its depth limit threw.
        using var corpus = new TempCorpus();
        corpus.Write("en/deep.md", "(110)\n\n" + string.Concat(Enumerable.Repeat(prefix + "::: title\n", 6_300)) + "text\n");
        corpus.Write("en/rct.md", Other);

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0025");
        diagnostic.Message.ShouldContain("\"::: \" containers nested more than 64 deep");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((line, 1));
        read.Provisions.ShouldHaveSingleItem().Id.ToString().ShouldBe("rct_111");
    }

    [Test]
    public void Containers_closed_as_they_are_opened_are_not_counted_as_nested()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/deep.md", "(110)\n\n" + string.Concat(Enumerable.Repeat("::: title\nA title.\n:::\n\n", 100)));
        corpus.Write("en/rct.md", Other);

        var read = corpus.Read();

        read.Diagnostics.ShouldNotContain(d => d.Id == "RD0025");
    }
}
