using System.Text.RegularExpressions;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;
using static RulesDsl.Explain.Tests.Explained;

namespace RulesDsl.Explain.Tests;

/// <summary>What the renderers promise beyond their golden output: the factory, colours on request, links where asked.</summary>
public class RendererTests
{
    private static string Render(string format, RenderOptions options, string language = "en")
    {
        using var output = new StringWriter();
        ExplanationRenderers.For(format, options).Render(ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), language), output);
        return output.ToString();
    }

    [Test]
    public void The_factory_names_every_format_and_refuses_an_unknown_one_listing_them()
    {
        ExplanationRenderers.Formats.Select(f => ExplanationRenderers.For(f, new RenderOptions()).Format).ShouldBe(ExplanationRenderers.Formats);

        var error = Should.Throw<ArgumentException>(() => ExplanationRenderers.For("pdf", new RenderOptions()));

        error.Message.ShouldContain("'pdf'");
        error.Message.ShouldContain("tree, md, html, json");
    }

    [Test]
    public void The_tree_is_coloured_only_when_asked()
    {
        var plain = Render("tree", new RenderOptions());
        var coloured = Render("tree", new RenderOptions(Colour: true));

        plain.ShouldNotContain("\u001b[");
        coloured.ShouldContain("\u001b[32myes\u001b[0m");
        Regex.Replace(coloured, "\u001b\\[[0-9;]*m", "").ShouldBe(plain);
    }

    [Test]
    public void Links_lead_into_the_linked_corpus_where_the_options_put_it()
    {
        var markdown = Render("md", new RenderOptions(CorpusHref: "../law/"));
        var html = Render("html", new RenderOptions(CorpusHref: "https://example.org/a&b"), "nl");

        markdown.ShouldContain("[Article 51(2)](<../law/eu-ai-act/art_51__para_2.en.html>)");
        markdown.ShouldContain("[floating point operations](<../law/eu-ai-act/art_3__pnt_67.en.html>)");
        html.ShouldContain("<a href=\"https://example.org/a&amp;b/eu-ai-act/rct_111.nl.html#s6\">Overweging 111, zin 6</a>");
    }

    [Test]
    public void Html_encodes_every_text_it_writes()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), "en");
        var tampered = explanation with { ConclusionLabel = "<script>alert(1)</script>", RuleSet = "A & B" };
        using var output = new StringWriter();

        new HtmlExplanation(new RenderOptions()).Render(tampered, output);

        output.ToString().ShouldNotContain("<script>");
        output.ToString().ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        output.ToString().ShouldContain("A &amp; B");
    }
}
