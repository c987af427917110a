using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Reports;

namespace RulesDsl.Linking.Tests.Reports;

/// <summary>The embedded corpus written as linked HTML, every link followed.</summary>
public class LinkedHtmlTests
{
    private WrittenSite site = null!;

    [OneTimeSetUp]
    public void WriteCorpus() => site = new WrittenSite(LinkedCorpus.Value);

    [OneTimeTearDown]
    public void RemoveCorpus() => site.Dispose();

    [Test]
    public void Every_href_leads_to_an_existing_page_and_an_id_on_it()
    {
        var followed = FollowEveryLink(site);

        // At least one for each reference in a text, besides the navigation.
        followed.ShouldBeGreaterThan(LinkedCorpus.Value.References.Length);
    }

    [Test]
    public void Every_provision_has_a_page_per_language_and_version_and_the_index_lists_those_in_force()
    {
        var corpus = LinkedCorpus.Value.Corpus;
        site.PageCount.ShouldBe(corpus.Provisions.Length + 1);
        site.Pages.Count().ShouldBe(site.PageCount);
        File.Exists(Path.Combine(site.Folder, "eu-ai-act", "anx_XIII__pnt_f.en.html")).ShouldBeTrue();
        File.Exists(Path.Combine(site.Folder, "eu-ai-act", "anx_XIII__pnt_f.en.2024-05-08.html")).ShouldBeTrue();
        File.Exists(Path.Combine(site.Folder, "eu-ai-act", "rct_111.nl.html")).ShouldBeTrue();

        var index = WrittenSite.Links(site.Read("index.html")).Select(l => l.Href).Where(h => h!.StartsWith("eu-ai-act/", StringComparison.Ordinal)).ToList();
        index.Count.ShouldBe(corpus.Provisions.Select(p => (p.Id, p.Language)).Distinct().Count());
        index.ShouldContain("eu-ai-act/rct_111.nl.html");
        index.ShouldNotContain(h => h!.Contains("2024-05-08", StringComparison.Ordinal));
        index.IndexOf("eu-ai-act/rct_110.en.html").ShouldBeLessThan(index.IndexOf("eu-ai-act/art_3.en.html"));
        index.IndexOf("eu-ai-act/art_3__pnt_4.en.html").ShouldBeLessThan(index.IndexOf("eu-ai-act/art_3__pnt_29.en.html"));
        index.IndexOf("eu-ai-act/art_52__para_6.en.html").ShouldBeLessThan(index.IndexOf("eu-ai-act/anx_XIII.en.html"));
    }

    [Test]
    public void The_Dutch_vault_recital_links_its_29_links_to_the_Dutch_definitions_of_the_act()
    {
        // The vault's recital is undated; the Official Journal's dated one is in force, so the vault's has its own page.
        var links = WrittenSite.Links(WrittenSite.TextOf(site.Read("eu-ai-act/rct_111.nl.undated.html")));

        var explicitLinks = links.Where(l => l.HasClass("explicit")).ToList();
        explicitLinks.Count.ShouldBe(29);
        explicitLinks.ShouldAllBe(l => Regex.IsMatch(l.Href!, @"^art_3__pnt_[0-9]+\.nl\.html$"));
        explicitLinks.ShouldAllBe(l => !l.HasClass("fallback"));
        explicitLinks.Count(l => l.Href == "art_3__pnt_63.nl.html").ShouldBe(11);
        explicitLinks.Count(l => l.Text == "systeemrisico’s" && l.Href == "art_3__pnt_65.nl.html").ShouldBe(4);

        // The linker also finds the three plurals the source left unlinked.
        var mentions = links.Where(l => l.HasClass("mention")).ToList();
        mentions.Where(l => l.Text == "AI-modellen voor algemene doeleinden").Select(l => l.Href).ShouldBe(Enumerable.Repeat((string?)"art_3__pnt_63.nl.html", 3));
        mentions.ShouldAllBe(l => !l.HasClass("fallback"));
    }

