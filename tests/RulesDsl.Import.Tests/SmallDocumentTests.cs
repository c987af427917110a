using RulesDsl.Diagnostics;
using RulesDsl.Import.Html;
using RulesDsl.Import.Model;
using RulesDsl.Import.Running;

namespace RulesDsl.Import.Tests;

/// <summary>Problems no real source shows, on the smallest OJ HTML that has them.</summary>
public sealed class SmallDocumentTests
{
    private const string Header = """
        <html lang="nl"><head><title>x</title></head><body>
        <table><tr><td><p class="oj-hd-lg">NL</p></td><td><p class="oj-hd-date">12.7.2024</p></td></tr></table>
        <div class="eli-container"><div class="eli-main-title" id="tit_1"><p class="oj-doc-ti">VERORDENING (EU) 2024/1689</p></div>
        """;

    private const string End = """
        </div><p class="oj-normal">ELI: http://data.europa.eu/eli/reg/2024/1689/oj</p><hr class="oj-doc-end"/></body></html>
        """;

    private static (ImportedAct? Act, List<Diagnostic> Diagnostics) Import(string html)
    {
        var diagnostics = new List<Diagnostic>();
        var act = HtmlImporter.Import([("small.html", System.Text.Encoding.UTF8.GetBytes(html))], "eu-ai-act", diagnostics);
        return (act, diagnostics);
    }

    [Test]
    public void Two_parts_with_one_id_are_an_error()
    {
        var (act, diagnostics) = Import(Header + """
            <div id="art_51"><p class="oj-ti-art">Artikel 51</p>
            <div id="051.002"><p class="oj-normal">2.   Een.</p></div>
            <div id="051.002"><p class="oj-normal">2.   Twee.</p></div></div>
            """ + End);

        act.ShouldBeNull();
        var twice = diagnostics.ShouldHaveSingleItem();
        twice.Id.ShouldBe("RD0309");
        twice.Message.ShouldContain("art_51__para_2");
        twice.Position.Line.ShouldBe(5);
    }

    [Test]
    public void Unknown_markup_in_the_document_is_set_aside_and_reported()
    {
        var (act, diagnostics) = Import(Header + """
            <form><input value="zoek"/>Zoeken in de tekst</form>
            <div id="art_1"><p class="oj-ti-art">Artikel 1</p><p class="oj-normal">Tekst.</p></div>
            """ + End);

        act.ShouldNotBeNull();
        diagnostics.ShouldContain(d => d.Id == "RD0311" && d.Message.Contains("Zoeken in de tekst") && d.Position.Line == 3);
        act.SetAside.ShouldContain(s => s.Text == "Zoeken in de tekst");
        Sources.Text(Sources.Find(act, "art_1")).ShouldBe("Tekst.");
    }

    [Test]
    public void A_document_without_language_is_an_error()
    {
        var (act, diagnostics) = Import(Header.Replace(" lang=\"nl\"", "").Replace("<p class=\"oj-hd-lg\">NL</p>", "") + End);

        act.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0313");
    }

    [Test]
    public void An_act_without_ELI_needs_a_name()
    {
        var html = Header + """<div id="art_1"><p class="oj-ti-art">Artikel 1</p><p class="oj-normal">Tekst.</p></div>""" + End.Replace("ELI: http://data.europa.eu/eli/reg/2024/1689/oj", "");
        using var temp = new TempCorpus();
        var source = temp.Write("small.html", html);
        var diagnostics = new List<Diagnostic>();

        ImportRun.Run([source], act: null, Path.Combine(temp.Folder, "out"), Importers.Default, diagnostics).ShouldBeNull();

        diagnostics.Where(d => d.IsError).ShouldHaveSingleItem().Id.ShouldBe("RD0312");
        Directory.Exists(Path.Combine(temp.Folder, "out")).ShouldBeFalse();
    }
}
