using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Reports;

namespace RulesDsl.Linking.Tests.Reports;

/// <summary>Linked HTML from unusual inputs: hostile text, references of every shape, an output folder in the way.</summary>
public class LinkedHtmlInputTests
{
    [Test]
    public void Text_and_names_are_escaped()
    {
        using var corpus = new TempCorpus();
        corpus.Write("x<y>&z/en/rct.md", "(1)\n\nA <script>alert(\"x\")</script> & a “quoted” term.\n");

        using var site = new WrittenSite(corpus.Link());

        var page = site.Read("x~3c~y~3e~~26~z/rct_1.en.html");
        page.ShouldContain("<span class=\"sentence\" id=\"s1\">A &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; a “quoted” term.</span>");
        page.ShouldContain("<a href=\"../index.html#x~3c~y~3e~~26~z\" title=\"all provisions of the act\">x&lt;y&gt;&amp;z</a>");
        page.ShouldNotContain("<script", Case.Insensitive);
        site.Read("index.html").ShouldContain("<section id=\"x~3c~y~3e~~26~z\">\n<h2>x&lt;y&gt;&amp;z</h2>");
        LinkedHtmlTests.FollowEveryLink(site);
    }

    [Test]
    public void References_of_any_kind_link_to_a_page_the_act_or_EUR_Lex_or_say_why_they_cannot()
    {
        // The excerpts, so that Article 97 is a provision of the act the corpus does not hold.
        using var corpus = new TempCorpus().CopyExcerpts();
        var linked = corpus.Link();
        Provision Get(string id) => linked.Corpus.Provisions.Single(p => p.Id.Value == id);
        var annex = Get("anx_XIII");
        var paragraph = Get("art_51__para_3");
        var graph = linked with
        {
            References =
            [
                At(Get("art_3"), "this Regulation", [], "eu-ai-act"),
                At(paragraph, "Article 97", [ProvisionId.Parse("art_97")]),
                At(paragraph, "delegated acts", [], unresolved: "no such act in the corpus"),
                At(paragraph, "The Commission", [], "eu-2019-1020"),
                At(annex, "Article 51(1), point (a)", [ProvisionId.Parse("art_51__para_1__pnt_a"), ProvisionId.Parse("art_51__para_1")]),
                At(annex, "Article 51", [ProvisionId.Parse("art_51")]),
            ],
        };

        using var site = new WrittenSite(graph);

        LinkedHtmlTests.FollowEveryLink(site);
        var act = WrittenSite.Links(WrittenSite.TextOf(site.Read("eu-ai-act/art_3.en.html"))).ShouldHaveSingleItem();
        (act.Text, act.Href).ShouldBe(("this Regulation", "../index.html#eu-ai-act"));
        act.HasClass("crossreference").ShouldBeTrue();

        var page = site.Read("eu-ai-act/art_51__para_3.en.html");
        var external = WrittenSite.Links(WrittenSite.TextOf(page)).ShouldHaveSingleItem();
        (external.Text, external.Href).ShouldBe(("Article 97", "http://data.europa.eu/eli/reg/2024/1689/oj#art_97"));
        external.HasClass("external").ShouldBeTrue();
        external.Title.ShouldContain("not in the corpus");
        var spans = WrittenSite.TextSpans(WrittenSite.TextOf(page));
        spans.ShouldContain(s => s.Text == "delegated acts" && s.HasClass("unresolved") && s.Title == "no such act in the corpus");
        spans.ShouldContain(s => s.Text == "The Commission" && s.HasClass("missing") && s.Title == "the act eu-2019-1020 is not in the corpus");
        page.ShouldContain("”: no such act in the corpus — 1 time, in sentence <a href=\"#s1\">1</a>");

        // The longer of two overlapping references is linked in the text; both are listed under it.
        var annexPage = site.Read("eu-ai-act/anx_XIII.en.html");
        var links = WrittenSite.Links(WrittenSite.TextOf(annexPage));
        links.Select(l => (l.Text, l.Href)).ShouldBe([("Article 51(1), point (a)", "art_51__para_1__pnt_a.en.html"), ("2", "art_51__para_1.en.html")]);
        WrittenSite.Links(annexPage).ShouldContain(l => l.Text == "Article 51" && l.Href == "art_51.en.html");
        WrittenSite.Links(site.Read("eu-ai-act/art_51__para_1.en.html")).ShouldContain(l => l.Href == "anx_XIII.en.html#s1");
    }

