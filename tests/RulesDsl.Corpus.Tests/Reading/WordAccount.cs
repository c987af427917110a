using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// Accounts for every word of one source document: the words of its Markdown body (front matter and markup left out)
/// against the words the reader kept, in provisions (labels, headings, text, notes), in divisions (label, title), set
/// aside as boilerplate, or kept as unclassified. A word the reader dropped is <see cref="Missing"/>; a word it kept
/// that the body does not hold (a label taken from front matter) is <see cref="Added"/>. Words are runs of letters and
/// digits, so "10&lt;sup&gt;25&lt;/sup&gt;" and "10^25", or "general-" / "purpose" and "general-purpose", count the same.
/// </summary>
internal sealed partial record WordAccount(int BodyWords, IReadOnlyList<string> Missing, IReadOnlyList<string> Added)
{
    public static WordAccount Of(LegalCorpus corpus, SourceDocument document, string markdown)
    {
        var body = Words(Body(markdown));
        var kept = new List<string>();
        var provisions = corpus.Provisions.Where(p => p.Position.File == document.Path).ToList();
        foreach (var provision in provisions)
        {
            kept.AddRange(Words(provision.Text));
        }

        // Each version of a page that keeps several repeats the article's or annex's heading, printed once.
        foreach (var provision in provisions.DistinctBy(p => p.Id.Parent is null ? (p.Id, null) : (p.Id, p.Version)))
        {
            kept.AddRange(Words(provision.Label));
            kept.AddRange(Words(provision.Heading ?? ""));
        }

        // A note called twice is one footnote of the source.
        foreach (var note in corpus.Provisions.Where(p => p.Position.File == document.Path).SelectMany(p => p.Notes).Distinct())
        {
            kept.AddRange(Words(note.Number));
            kept.AddRange(Words(note.Text));
        }

        kept.AddRange(document.Divisions.SelectMany(d => Words(d.Label).Concat(Words(d.Title ?? ""))));
        kept.AddRange(document.Boilerplate.Concat(document.Unclassified).SelectMany(s => Words(s.Text)));
        return new WordAccount(body.Count, Subtract(body, kept), Subtract(kept, body));
    }

    public override string ToString() =>
        $"{BodyWords} words; missing: [{string.Join(' ', Missing)}]; added: [{string.Join(' ', Added)}]";

    /// <summary>The Markdown body without its front matter and the markup that is not words of the text.</summary>
    private static string Body(string markdown)
    {
        var text = FrontMatter().Replace(markdown, "");
        text = Link().Replace(text, "${words}");
        text = NoteCall().Replace(text, "");
        text = BlockId().Replace(text, "");
        text = ContainerFence().Replace(text, "");
        return HtmlTag().Replace(text, " ");
    }

    private static List<string> Words(string text) => [.. Word().Matches(text).Select(m => m.Value)];

    private static List<string> Subtract(IEnumerable<string> from, IEnumerable<string> take)
    {
        var left = from.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        foreach (var word in take)
        {
            if (left.TryGetValue(word, out var count))
            {
                left[word] = count - 1;
            }
        }

        return [.. left.Where(p => p.Value > 0).SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\A---\r?\n.*?\r?\n---\r?\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"\[(?<words>[^\]]*)\]\([^)\s]*\)")]
    private static partial Regex Link();

    // "[^57]" in the text calls the note; "[^57]:" at the end is the note itself, whose number is a word of it.
    [GeneratedRegex(@"\[\^[^\]]+\](?!:)")]
    private static partial Regex NoteCall();

    [GeneratedRegex(@"(?:^|[ \t])\^[A-Za-z0-9][A-Za-z0-9_.-]*[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex BlockId();

    [GeneratedRegex(@"^:::.*$", RegexOptions.Multiline)]
    private static partial Regex ContainerFence();

    [GeneratedRegex(@"<[^>\n]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}
