using System.Text.Json;

namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl link</c> on the embedded corpus and on a corpus with a broken anchor.</summary>
public class LinkCommandTests
{
    [Test]
    public void Lists_every_reference_resolved()
    {
        var (exit, output, _) = Cli.Run("link", "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(0);
        output.ShouldContain("recital-111.vault.md(3,214)  explicit   rct_111 [nl]  \"systeemrisico’s\" -> art_3__pnt_65  resolved");
        output.ShouldContain("mention    anx_XIII__pnt_c [en]  \"floating point operations\" -> art_3__pnt_67  resolved");
    }

    [Test]
    public void Json_carries_references_glossary_and_diagnostics()
    {
        var (exit, output, _) = Cli.Run("link", "--corpus", RepoPaths.Corpus, "--format", "json");

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var references = json.RootElement.GetProperty("references").EnumerateArray().ToList();
        references.Count(r => r.GetProperty("kind").GetString() == "explicit").ShouldBe(29);
        references.ShouldAllBe(r => r.GetProperty("resolved").GetBoolean() || r.GetProperty("reason").GetString() != null);
        json.RootElement.GetProperty("glossary").EnumerateArray()
            .ShouldContain(t => t.GetProperty("language").GetString() == "nl" && t.GetProperty("term").GetString() == "systeemrisico");
    }

    [Test]
    public void A_broken_anchor_fails_the_run_and_shows_in_sarif()
    {
        using var corpus = new TempCorpus();
        corpus.Write("act/anchors.yaml", "nl/a3.md:\n  gpai: art_3__pnt_63\n");
        corpus.Write("act/nl/rct.md", "(111)\n\nEen [model](a3.md#^nosuch) voor algemene doeleinden.\n");

        var (exit, _, error) = Cli.Run("link", "--corpus", corpus.Folder);
        exit.ShouldBe(1);
        error.ShouldContain("rct.md(3,5): error RD0050:");

        var sarif = Cli.Run("link", "--corpus", corpus.Folder, "--format", "sarif");
        sarif.Exit.ShouldBe(1);
        using var log = JsonDocument.Parse(sarif.Output);
        log.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "RD0050");
        result.GetProperty("level").GetString().ShouldBe("error");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()).ShouldBe((3, 5));
        var rule = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[result.GetProperty("ruleIndex").GetInt32()];
        rule.GetProperty("id").GetString().ShouldBe("RD0050");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe("a link names an anchor its file or the anchor map lacks");
        rule.GetProperty("helpUri").GetString().ShouldBe("docs/diagnostics.md#linker");
    }

    [Test]
    public void Html_writes_linked_pages_to_the_named_folder()
    {
        using var scratch = new TempCorpus();
        var folder = Path.Combine(scratch.Root, "site");

        var (exit, output, _) = Cli.Run("link", "--corpus", RepoPaths.Corpus, "--format", "html", "--out", folder);

        exit.ShouldBe(0);
        output.ShouldContain("pages written to");
        File.Exists(Path.Combine(folder, "index.html")).ShouldBeTrue();
        // The vault's undated recital beside the Official Journal's: its explicit term links lead to the Dutch definition.
        File.ReadAllText(Path.Combine(folder, "eu-ai-act", "rct_111.nl.undated.html")).ShouldContain("<a href=\"art_3__pnt_65.nl.html\" class=\"ref explicit\"");
        File.ReadAllText(Path.Combine(folder, "eu-ai-act", "rct_111.nl.html")).ShouldContain("<a href=\"art_3__pnt_65.nl.html\" class=\"ref mention\"");
        File.Exists(Path.Combine(folder, "eu-ai-act", "art_3__pnt_65.nl.html")).ShouldBeTrue();
    }

    [Test]
    public void Html_needs_a_folder()
    {
        var (exit, _, error) = Cli.Run("link", "--corpus", RepoPaths.Corpus, "--format", "html");

        exit.ShouldBe(2);
        error.ShouldContain("--out DIR");
    }

    [Test]
    public void Html_into_a_folder_of_other_files_is_RD0351_not_a_stack_trace()
    {
        using var corpus = new TempCorpus();
        var folder = Path.Combine(corpus.Folder, "mine");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not written by rulesdsl\n");

        var (exit, _, error) = Cli.Run("link", "--corpus", RepoPaths.Corpus, "--format", "html", "--out", folder);

        exit.ShouldBe(1);
        error.ShouldContain("error RD0351: the output could not be written");
        error.ShouldNotContain("   at ");
        File.ReadAllText(Path.Combine(folder, "notes.txt")).ShouldBe("not written by rulesdsl\n");
    }

    [Test]
    public void Markdown_nested_past_the_limit_is_RD0025_for_every_command_that_reads_the_corpus()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/deep.md", string.Concat(Enumerable.Repeat("> ", 130)) + "text\n");

        var (exit, _, error) = Cli.Run("link", "--corpus", corpus.Folder);

        exit.ShouldBe(1);
        error.ShouldContain("error RD0025");
        error.ShouldNotContain("   at ");
    }
}
