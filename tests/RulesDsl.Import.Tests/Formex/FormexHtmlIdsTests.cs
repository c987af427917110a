using System.Globalization;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;
using RulesDsl.Tests;

namespace RulesDsl.Import.Tests.Formex;

/// <summary>
/// The Formex import of English gives the ids the EUR-Lex OJ HTML of the same act gives (corpus/eu-ai-act/sources/en/
/// eurlex): recitals, articles, numbered paragraphs ("051.002" is art_51__para_2), annexes, chapters and sections.
/// </summary>
public partial class FormexHtmlIdsTests
{
    private static readonly Lazy<List<string>> HtmlIds = new(() =>
    {
        var folder = Path.Combine(RepoPaths.Root, "corpus", "eu-ai-act", "sources", "en", "eurlex");
        var html = File.ReadAllText(Directory.GetFiles(folder, "*.html").Single());
        return [.. IdAttribute().Matches(html).Select(m => m.Groups["id"].Value)];
    });

    [Test]
    public void Recital_article_and_annex_ids_are_those_of_the_HTML()
    {
        var html = HtmlIds.Value.Where(id => RecitalArticleAnnex().IsMatch(id)).ToHashSet();
        var formex = FormexFiles.Provisions(FormexFiles.Act).Where(p => p.Id.Parent is null).Select(p => p.Id.Value).ToHashSet();

        html.Count.ShouldBe(180 + 113 + 13);
        formex.Except(html).ShouldBeEmpty();
        html.Except(formex).ShouldBeEmpty();
    }

    [Test]
    public void Paragraph_ids_are_those_of_the_HTML()
    {
        // The HTML writes paragraph 2 of Article 51 as "051.002". An id whose article is not the one it stands in is
        // quoted text: the paragraphs Articles 102 to 110 insert into other acts carry those acts' numbers ("005.012"
        // in Article 106), nine of them, six repeating ids of this act's own paragraphs.
        var html = new HashSet<string>();
        var article = 0;
        foreach (var id in HtmlIds.Value)
        {
            if (ArticleId().Match(id) is { Success: true } a)
            {
                article = int.Parse(a.Groups["article"].Value, CultureInfo.InvariantCulture);
            }
            else if (ParagraphId().Match(id) is { Success: true } m && int.Parse(m.Groups["article"].Value, CultureInfo.InvariantCulture) == article)
            {
                html.Add(ProvisionId.Article(article).Paragraph(int.Parse(m.Groups["paragraph"].Value, CultureInfo.InvariantCulture)).Value);
            }
        }

        var formex = FormexFiles.Provisions(FormexFiles.Act)
            .Where(p => p.Id.Last.Level == ProvisionLevel.Paragraph && p.Id.Parent?.Parent is null)
            .Select(p => p.Id.Value)
            .ToHashSet();

        html.Count.ShouldBe(500);
        HtmlIds.Value.Count(id => ParagraphId().IsMatch(id)).ShouldBe(509);
        formex.Except(html).ShouldBeEmpty();
        html.Except(formex).ShouldBeEmpty();
    }

    [Test]
    public void Chapter_and_section_ids_are_those_of_the_HTML()
    {
        var html = HtmlIds.Value.Where(id => DivisionId().IsMatch(id)).ToHashSet();
        var formex = FormexFiles.Divisions(FormexFiles.Act).Select(d => d.Id).ToHashSet();

        html.Count.ShouldBe(13 + 16);
        formex.Except(html).ShouldBeEmpty();
        html.Except(formex).ShouldBeEmpty();
    }

    [GeneratedRegex("""\bid="(?<id>[^"]+)"(?=[\s/>])""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"^(rct_[0-9]+|art_[0-9]+|anx_[IVXLC]+)$")]
    private static partial Regex RecitalArticleAnnex();

    [GeneratedRegex(@"^art_(?<article>[0-9]+)$")]
    private static partial Regex ArticleId();

    [GeneratedRegex(@"^(?<article>[0-9]{3})\.(?<paragraph>[0-9]{3})$")]
    private static partial Regex ParagraphId();

    [GeneratedRegex(@"^cpt_[IVXLC]+(\.sct_[0-9]+)?$")]
    private static partial Regex DivisionId();
}
