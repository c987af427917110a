using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;

namespace RulesDsl.Corpus.Reading;

/// <summary>One line of a Markdown block as plain text, with the links written on it.</summary>
internal sealed record InlineLine(MappedText Text, IReadOnlyList<TermLink> Links)
{
    public string Plain => Text.ToString();
}

/// <summary>
/// Reads the inlines of a Markdown block into plain lines: link markup gives way to the linked words (and the
/// inflection glued to them is recorded), escapes and entities to the characters they stand for, superscripts and
/// subscripts to <c>^</c> and <c>_</c> before them ("10&lt;sup&gt;25&lt;/sup&gt;" is "10^25", so the number keeps its value), and
/// a footnote call to nothing: the note is handed to <c>onNote</c>, to be kept with the provision that calls it.
/// </summary>
internal static partial class InlineText
{
    public static List<InlineLine> Lines(LeafBlock block, SourceText file, Action<LinkInline> onLink, Action<FootnoteLink>? onNote = null)
    {
        var lines = new List<InlineLine>();
        var text = new MappedText();
        var links = new List<TermLink>();
        if (block.Inline is not null)
        {
            Walk(block.Inline, file, ref text, ref links, lines, onLink, onNote);
        }

        Flush(ref text, ref links, lines);
        return lines;
    }

    /// <summary>
    /// Joins lines that were wrapped by hand: with a space, or with none where the break fell after the hyphen of a
    /// compound (<c>general-</c> / <c>purpose</c> is "general-purpose").
    /// </summary>
    public static MappedText Join(IEnumerable<InlineLine> lines, out List<TermLink> links)
    {
        var joined = new MappedText();
        links = [];
        foreach (var line in lines)
        {
            if (joined.Length > 0 && !IsBrokenCompound(joined, line.Plain))
            {
                joined.Append(" ", joined.SourceOffset(joined.Length - 1) + 1);
            }

            joined.Append(line.Text);
            links.AddRange(line.Links);
        }

        return joined;
    }

    private static bool IsBrokenCompound(MappedText before, string next) =>
        before.Length > 1 && before[before.Length - 1] == '-' && char.IsLetter(before[before.Length - 2])
        && next.Length > 0 && char.IsLower(next[0]);

    private static void Walk(
        ContainerInline container, SourceText file, ref MappedText text, ref List<TermLink> links, List<InlineLine> lines,
        Action<LinkInline> onLink, Action<FootnoteLink>? onNote)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LineBreakInline:
                    Flush(ref text, ref links, lines);
                    break;
                case LinkInline { IsImage: false } link:
                    onLink(link);
                    var position = file.PositionOf(link.Span.Start);
                    var words = new MappedText();
                    var ignoredLinks = new List<TermLink>();
                    Walk(link, file, ref words, ref ignoredLinks, lines, onLink, onNote);
                    var suffix = GluedSuffix(link.NextSibling);
                    text.Append(words);
                    links.Add(new TermLink(words.ToString(), suffix, link.Url ?? "", position));
                    break;
                case FootnoteLink { IsBackLink: false } note:
                    onNote?.Invoke(note);
                    break;
                case ContainerInline nested:
                    Walk(nested, file, ref text, ref links, lines, onLink, onNote);
                    break;
                case LiteralInline literal:
                    AppendLiteral(text, literal, file);
                    break;
                case CodeInline code:
                    text.Append(code.Content, code.Span.Start + code.DelimiterCount);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString(), entity.Span.Start);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url, autolink.Span.Start + 1);
                    break;
                case HtmlInline html when ScriptTag().Match(html.Tag) is { Success: true } script:
                    // The opening tag stands for the mark; the closing tag for nothing.
                    if (!script.Groups["close"].Success)
                    {
                        text.Append(script.Groups["name"].Value.Equals("sup", StringComparison.OrdinalIgnoreCase) ? "^" : "_", html.Span.Start);
                    }

                    break;
                case HtmlInline html:
                    text.Append(html.Tag, html.Span.Start);
                    break;
            }
        }
    }

    private static void AppendLiteral(MappedText text, LiteralInline literal, SourceText file)
    {
        var content = literal.Content.ToString();
        var start = literal.Span.Start;
        // Markdig's span of an escaped character ("1\.") starts at the backslash; the text starts after it.
        if (start < file.Text.Length && file.Text[start] == '\\' && !content.StartsWith('\\'))
        {
            start++;
        }

        text.Append(content, start);
    }

    private static string GluedSuffix(Inline? next) =>
        next is LiteralInline literal ? GluedSuffixPattern().Match(literal.Content.ToString()).Value : "";

    private static void Flush(ref MappedText text, ref List<TermLink> links, List<InlineLine> lines)
    {
        text.TrimEnd();
        if (text.Length > 0 || links.Count > 0)
        {
            lines.Add(new InlineLine(text, links));
        }

        text = new MappedText();
        links = [];
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>sup|sub)\s*>$", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    // Letters written straight after a link belong to the same word: "’s", "en", "set".
    [GeneratedRegex(@"^(?:[’']?\p{L})[\p{L}\p{M}]*")]
    private static partial Regex GluedSuffixPattern();
}
