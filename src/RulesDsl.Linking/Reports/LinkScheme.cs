using System.Globalization;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Linking.Reports;

/// <summary>
/// Where things are in the linked corpus (<c>rulesdsl link --format html</c>): the index, one folder per act, one page per
/// provision, language and version, and an anchor per sentence. The pages are written by these addresses and every
/// link into them (from other pages, from explanations) is made by them, so the two cannot drift apart. Paths are
/// relative to the output folder, '/' between parts.
/// </summary>
public static class LinkScheme
{
    public const string IndexPath = "index.html";

    /// <summary>The folder of an act's pages, which is also the id of its section in the index.</summary>
    public static string ActFolder(string act) => Html.SafeName(act);

    /// <summary>The page of a provision as it is in the act's folder: <c>eu-ai-act/art_3__pnt_63.en.html</c> for the
    /// current version, <c>eu-ai-act/anx_XIII__pnt_f.en.2024-05-08.html</c> for another version.</summary>
    public static string PagePath(string act, ProvisionId id, string language, string? version = null) =>
        $"{ActFolder(act)}/{id.Value}.{Html.SafeName(language)}{(version is null ? "" : "." + Html.SafeName(version))}.html";

    /// <summary>The id of a sentence's anchor on its provision's page: <c>s2</c>.</summary>
    public static string SentenceAnchor(int number) => "s" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A sentence of the version in force of a provision: <c>eu-ai-act/art_51__para_2.en.html#s2</c>.</summary>
    public static string SentencePath(string act, ProvisionId id, string language, int number) =>
        PagePath(act, id, language) + "#" + SentenceAnchor(number);

    /// <summary>The href from one page to another path, both relative to the output folder.</summary>
    public static string Href(string fromPage, string to)
    {
        var folder = fromPage[..(fromPage.LastIndexOf('/') + 1)];
        return to.StartsWith(folder, StringComparison.Ordinal) && folder.Length > 0
            ? to[folder.Length..]
            : string.Concat(Enumerable.Repeat("../", folder.Count(c => c == '/'))) + to;
    }
}
