using System.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Running;
using RulesDsl.Import.Writing;
using static RulesDsl.Import.Tests.Sources;

namespace RulesDsl.Import.Tests;

public sealed class ImportRunTests
{
    private TempCorpus temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempCorpus();

    [TearDown]
    public void TearDown() => temp.Dispose();

    private string Out => Path.Combine(temp.Folder, "eu-ai-act");

    private List<Diagnostic> Run(params string[] sources)
    {
        var diagnostics = new List<Diagnostic>();
        ImportRun.Run(sources, "eu-ai-act", Out, Importers.Default, diagnostics);
        return diagnostics;
    }

    /// <summary>The output folder's files and their bytes, to see that a failed run left it as it was.</summary>
    private Dictionary<string, string> Snapshot() => Directory.Exists(Out)
        ? Directory.GetFiles(Out, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText)
        : [];

    [Test]
    public void The_committed_corpus_is_what_the_sources_import_to()
    {
        // The sources are copied under the output folder as in the repository, so the files name them the same way.
        foreach (var source in new[] { English, Dutch })
        {
            var relative = Path.GetRelativePath(ActFolder, source);
            temp.Write(Path.Combine("eu-ai-act", relative), File.ReadAllBytes(source));
        }

        var diagnostics = Run(
            Path.Combine(Out, Path.GetRelativePath(ActFolder, English)),
            Path.Combine(Out, Path.GetRelativePath(ActFolder, Dutch)));

        diagnostics.ShouldNotContain(d => d.IsError);
        foreach (var language in new[] { "en", "nl" })
        {
            File.ReadAllBytes(Path.Combine(Out, language, "oj.md")).ShouldBe(File.ReadAllBytes(Path.Combine(ActFolder, language, "oj.md")), $"{language}/oj.md");
        }
    }

    [Test]
    public void Importing_twice_gives_the_same_bytes()
    {
        Run(Dutch).ShouldNotContain(d => d.IsError);
        var first = File.ReadAllBytes(Path.Combine(Out, "nl", "oj.md"));

        Run(Dutch).ShouldNotContain(d => d.IsError);

        File.ReadAllBytes(Path.Combine(Out, "nl", "oj.md")).ShouldBe(first);
        Encoding.UTF8.GetString(first).ShouldNotContain("\r");
        Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ShouldBe(["oj.md"]);
    }

    [Test]
    public void A_truncated_page_is_reported_and_nothing_is_written()
    {
        var bytes = File.ReadAllBytes(Dutch);
        var truncated = temp.Write("in/truncated.html", bytes[..(bytes.Length / 2)]);
        temp.Write("eu-ai-act/nl/oj.md", "old\n");
        var before = Snapshot();

        var diagnostics = Run(English, truncated);

        diagnostics.ShouldContain(d => d.Id == "RD0301" && d.IsError && d.Position.File.EndsWith("truncated.html") && d.Position.Line > 1);
        Snapshot().ShouldBe(before);
        Directory.Exists(Path.Combine(Out, "en")).ShouldBeFalse();
    }

    [Test]
    public void A_page_that_is_no_OJ_document_is_reported()
    {
        var page = temp.Write("in/page.html", "<!DOCTYPE html><html><body><h1>Subscribe to our newsletter</h1></body></html>");

        var diagnostics = Run(page);

        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0302");
        diagnostics[0].Position.ShouldBe(new SourcePosition(page.Replace('\\', '/'), 1, 1));
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Test]
    public void Two_sources_for_one_act_and_language_are_reported()
    {
        var copy = temp.Write("in/copy.html", File.ReadAllBytes(Dutch));

        var diagnostics = Run(Dutch, copy);

        var twice = diagnostics.Single(d => d.IsError);
        twice.Id.ShouldBe("RD0303");
        twice.Position.File.ShouldEndWith("copy.html");
        twice.Message.ShouldContain("aiact_nl.html");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Test]
    public void A_missing_file_is_reported()
    {
        var missing = Path.Combine(temp.Root, "no-such.html");

        var diagnostics = Run(missing, Dutch);

        diagnostics.Single(d => d.IsError).ShouldSatisfyAllConditions(
            d => d.Id.ShouldBe("RD0300"),
            d => d.Message.ShouldContain("no such file"),
            d => d.Position.File.ShouldEndWith("no-such.html"));
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Test]
    public void A_file_that_is_not_markup_is_reported()
    {
        var binary = temp.Write("in/act.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n"));

        Run(binary).ShouldHaveSingleItem().Id.ShouldBe("RD0304");
    }

    [Test]
    public void Formex_goes_to_the_Formex_importer_one_package_at_a_time()
    {
        var formex = Directory.GetFiles(Path.Combine(ActFolder, "sources", "en", "formex"), "*.000101.fmx.xml").Single();

        var given = new List<string>();
        var importers = Importers.Default with
        {
            Formex = (files, _, _) =>
            {
                given.AddRange(files.Select(f => Path.GetFileName(f.Path)));
                return null;
            },
        };
        ImportRun.Run([formex, Dutch], "eu-ai-act", Out, importers, []);
        given.ShouldBe([Path.GetFileName(formex)]);
    }

    [Test]
    public void An_output_that_cannot_be_written_leaves_the_folder_as_it_was()
    {
        temp.Write("eu-ai-act/en/oj.md", "old\n");
        Directory.CreateDirectory(Path.Combine(Out, "nl", "oj.md"));
        var before = Snapshot();

        var diagnostics = Run(English, Dutch);

        diagnostics.ShouldContain(d => d.Id == "RD0310");
        Snapshot().ShouldBe(before);
        Directory.GetFileSystemEntries(Path.Combine(Out, "nl")).ShouldBe([Path.Combine(Out, "nl", "oj.md")]);
        Directory.GetFiles(Path.Combine(Out, "en")).ShouldBe([Path.Combine(Out, "en", "oj.md")]);
    }

    [Test]
    public void Without_act_the_name_comes_from_the_ELI()
    {
        ImportRun.NameFromEli("http://data.europa.eu/eli/reg/2024/1689/oj").ShouldBe("reg-2024-1689");
        CorpusMarkdownWriter.Write(Nl.Act).ShouldContain("act: eu-ai-act\n");
    }
}