    [Test]
    public void Writing_again_replaces_the_pages_and_leaves_nothing_beside_them()
    {
        using var site = new WrittenSite(LinkedCorpus.Value);
        var stale = Path.Combine(site.Folder, "eu-ai-act", "stale.html");
        File.WriteAllText(stale, "left from an earlier run");

        LinkedHtml.Write(LinkedCorpus.Value, site.Folder, LinkedCorpus.Today).ShouldBe(site.PageCount);

        File.Exists(stale).ShouldBeFalse();
        Directory.GetFileSystemEntries(site.Root).ShouldBe([site.Folder]);
        LinkedHtmlTests.FollowEveryLink(site);
    }

    [Test]
    public void A_write_that_fails_leaves_the_previous_pages_as_they_were()
    {
        using var site = new WrittenSite(LinkedCorpus.Value);
        var before = File.ReadAllText(Path.Combine(site.Folder, "index.html"));

        // An act whose name makes a folder name longer than any file system allows.
        var corpus = LinkedCorpus.Value.Corpus;
        var broken = LinkedCorpus.Value with { Corpus = corpus with { Provisions = [.. corpus.Provisions, corpus.Provisions[0] with { Act = new string('é', 100) }] } };

        Should.Throw<IOException>(() => LinkedHtml.Write(broken, site.Folder, LinkedCorpus.Today));

        File.ReadAllText(Path.Combine(site.Folder, "index.html")).ShouldBe(before);
        Directory.GetFileSystemEntries(site.Root).ShouldBe([site.Folder]);
    }

    [Test]
    public void A_folder_holding_other_files_is_not_replaced()
    {
        using var corpus = new TempCorpus();
        var folder = Path.Combine(corpus.Folder, "notes");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mine.txt"), "keep me");
        var file = Path.Combine(corpus.Folder, "page.html");
        File.WriteAllText(file, "a file, not a folder");

        Should.Throw<IOException>(() => LinkedHtml.Write(LinkedCorpus.Value, folder, LinkedCorpus.Today)).Message.ShouldContain("left as it is");
        Should.Throw<IOException>(() => LinkedHtml.Write(LinkedCorpus.Value, file, LinkedCorpus.Today)).Message.ShouldContain("is a file");

        File.ReadAllText(Path.Combine(folder, "mine.txt")).ShouldBe("keep me");
        File.ReadAllText(file).ShouldBe("a file, not a folder");
        Directory.GetFileSystemEntries(corpus.Folder).Order(StringComparer.Ordinal).ShouldBe([folder, file]);
    }

    [Test]
    public void Names_are_safe_and_never_collide()
    {
        Html.SafeName("eu-ai-act").ShouldBe("eu-ai-act");
        Html.SafeName("../x").ShouldBe("~2e~~2e~~2f~x");
        Html.SafeName("a~b").ShouldBe("a~7e~b");
        Html.SafeName("a~7e~b").ShouldNotBe(Html.SafeName("a~b"));
        Html.SafeName("𝔄").ShouldBe("~1d504~");
    }

    [Test]
    public void Hrefs_are_relative_to_the_page()
    {
        LinkScheme.Href("eu-ai-act/art_3.en.html", "eu-ai-act/art_3__pnt_4.en.html").ShouldBe("art_3__pnt_4.en.html");
        LinkScheme.Href("eu-ai-act/art_3.en.html", "index.html#eu-ai-act").ShouldBe("../index.html#eu-ai-act");
        LinkScheme.Href("eu-ai-act/art_3.en.html", "other/art_3.en.html").ShouldBe("../other/art_3.en.html");
        LinkScheme.Href("index.html", "eu-ai-act/art_3.en.html").ShouldBe("eu-ai-act/art_3.en.html");
    }

    [Test]
    public void Provisions_are_ordered_as_the_act_prints_them()
    {
        string[] ordered = ["rct_9", "rct_10", "art_3", "art_3__pnt_4", "art_3__pnt_29", "art_10", "art_10a", "art_51__para_1",
            "art_51__para_1__pnt_a", "art_51__para_1__pnt_b", "art_51__para_2", "anx_IX", "anx_XIII", "anx_XIII__pnt_a"];

        var shuffled = ordered.Reverse().Select(ProvisionId.Parse);

        shuffled.Order(ProvisionOrder.Instance).Select(id => id.Value).ShouldBe(ordered);
    }

    private static Reference At(Provision from, string text, ImmutableArray<ProvisionId> targets, string? act = null, string? unresolved = null)
    {
        var start = from.Text.IndexOf(text, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, text);
        return new Reference(ReferenceKind.CrossReference, from, start, text.Length, text, from.Map.PositionAt(start), targets, act, unresolved);
    }
}
