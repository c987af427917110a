namespace RulesDsl.Corpus.Reading;

/// <summary>
/// Measures, in time linear in the text, how far Markdig's inline-link parser may read, so that text it would take
/// quadratic time over is refused before Markdig sees it. At every "](" Markdig reads a destination (up to white
/// space, or up to the ")" that closes its parentheses), white space and an optional title (up to its closing quote or
/// parenthesis, across lines); where that fails it goes on at the next character. A line of repeated "[x](" is read
/// to its end once per "](": 320 KB took 23 s. Every "[" is also an opener Markdig keeps until its paragraph ends.
/// </summary>
internal static class LinkSyntaxBudget
{
    /// <summary>
    /// Characters Markdig may read at the "](" of a paragraph, per character of the paragraph. A link that closes is
    /// read once, up to its ")", so law reads at most about one. Reading the whole paragraph again at each "](" of it is
    /// what this refuses.
    /// </summary>
    public const int ReadsPerCharacter = 16;

    /// <summary>
    /// Markdig's work on the "[" of a paragraph grows with their number times the "]" that close them, so a paragraph of
    /// n characters may hold √(16 n) of them: 506 in the longest paragraph of the corpus (the OJ's 16,031 characters),
    /// which holds 59; recital 111 (4,451 characters) holds 29 of its 266.
    /// </summary>
    public const int BracketsSquaredPerCharacter = 16;

    /// <summary>What of the text is over the budget: where, and which limit.</summary>
    public sealed record Overrun(int Offset, bool TooManyBrackets);

    /// <summary>The first place of the text whose link syntax is over the budget, or null if none is.</summary>
    public static Overrun? Find(string text)
    {
        var start = FrontMatterEnd(text);
        while (start < text.Length)
        {
            var end = ParagraphEnd(text, start);
            if (InParagraph(text, start, end) is { } overrun)
            {
                return overrun;
            }

            // Past the blank line that ended the paragraph, whole: stepping into it a character at a time would scan the
            // rest of a long line of spaces again at each.
            start = end < text.Length && text.IndexOf('\n', end) is var blankEnd and >= 0 ? blankEnd + 1 : text.Length;
        }

        return null;
    }

    /// <summary>
    /// Where the text after the front matter starts: the front matter is YAML, measured by its own limits, and Markdig
    /// reads no inlines in it. Without a closing fence the first "---" is no front matter and the text starts at 0.
    /// </summary>
    private static int FrontMatterEnd(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return 0;
        }

        for (var lineStart = 4; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimEnd(" \t");
            if (line is "---" or "...")
            {
                return lineEnd < 0 ? text.Length : lineEnd + 1;
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return 0;
    }

    /// <summary>
    /// The end of the paragraph that starts at <paramref name="start"/>: the line end before the next blank line, or
    /// the end of the text. Markdig reads inlines within a paragraph; a blank line ends every one.
    /// </summary>
    private static int ParagraphEnd(string text, int start)
    {
        var lineStart = start;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                return text.Length;
            }

            if (lineEnd > start && text.AsSpan(lineStart, lineEnd - lineStart).Trim(" \t").IsEmpty)
            {
                return lineStart;
            }

            lineStart = lineEnd + 1;
        }

