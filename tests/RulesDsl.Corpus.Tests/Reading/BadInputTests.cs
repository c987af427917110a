using System.Text;
using RulesDsl.Corpus.Reading;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>Every malformed source gives a diagnostic with its file and position; nothing crashes, nothing is altered.</summary>
public class BadInputTests
{
    private const string Article = "---\nlanguage: en\nversion: 2024-07-12\n---\n\nArticle 51\n\nClassification\n\n1\\. A model shall be classified.\n";

    [Test]
    public void Empty_file()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/empty.md", "");
        corpus.Write("en/blank.md", "\n  \n");

        var read = corpus.Read();

        read.Diagnostics.Where(d => d.Id == "RD0001").Select(d => (Path.GetFileName(d.Position.File), d.Position.Line, d.Position.Column))
            .ShouldBe([("blank.md", 1, 1), ("empty.md", 1, 1)]);
        read.HasErrors.ShouldBeTrue();
        read.Provisions.ShouldBeEmpty();
    }

    [Test]
    public void Binary_file_is_not_read()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var diagnostic = corpus.Read().Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("RD0002");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.ToString().ShouldEndWith("image.md(3,1): error RD0002: the file holds a NUL byte and looks binary, not text; it was not read");
    }

    [Test]
    public void Invalid_utf8_is_reported_at_the_bad_byte()
    {
        using var corpus = new TempCorpus();
        var bytes = Encoding.UTF8.GetBytes("Article 51\n\nThe Commission’s ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" text.\n")).ToArray();
        corpus.Write("en/latin1.md", bytes);

        var diagnostic = corpus.Read().Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("RD0003");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 18));
        diagnostic.Message.ShouldContain("0xC3");
    }

    [Test]
    public void Byte_order_mark_is_skipped_and_reported()
    {
        using var plain = new TempCorpus();
        plain.Write("en/art.md", Article);
        using var withBom = new TempCorpus();
        withBom.Write("en/art.md", Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes(Article)).ToArray());

        var read = withBom.Read();

        read.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0004");
        read.HasErrors.ShouldBeFalse();
        read.Provisions.Select(p => (p.Id, p.Text, p.Version, p.Language)).ShouldBe(plain.Read().Provisions.Select(p => (p.Id, p.Text, p.Version, p.Language)));
    }

    [Test]
    public void Crlf_line_ends_read_as_lf_with_the_same_positions()
    {
        using var lf = new TempCorpus();
        lf.Write("en/art.md", Article);
        using var crlf = new TempCorpus();
        crlf.Write("en/art.md", Article.Replace("\n", "\r\n", StringComparison.Ordinal));

        var read = crlf.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0005");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((1, 4));
        read.Provisions.Select(p => (p.Id, p.Text, p.Position.Line, p.Position.Column))
            .ShouldBe(lf.Read().Provisions.Select(p => (p.Id, p.Text, p.Position.Line, p.Position.Column)));
        read.Provisions.ShouldAllBe(p => !p.Text.Contains('\r'));
    }

    [Test]
    public void Front_matter_that_is_not_yaml()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/art.md", "---\nlanguage: en\nversion: [2024-07-12\n---\n\nArticle 51\n\nText.\n");

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0006");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Position.Line.ShouldBeInRange(3, 4);
        read.Provisions.ShouldBeEmpty();
    }

    [TestCase("language: xx", "RD0013", "language")]
    [TestCase("version: 12.7.2024", "RD0013", "version")]
    [TestCase("provision: article 51", "RD0013", "provision")]
    [TestCase("- just\n- a list", "RD0006", "key: value")]
    public void Front_matter_values_are_checked(string yaml, string id, string mention)
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/art.md", $"---\n{yaml}\n---\n\nArticle 51\n\nText.\n");

        var diagnostic = corpus.Read().Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(id);
        diagnostic.Position.Line.ShouldBe(2);
        diagnostic.Message.ShouldContain(mention);
    }

    [Test]
    public void Link_out_of_the_corpus_folder_is_reported_and_never_followed()
    {
        using var corpus = new TempCorpus();
        File.WriteAllText(Path.Combine(corpus.Root, "secret.md"), "(999)\n\nA secret sentence that must never be read.\n");
        corpus.Write("nl/rct.md", "(111)\n\nZie [de definitie](../../secret.md#^x) en [hier](a3.md#^gpai) en [web](https://eur-lex.europa.eu/).\n");

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0008");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 5));
        read.Provisions.ShouldHaveSingleItem().Text.ShouldBe("Zie de definitie en hier en web.");
        read.Provisions.ShouldAllBe(p => !p.Text.Contains("secret"));
    }

    [TestCase("/etc/passwd")]
    [TestCase("file:///etc/passwd")]
    public void Absolute_link_is_out_of_the_corpus(string target)
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/rct.md", $"(111)\n\nSee [this]({target}).\n");

        corpus.Read().Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0008");
    }

    [Test]
    public void Ten_megabyte_line()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/huge.md", "(111)\n\n" + new string('x', 10 * 1024 * 1024) + "\n");
        corpus.Write("en/fine.md", "(112)\n\nA recital.\n");

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0007");
        diagnostic.Position.File.ShouldEndWith("huge.md");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 1));
        read.Provisions.ShouldHaveSingleItem().Id.Value.ShouldBe("rct_112");
    }

    [Test]
    public void Missing_corpus_folder()
    {
        var read = CorpusReader.Read(Path.Combine(Path.GetTempPath(), "rulesdsl-tests", "no-such-folder"));

        read.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0014");
        read.HasErrors.ShouldBeTrue();
    }

    [Test]
    public void Text_that_is_neither_law_nor_boilerplate_is_kept_as_unclassified()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/page.md", "Subscribe to our newsletter for weekly updates.\n\nArticle 51\n\nClassification\n\n1\\. A model shall be classified.\n");

        var read = corpus.Read();

        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0009");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((1, 1));
        read.Documents.ShouldHaveSingleItem().Unclassified.ShouldHaveSingleItem().Text.ShouldBe("Subscribe to our newsletter for weekly updates.");
        read.Provisions.Select(p => p.Id.Value).ShouldBe(["art_51", "art_51__para_1"]);
    }

    [Test]
    public void Same_provision_twice_in_one_language_and_version()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/a.md", Article);
        corpus.Write("en/b.md", Article);

        var read = corpus.Read();

        read.Diagnostics.Where(d => d.Id == "RD0015").Select(d => Path.GetFileName(d.Position.File)).ShouldBe(["b.md", "b.md"]);
        read.Provisions.ShouldAllBe(p => p.Position.File.EndsWith("a.md"));
    }

    [Test]
    public void The_same_id_in_two_acts_is_no_duplicate()
    {
        using var corpus = new TempCorpus();
        corpus.Write("act-a/en/a.md", Article);
        corpus.Write("act-b/en/a.md", Article);

        var read = corpus.Read();

        read.Diagnostics.ShouldBeEmpty();
        read.Provisions.Select(p => p.Act).Distinct().ShouldBe(["act-a", "act-b"]);
    }

    [Test]
    public void Text_in_no_known_language()
    {
        using var corpus = new TempCorpus();
        corpus.Write("x.md", "(7)\n\n12345 67890.\n");

        var read = corpus.Read();

        read.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0010");
        read.Provisions.ShouldHaveSingleItem().Language.ShouldBe(CorpusReader.UndeterminedLanguage);
    }

    [Test]
    public void Inputs_are_never_altered()
    {
        using var corpus = new TempCorpus();
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        var path = corpus.Write("en/art.md", bytes);

        corpus.Read();

        File.ReadAllBytes(path).ShouldBe(bytes);
    }
}