    [Test]
    public void Without_a_Dutch_Article_3_the_Dutch_recital_links_its_29_links_to_the_English_definitions_marked_as_fallback()
    {
        using var corpus = ExcerptCorpus.WithDutchRecital();
        using var excerpts = new WrittenSite(corpus.Link());

        var links = WrittenSite.Links(WrittenSite.TextOf(excerpts.Read("eu-ai-act/rct_111.nl.html")));

        var explicitLinks = links.Where(l => l.HasClass("explicit")).ToList();
        explicitLinks.Count.ShouldBe(29);
        explicitLinks.ShouldAllBe(l => Regex.IsMatch(l.Href!, @"^art_3__pnt_[0-9]+\.en\.html$"));
        explicitLinks.ShouldAllBe(l => l.HasClass("fallback") && l.Title.EndsWith("fallback: en", StringComparison.Ordinal));
        explicitLinks.Count(l => l.Href == "art_3__pnt_63.en.html").ShouldBe(11);
        explicitLinks.Count(l => l.Text == "systeemrisico’s" && l.Href == "art_3__pnt_65.en.html").ShouldBe(4);

        // The linker also finds the three plurals the source left unlinked.
        var mentions = links.Where(l => l.HasClass("mention")).ToList();
        mentions.Select(l => (l.Text, l.Href)).ShouldBe(Enumerable.Repeat(("AI-modellen voor algemene doeleinden", (string?)"art_3__pnt_63.en.html"), 3));
        mentions.ShouldAllBe(l => l.HasClass("fallback"));

        // The language switch of a provision the corpus lacks in Dutch says so instead of linking.
        var article = excerpts.Read("eu-ai-act/art_51.en.html");
        WrittenSite.Links(article).ShouldNotContain(l => l.Text == "nl");
        WrittenSite.TextSpans(article).ShouldContain(s => s.Text == "nl" && s.Title == "not in the corpus in nl");
    }

    [Test]
    public void Annex_XIII_links_general_purpose_AI_model_to_its_definition_and_its_cross_reference_to_the_article()
    {
        var links = WrittenSite.Links(WrittenSite.TextOf(site.Read("eu-ai-act/anx_XIII.en.html")));

        links.Select(l => (l.Text, l.Href, l.Title)).ShouldBe([
            ("general-purpose AI model", "art_3__pnt_63.en.html", "Article 3, point (63)"),
            ("Article 51(1), point (a)", "art_51__para_1__pnt_a.en.html", "Article 51(1), point (a)"),
        ]);
        links.ShouldAllBe(l => !l.HasClass("fallback"));
        links[1].HasClass("crossreference").ShouldBeTrue();
    }

    [Test]
    public void Each_sentence_is_a_span_with_its_number_as_id()
    {
        var page = site.Read("eu-ai-act/rct_111.en.html");

        var ids = WrittenSite.Ids(WrittenSite.TextOf(page));

        ids.ShouldBe(Enumerable.Range(1, 13).Select(n => $"s{n}"), ignoreOrder: true);
        page.ShouldContain("<span class=\"sentence\" id=\"s7\">");
    }

    [Test]
    public void A_page_names_its_provision_says_how_to_cite_it_and_where_it_comes_from()
    {
        var page = site.Read("eu-ai-act/art_51__para_1.en.html");

        page.ShouldContain("<title>Article 51(1) (en) — eu-ai-act</title>");
        page.ShouldContain("Cited as <cite>Article 51(1)</cite>; id <code>art_51__para_1</code>");
        page.ShouldContain("Source: <code>eu-ai-act/en/oj.md</code>, line 1725");
        page.ShouldContain("<a href=\"http://data.europa.eu/eli/reg/2024/1689/oj#art_51\" rel=\"external\">");
        page.ShouldContain("<html lang=\"en\">");
        page.ShouldContain("<meta charset=\"utf-8\">");

        var links = WrittenSite.Links(page);
        links.ShouldContain(l => l.Href == "art_51__para_1__pnt_a.en.html" && l.Text == "(a)");
        links.ShouldContain(l => l.Href == "art_51.en.html" && l.Text == "Article 51");
        links.ShouldContain(l => l.Href == "../index.html#eu-ai-act");

        site.Read("eu-ai-act/rct_111.nl.html").ShouldContain("Cited as <cite>Overweging 111</cite>");
    }

    [Test]
    public void The_language_switch_links_every_language_the_provision_is_in()
    {
        WrittenSite.Links(site.Read("eu-ai-act/rct_111.en.html")).ShouldContain(l => l.Href == "rct_111.nl.html" && l.Text == "nl");
        WrittenSite.Links(site.Read("eu-ai-act/rct_111.nl.html")).ShouldContain(l => l.Href == "rct_111.en.html" && l.Text == "en");

        // The whole act is in both languages; a provision missing in one is shown by the excerpts' site.
        WrittenSite.Links(site.Read("eu-ai-act/art_51.en.html")).ShouldContain(l => l.Href == "art_51.nl.html" && l.Text == "nl");
        WrittenSite.Links(site.Read("eu-ai-act/art_51.nl.html")).ShouldContain(l => l.Href == "art_51.en.html" && l.Text == "en");
    }

