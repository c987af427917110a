using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Files;
using RulesDsl.Linking.Model;

namespace RulesDsl.Linking.Reports;

/// <summary>
/// The linked corpus as self-contained HTML pages: <c>index.html</c> lists every provision per act and language, and
/// each act's folder holds one page per provision and language (<c>eu-ai-act/art_51__para_1.en.html</c>) for the current
/// version, plus one per other version (<c>eu-ai-act/anx_XIII__pnt_f.en.2024-05-08.html</c>). Every reference is a
/// link: to the target's page in the same language, else in another language, marked as a fallback. Inline style only,
/// no scripts, nothing fetched from anywhere; the only links out are ELIs. The same graph and date give the same bytes.
/// </summary>
public static class LinkedHtml
{
    /// <summary>The page of the version in force of a provision, relative to the output folder, for links from elsewhere
    /// (<c>eu-ai-act/art_51__para_2.en.html</c>; a sentence is <c>#s2</c> on it).</summary>
    public static string PageOf(string act, ProvisionId id, string language) => LinkScheme.PagePath(act, id, language, null);

    /// <summary>The pages, by path relative to the output folder ('/' between parts), in ordinal order.</summary>
    /// <param name="asOf">The date whose versions in force are the current ones, with the main pages.</param>
    public static ImmutableSortedDictionary<string, string> Render(LinkGraph graph, DateOnly asOf)
    {
        var site = new SiteMap(graph.Corpus, asOf);
        var page = new ProvisionPage(graph, site);
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        files.Add(LinkScheme.IndexPath, IndexPage.Render(graph.Corpus, site, asOf));
        foreach (var provision in site.AllPages)
        {
            files.Add(site.PathOf(provision), page.Render(provision));
        }

        return files.ToImmutable();
    }

    /// <summary>
    /// Writes the pages (UTF-8) into <paramref name="outputFolder"/>, created or replaced as a whole: nothing
    /// half-written is left behind on failure. A folder that is not empty is replaced only if it holds pages written
    /// here before.
    /// </summary>
    /// <returns>How many files were written.</returns>
    /// <exception cref="IOException">The folder holds other files, is a file, or could not be written.</exception>
    public static int Write(LinkGraph graph, string outputFolder, DateOnly asOf)
    {
        var files = Render(graph, asOf);
        AllOrNothing.ReplaceFolder(outputFolder, files, folder =>
        {
            var index = Path.Combine(folder, LinkScheme.IndexPath);
            return File.Exists(index) && File.ReadAllText(index).Contains(Html.Generator, StringComparison.Ordinal);
        });
        return files.Count;
    }
}
