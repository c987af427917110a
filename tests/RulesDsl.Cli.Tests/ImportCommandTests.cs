namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl import</c>: EUR-Lex HTML to the corpus's Markdown, all files or none.</summary>
public class ImportCommandTests
{
    private static string DutchSource => RepoPaths.InCorpus(Path.Combine("eu-ai-act", "sources", "nl", "eurlex", "aiact_nl.html"));

    [Test]
    public void Writes_the_language_file_and_says_what_it_holds()
    {
        using var temp = new TempCorpus();
        var folder = Path.Combine(temp.Folder, "eu-ai-act");

        var (exit, output, error) = Cli.Run("import", DutchSource, "--act", "eu-ai-act", "--out", folder);

        exit.ShouldBe(0, error);
        output.ShouldBe($"{folder.Replace('\\', '/')}/nl/oj.md: 113 articles, 180 recitals, 13 annexes, 500 paragraphs, 685 points, 59 footnotes, 29 divisions, 5 parts set aside\n".Replace("\n", Environment.NewLine));
        error.ShouldContain("aiact_nl.html(10054,22): info RD0306: the OJ prints '11.' where the markup places art_73__para_10");
        File.ReadAllText(Path.Combine(folder, "nl", "oj.md")).ShouldStartWith("---\nact: eu-ai-act\nlanguage: nl\n");
    }

    [Test]
    public void Bad_input_is_exit_1_with_file_and_position_and_writes_nothing()
    {
        using var temp = new TempCorpus();
        var folder = Path.Combine(temp.Folder, "out");
        var missing = Path.Combine(temp.Root, "missing.html");

        var (exit, output, error) = Cli.Run("import", missing, DutchSource, "--out", folder);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain($"{missing.Replace('\\', '/')}(1,1): error RD0300: the source could not be read: no such file");
        Directory.Exists(folder).ShouldBeFalse();
    }

    [Test]
    public void A_bad_command_line_is_exit_2()
    {
        Cli.Run("import").Exit.ShouldBe(2);
        Cli.Run("import", DutchSource, "--no-such-option").Exit.ShouldBe(2);
    }
}