        return text.Length;
    }

    private static Overrun? InParagraph(string text, int start, int end)
    {
        var length = end - start;
        if (length == 0 || (text.AsSpan(start, length).IndexOf('[') < 0))
        {
            return null;
        }

        var escaped = new bool[length];
        var balance = new int[length + 1];
        var brackets = 0L;
        var maxBrackets = (long)Math.Sqrt((double)BracketsSquaredPerCharacter * length);
        int? tooManyBrackets = null;
        for (var i = 0; i < length; i++)
        {
            var c = text[start + i];
            escaped[i] = i > 0 && text[start + i - 1] == '\\' && !escaped[i - 1];
            balance[i + 1] = balance[i] + (escaped[i] ? 0 : c == '(' ? 1 : c == ')' ? -1 : 0);
            if (c == '[' && !escaped[i] && ++brackets > maxBrackets)
            {
                tooManyBrackets ??= i;
            }
        }

        // The first place over either budget is reported, so that the message points at where the trouble starts.
        var reads = Reads(text, start, length, escaped, balance);
        var budget = (long)ReadsPerCharacter * length;
        long total = 0;
        for (var i = 1; i < (tooManyBrackets ?? length); i++)
        {
            if (text[start + i] == '(' && text[start + i - 1] == ']' && !escaped[i] && !escaped[i - 1])
            {
                total += reads(i);
                if (total > budget)
                {
                    return new Overrun(start + i - 1, TooManyBrackets: false);
                }
            }
        }

        return tooManyBrackets is { } at ? new Overrun(start + at, TooManyBrackets: true) : null;
    }

    /// <summary>
    /// How far, at most, Markdig reads from the "(" of a "](" (its offset in the paragraph given): each bound comes from
    /// an index of the next stop built once from the right, so each "](" costs constant time to measure.
    /// </summary>
    private static Func<int, int> Reads(string text, int start, int length, bool[] escaped, int[] balance)
    {
        var nextSpace = new int[length + 1];
        var nextNonSpace = new int[length + 1];
        var nextLineEnd = new int[length + 1];
        var nextAngle = new int[length + 1];
        var nextQuote = new int[length + 1];
        var nextApostrophe = new int[length + 1];
        var nextClose = new int[length + 1];
        var closesAt = new int[length];
        var lastAtBalance = new int[(2 * length) + 3];
        Array.Fill(lastAtBalance, length + 1);
        nextSpace[length] = nextNonSpace[length] = nextLineEnd[length] = nextAngle[length] = length;
        nextQuote[length] = nextApostrophe[length] = nextClose[length] = length;
        lastAtBalance[balance[length] + length + 1] = length;
        for (var i = length - 1; i >= 0; i--)
        {
            var c = text[start + i];
            var live = !escaped[i];
            nextSpace[i] = c <= ' ' ? i : nextSpace[i + 1];
            nextNonSpace[i] = c > ' ' ? i : nextNonSpace[i + 1];
            nextLineEnd[i] = c == '\n' ? i : nextLineEnd[i + 1];
            nextAngle[i] = live && c == '>' ? i : nextAngle[i + 1];
            nextQuote[i] = live && c == '"' ? i : nextQuote[i + 1];
            nextApostrophe[i] = live && c == '\'' ? i : nextApostrophe[i + 1];
            nextClose[i] = live && c == ')' ? i : nextClose[i + 1];

            // The ")" that ends a destination starting here is the first after which the balance of parentheses is
            // one below the balance before it.
            closesAt[i] = lastAtBalance[balance[i] - 1 + length + 1] - 1;
            lastAtBalance[balance[i] + length + 1] = i;
        }

        return open =>
        {
            var from = open + 1;
            int after;
            if (from >= length)
            {
                return 1;
            }

            if (text[start + from] == '<')
            {
                after = Math.Min(nextLineEnd[from], nextAngle[Math.Min(from + 1, length)]) + 1;
            }
            else
            {
                var end = Math.Min(nextSpace[from], closesAt[from]);
                if (end < length && text[start + end] == ')')
                {
                    return end - open + 1;
                }

                after = end;
            }

            var next = after >= length ? length : nextNonSpace[after];
            if (next < length && text[start + next] is '"' or '\'' or '(')
            {
                var closer = next + 1 >= length ? length : text[start + next] switch
                {
                    '"' => nextQuote[next + 1],
                    '\'' => nextApostrophe[next + 1],
                    _ => nextClose[next + 1],
                };
                next = closer + 1 >= length ? length : nextNonSpace[closer + 1];
            }

            return next - open + 1;
        };
    }
}
