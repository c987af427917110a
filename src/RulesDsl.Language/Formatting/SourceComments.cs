using RulesDsl.Language.Parsing;

namespace RulesDsl.Language.Formatting;

/// <summary>One comment line of a source: its text from the <c>#</c>, and whether a blank line came between it and the
/// line with content or comment before it.</summary>
internal readonly record struct CommentLine(string Text, bool BlankBefore);

/// <summary>
/// The comments of a rules file by line, as the formatter puts them back: the comment lines (blank lines among them
/// noted), and the comment that trails a line's content. A <c>#</c> starts a comment outside quotes, as the parser reads it.
/// </summary>
internal sealed class SourceComments
{
    private readonly List<int> lineStarts = [0];
    private readonly string?[] fullLine;
    private readonly string?[] trailing;
    private readonly bool[] blank;

    public SourceComments(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        fullLine = new string?[LineCount];
        trailing = new string?[LineCount];
        blank = new bool[LineCount];
        for (var line = 0; line < LineCount; line++)
        {
            var start = lineStarts[line];
            var end = line + 1 < LineCount ? lineStarts[line + 1] - 1 : text.Length;
            var comment = RulesParser.CommentStart(text, start, end);
            var content = text.AsSpan(start, (comment ?? end) - start);
            var commentText = comment is { } at ? text[at..end].TrimEnd() : null;
            if (!content.IsWhiteSpace())
            {
                trailing[line] = commentText;
            }
            else if (commentText is not null)
            {
                fullLine[line] = commentText;
            }
            else
            {
                blank[line] = true;
            }
        }
    }

    public int LineCount => lineStarts.Count;

    /// <summary>The line (from 0) a position of the source is on.</summary>
    public int LineOf(int position)
    {
        var index = lineStarts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The comment lines right before <paramref name="line"/> (or the file's end), back to the line with
    /// content before them, in order.</summary>
    public List<CommentLine> Before(int line)
    {
        var comments = new List<CommentLine>();
        for (var previous = line - 1; previous >= 0 && (blank[previous] || fullLine[previous] is not null); previous--)
        {
            if (fullLine[previous] is { } text)
            {
                comments.Add(new CommentLine(text, BlankBefore(previous)));
            }
        }

        comments.Reverse();
        return comments;
    }

    /// <summary>Whether the line before <paramref name="line"/> is blank.</summary>
    public bool BlankBefore(int line) => line > 0 && blank[line - 1];

    /// <summary>The comment at the end of a line with content, if any.</summary>
    public string? Trailing(int line) => trailing[line];
}
