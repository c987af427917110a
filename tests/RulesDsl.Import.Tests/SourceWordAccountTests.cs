using AngleSharp.Html.Parser;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Tests;

/// <summary>
/// Every word of the downloaded document is accounted for by the import: as law (labels, titles, text, footnotes),
/// as the document's frame (title, preamble, closing formula, signature), or as text set aside and reported.
/// </summary>
public class SourceWordAccountTests
{
    [TestCase("nl")]
    [TestCase("en")]
    public void No_word_of_the_Official_Journal_HTML_is_lost(string language)
    {
        var (path, (act, _)) = language == "nl" ? (Sources.Dutch, Sources.Nl) : (Sources.English, Sources.En);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(path));

        // Scripts and styles are code of the web page, not text of it.
        foreach (var code in document.QuerySelectorAll("script, style, noscript").ToList())
        {
            code.Remove();
        }

        var source = Count(Words(TextOf(document.Body!)));

        var imported = Count(ImportedWords(act));
        var missing = source.Where(w => imported.GetValueOrDefault(w.Key) < w.Value).Select(w => $"{w.Key} ×{w.Value - imported.GetValueOrDefault(w.Key)}").ToList();

        source.Values.Sum().ShouldBeGreaterThan(90_000);
        missing.ShouldBeEmpty($"{missing.Count} words of the source are in neither the law, the frame nor what was set aside: {string.Join(", ", missing.Take(40))}");
    }

    private static IEnumerable<string> ImportedWords(ImportedAct act)
    {
        IEnumerable<string> Of(ImportedProvision provision) =>
            new[] { provision.Label, provision.Title ?? "" }.Concat(provision.Text.Select(t => Spaced(t.Text))).Concat(provision.Parts.SelectMany(Of));

        IEnumerable<string> OfNode(ImportedNode node) => node switch
        {
            ImportedDivision division => new[] { division.Label, division.Title ?? "" }.Concat(division.Children.SelectMany(OfNode)),
            ImportedProvision provision => Of(provision),
            _ => [],
        };

        return act.Body.SelectMany(OfNode)
            .Concat(act.Frame.SelectMany(f => f.Paragraphs.Select(Spaced)))
            .Concat(act.Notes.Select(n => $"({n.Number}) {Spaced(n.Text)}"))
            .Concat(act.SetAside.Select(s => s.Text))
            .SelectMany(Words);
    }

    // A footnote call stands apart from the word it follows; a superscript stays with its number (10^25 is "1025").
    private static string Spaced(InlineText text) => string.Concat(text.Runs.Select(r => r.Kind == InlineKind.NoteReference ? $" {r.Text} " : r.Text));

    // The text of the page as a reader sees it: every element apart from its neighbours, but a superscript joined to
    // the number it raises, as the import keeps it.
    private static string TextOf(AngleSharp.Dom.INode node) => node switch
    {
        AngleSharp.Dom.IText text => text.Data,
        AngleSharp.Dom.IElement element when element.ClassList.Contains("oj-super") && !element.ClassList.Contains("oj-note-tag") => element.TextContent,
        _ => " " + string.Concat(node.ChildNodes.Select(TextOf)) + " ",
    };

    // Words without the punctuation around them: markup may set a footnote call or a label apart from its word.
    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('(', ')', '[', ']', '.', ',', ';', ':', '’', '‘', '“', '”', '*', '—', '–', '"', '\''))
            .Where(w => w.Length > 0);

    private static Dictionary<string, int> Count(IEnumerable<string> words) =>
        words.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
