using System.Net;
using System.Text.RegularExpressions;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Reports;

namespace RulesDsl.Linking.Tests.Reports;

/// <summary>An &lt;a&gt; or &lt;span&gt; of a page, its attributes decoded, its text with tags removed and decoded.</summary>
internal sealed record Element(IReadOnlyDictionary<string, string> Attributes, string Text)
{
    public string? Href => Attributes.GetValueOrDefault("href");

    public string Title => Attributes.GetValueOrDefault("title") ?? "";

    public bool HasClass(string name) => (Attributes.GetValueOrDefault("class") ?? "").Split(' ').Contains(name);
}

/// <summary>Linked HTML written into a folder made for one test, read back with a few regular expressions, removed
/// afterwards.</summary>
internal sealed partial class WrittenSite : IDisposable
{
    public WrittenSite(LinkGraph graph, DateOnly? asOf = null)
    {
        Directory.CreateDirectory(Root);
        PageCount = LinkedHtml.Write(graph, Folder, asOf ?? LinkedCorpus.Today);
    }

    /// <summary>The folder the output folder is in, where the writer stages its files.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "rulesdsl-linking-tests", Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(Root, "site");

    public int PageCount { get; }

    public IEnumerable<string> Pages => Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    /// <summary>Every href and src of a page, decoded.</summary>
    public static IEnumerable<(string Attribute, string Value)> Urls(string html) =>
        UrlPattern().Matches(html).Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)));

    public static HashSet<string> Ids(string html) =>
        [.. IdPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value))];

    public static List<Element> Links(string html) => Elements(AnchorPattern(), html);

    /// <summary>The spans that hold only text: an unresolved reference, a language the provision is missing in, ….</summary>
    public static List<Element> TextSpans(string html) => Elements(LeafSpanPattern(), html);

    /// <summary>The HTML inside the provision's text, where the references are linked.</summary>
    public static string TextOf(string html) => TextPattern().Match(html).Groups["text"].Value;

    /// <summary>The first tag that closes an element other than the one open, or that is never closed; null when every
    /// element is closed in order (a browser would otherwise guess how the page nests).</summary>
    public static string? MisnestedTag(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in TagNamePattern().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (!open.TryPop(out var top) || top != name)
                {
                    return tag.Value;
                }
            }
            else if (name != "meta")
            {
                open.Push(name);
            }
        }

        return open.TryPeek(out var unclosed) ? $"<{unclosed}>" : null;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static List<Element> Elements(Regex pattern, string html) =>
        [.. pattern.Matches(html).Select(m => new Element(
            AttributePattern().Matches(m.Groups["attributes"].Value).ToDictionary(a => a.Groups["name"].Value, a => WebUtility.HtmlDecode(a.Groups["value"].Value)),
            WebUtility.HtmlDecode(TagPattern().Replace(m.Groups["text"].Value, ""))))];

    [GeneratedRegex("""\s(?<name>href|src)="(?<value>[^"]*)"|\s(?<name>href|src)=(?<value>[^\s>"]+)""")]
    private static partial Regex UrlPattern();

    [GeneratedRegex("""\sid="(?<value>[^"]*)"|\sid=(?<value>[^\s>"]+)""")]
    private static partial Regex IdPattern();

    [GeneratedRegex("""<a(?<attributes>(\s[^>]*)?)>(?<text>.*?)</a>""", RegexOptions.Singleline)]
    private static partial Regex AnchorPattern();

    [GeneratedRegex("""<span(?<attributes>(\s[^>]*)?)>(?<text>[^<]*)</span>""")]
    private static partial Regex LeafSpanPattern();

    [GeneratedRegex("(?<name>[a-z-]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex TagNamePattern();

    [GeneratedRegex("""<div class="text"[^>]*>(?<text>.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex TextPattern();
}