    [Test]
    public void An_older_version_has_its_own_page_with_its_own_label_and_a_way_to_the_version_in_force()
    {
        var page = site.Read("eu-ai-act/anx_XIII__pnt_f.en.2024-05-08.html");

        page.ShouldContain("<h1><span class=\"label\">6.</span></h1>");
        page.ShouldContain("Cited as <cite>Annex XIII, point (f)</cite>, printed in this version as <cite>Annex XIII, point 6</cite>");
        // The scraped page of May 2024 holds the Parliament's text: a draft, never a superseded law.
        page.ShouldContain("Version of 2024-05-08, a draft, not law; the current version is");
        var links = WrittenSite.Links(page);
        links.ShouldContain(l => l.Href == "anx_XIII__pnt_f.en.html" && l.Title == "the current version");
        links.ShouldContain(l => l.Href == "anx_XIII__pnt_f.en.2024-05-21.html");
        links.ShouldContain(l => l.Href == "anx_XIII.en.2024-05-08.html" && l.Text == "Annex XIII");
        WrittenSite.Links(site.Read("eu-ai-act/anx_XIII.en.2024-05-08.html"))
            .ShouldContain(l => l.Href == "anx_XIII__pnt_f.en.2024-05-08.html" && l.Text == "6.");
        WrittenSite.Links(site.Read("eu-ai-act/anx_XIII__pnt_f.en.html"))
            .ShouldContain(l => l.Href == "anx_XIII__pnt_f.en.2024-05-08.html");
    }

    [Test]
    public void A_definition_lists_the_texts_that_refer_to_it_down_to_the_sentence()
    {
        var links = WrittenSite.Links(site.Read("eu-ai-act/art_3__pnt_63.en.html"));

        links.ShouldContain(l => l.Href == "rct_111.nl.html#s1" && l.Text == "Overweging 111");
        links.ShouldContain(l => l.Href == "anx_XIII.en.html#s1" && l.Text == "Annex XIII");
        links.ShouldNotContain(l => l.Href!.StartsWith("anx_XIII.en.2024", StringComparison.Ordinal));
    }

    [Test]
    public void Before_the_Official_Journal_the_scraped_text_is_the_version_in_force()
    {
        using var early = new WrittenSite(LinkedCorpus.Value, new DateOnly(2024, 6, 1));

        early.Read("eu-ai-act/anx_XIII__pnt_f.en.html").ShouldContain("<h1><span class=\"label\">6.</span></h1>");
        early.Read("eu-ai-act/anx_XIII__pnt_f.en.2024-07-12.html").ShouldContain("<h1><span class=\"label\">(f)</span></h1>");
        early.Read("eu-ai-act/anx_XIII__pnt_f.en.2024-07-12.html").ShouldContain("Version of 2024-07-12, not yet in force; the current version is");
        early.Read("eu-ai-act/art_51.en.html").ShouldContain("Version of 2024-07-12, not yet in force</p>");
        FollowEveryLink(early);
    }

    [Test]
    public void Two_runs_give_the_same_bytes()
    {
        var day = new DateOnly(2025, 1, 1);
        using var first = new WrittenSite(LinkedCorpus.Value, day);
        using var second = new WrittenSite(LinkedCorpus.Value, day);

        var files = first.Pages.Select(p => Path.GetRelativePath(first.Folder, p)).ToList();
        second.Pages.Select(p => Path.GetRelativePath(second.Folder, p)).ShouldBe(files);
        foreach (var file in files)
        {
            File.ReadAllBytes(Path.Combine(second.Folder, file)).ShouldBe(File.ReadAllBytes(Path.Combine(first.Folder, file)), file);
        }

        File.ReadAllBytes(Path.Combine(first.Folder, "index.html")).Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    /// <summary>Follows every href of every page; returns how many were followed.</summary>
    internal static int FollowEveryLink(WrittenSite written)
    {
        var followed = 0;
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var page in written.Pages)
        {
            var html = File.ReadAllText(page);
            html.ShouldNotContain("<script", Case.Insensitive);
            html.ShouldNotContain("<link", Case.Insensitive);
            html.ShouldNotContain("url(", Case.Insensitive);
            WrittenSite.MisnestedTag(html).ShouldBeNull(page);
            foreach (var (attribute, url) in WrittenSite.Urls(html))
            {
                attribute.ShouldBe("href", page);
                followed++;
                if (url.Contains(':', StringComparison.Ordinal))
                {
                    url.ShouldStartWith("http://data.europa.eu/eli/", Case.Sensitive, page);
                    continue;
                }

                var (file, fragment) = url.Split('#', 2) is [var f, var g] ? (f, g) : (url, null);
                var target = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, file));
                target.ShouldStartWith(written.Folder + Path.DirectorySeparatorChar, Case.Sensitive, $"{page}: {url}");
                File.Exists(target).ShouldBeTrue($"{page}: {url}");
                if (fragment is not null)
                {
                    if (!ids.TryGetValue(target, out var known))
                    {
                        known = ids[target] = WrittenSite.Ids(File.ReadAllText(target));
                    }

                    known.ShouldContain(fragment, $"{page}: {url}");
                }
            }
        }

        return followed;
    }
}
