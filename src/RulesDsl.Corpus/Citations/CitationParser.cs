using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>
/// Reads one citation with one language's grammar. Written by hand rather than as a regular expression so that a
/// failure can say what was expected at which character. Case is ignored and whitespace between parts is free.
/// </summary>
internal sealed partial class CitationParser
{
    private const int MaxQuotedLength = 20;

    private readonly CitationGrammar grammar;
    private readonly string text;
    private readonly List<string> expected = [];
    private int expectedAt = -1;
    private int position;
    private bool wordRecognised;
    private CitationError? error;

    private CitationParser(CitationGrammar grammar, string text)
    {
        this.grammar = grammar;
        this.text = text;
    }

    private enum Part
    {
        Absent,
        Found,
        Failed,
    }

    /// <returns>The result, and whether the text began with one of the grammar's provision words (so that a caller
    /// trying several languages can tell "not this language" from "this language, but malformed").</returns>
    public static (CitationParseResult Result, bool WordRecognised) Parse(CitationGrammar grammar, string text)
    {
        var parser = new CitationParser(grammar, text);
        var id = parser.ReadCitation();
        var result = id is null
            ? CitationParseResult.Failure(parser.error!)
            : CitationParseResult.Success(new Citation(id, grammar.Language));
        return (result, parser.wordRecognised);
    }

    /// <summary>What stands at <paramref name="at"/>, for "found …" in a message: a word or number, one character, or
    /// the end.</summary>
    public static string DescribeFound(string text, int at)
    {
        if (at >= text.Length)
        {
            return "the end of the text";
        }

        if (!char.IsLetterOrDigit(text[at]))
        {
            return $"'{text[at]}'";
        }

        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end - at > MaxQuotedLength ? $"'{text.Substring(at, MaxQuotedLength)}…'" : $"'{text[at..end]}'";
    }

    private ProvisionId? ReadCitation()
    {
        SkipSpace();
        ProvisionId? id;
        if (TryWord(grammar.Article) is { } article)
        {
            wordRecognised = true;
            id = ReadArticle(article);
        }
        else if (TryWord(grammar.Annex) is { } annex)
        {
            wordRecognised = true;
            id = ReadAnnex(annex);
        }
        else if (TryWord(grammar.Recital) is { } recital)
        {
            wordRecognised = true;
            id = ReadRecital(recital);
        }
        else
        {
            return Fail<ProvisionId>($"expected '{grammar.Article[0]}', '{grammar.Annex[0]}' or '{grammar.Recital[0]}'");
        }

        if (id is null)
        {
            return null;
        }

        SkipSpace();
        if (position < text.Length)
        {
            var options = expectedAt == position ? expected : [];
            return Fail<ProvisionId>($"expected {Alternatives([.. options, "the end of the citation"])}");
        }

        return id;
    }

    private ProvisionId? ReadArticle(string word)
    {
        if (ReadNumber(NumberPattern(), $"the article number after '{word}', e.g. 51") is not { } number)
        {
            return null;
        }

        var id = ProvisionId.Parse($"art_{number}");
        if (grammar.ParagraphForm == ParagraphForm.Worded)
        {
            return ReadParts(id, withParagraph: true);
        }

        SkipSpace();
        if (!TryChar('('))
        {
            Expect("'(' and a paragraph number");
            return ReadParts(id, withParagraph: false);
        }

        if (ReadNumber(NumberPattern(), "the paragraph number after '(', e.g. (1)") is not { } paragraph
            || !ReadChar(')', "')' to close the paragraph number"))
        {
            return null;
        }

        id = ProvisionId.Parse($"{id}__para_{paragraph}");
        SkipSpace();

        // "Article 51(1)(a)": the short form English texts use for a point of a paragraph.
        return TryChar('(') ? ReadPointLabel(id, "(", opened: true) : ReadParts(id, withParagraph: false);
    }

    private ProvisionId? ReadAnnex(string word)
    {
        SkipSpace();
        var start = position;
        var number = ReadRun(char.IsAsciiLetter).ToUpperInvariant();
        if (number.Length == 0 || !ProvisionId.TryParse($"anx_{number}", out var id))
        {
            return FailAt<ProvisionId>(start, $"expected the annex number in Roman numerals after '{word}', e.g. XIII");
        }

        return ReadParts(id, withParagraph: false);
    }

    private ProvisionId? ReadRecital(string word) =>
        ReadNumber(RecitalPattern(), $"the recital number after '{word}', e.g. 111") is { } number
            ? ProvisionId.Parse($"rct_{number}")
            : null;

    /// <summary>Reads the optional worded paragraph ("lid 1") and point ("punt a)") after an article or annex.</summary>
    private ProvisionId? ReadParts(ProvisionId id, bool withParagraph)
    {
        var (part, word) = ReadPartWord(withParagraph);
        if (part == Part.Failed)
        {
            return null;
        }

        if (part == Part.Absent)
        {
            return id;
        }

        if (withParagraph && grammar.Paragraph.Contains(word, StringComparer.OrdinalIgnoreCase))
        {
            if (ReadNumber(NumberPattern(), $"the paragraph number after '{word}', e.g. 1") is not { } paragraph)
            {
                return null;
            }

            id = ProvisionId.Parse($"{id}__para_{paragraph}");
            (part, word) = ReadPartWord(withParagraph: false);
            if (part != Part.Found)
            {
                return part == Part.Absent ? id : null;
            }
        }

        return ReadPointLabel(id, word, opened: false);
    }

    /// <summary>Reads ", word" or " word" naming a point, or a paragraph too; a comma promises such a word, so a comma
    /// without one is an error.</summary>
    private (Part Part, string Word) ReadPartWord(bool withParagraph)
    {
        var start = position;
        SkipSpace();
        var afterSpace = position;
        var comma = TryChar(',');
        SkipSpace();
        if (TryWord(withParagraph ? [.. grammar.Paragraph, .. grammar.Point] : grammar.Point) is { } word)
        {
            return (Part.Found, word);
        }

        string[] wanted = withParagraph ? [grammar.Paragraph[0], .. PointWords()] : [.. PointWords()];
        var quoted = wanted.Select(w => $"'{w}'").ToList();
        if (comma)
        {
            Report(position, $"expected {Alternatives(quoted)} after ','");
            return (Part.Failed, "");
        }

        position = afterSpace;
        quoted.ForEach(Expect);
        position = start;
        return (Part.Absent, "");
    }

    private IEnumerable<string> PointWords() => new[] { grammar.LetteredPoint[0], grammar.NumberedPoint[0] }.Distinct();

    /// <summary>Reads a point's label in any of the forms "(a)", "a)" and "a".</summary>
    private ProvisionId? ReadPointLabel(ProvisionId parent, string after, bool opened)
    {
        SkipSpace();
        var open = opened || TryChar('(');
        SkipSpace();
        var start = position;
        var label = ReadRun(char.IsAsciiLetterOrDigit);
        if (label.Length == 0)
        {
            return Fail<ProvisionId>($"expected the point's label after '{after}', e.g. {grammar.DecoratePointLabel("a")}");
        }

        if (!ProvisionId.TryParse($"{parent}__pnt_{label.ToLowerInvariant()}", out var id))
        {
            return FailAt<ProvisionId>(start,
                $"expected a point label (a letter, a Roman numeral or a number such as {grammar.DecoratePointLabel("a")}, " +
                $"{grammar.DecoratePointLabel("iv")} or {grammar.DecoratePointLabel("63")})");
        }

        SkipSpace();
        var closed = TryChar(')');
        return open && !closed ? Fail<ProvisionId>("expected ')' to close the point's label") : id;
    }

    /// <summary>Reads a number as the pattern allows it, without leading zeros and with any letter suffix in lower case
    /// ("4a").</summary>
    private string? ReadNumber(Regex pattern, string what)
    {
        SkipSpace();
        var start = position;
        var run = ReadRun(char.IsAsciiLetterOrDigit);
        if (!pattern.IsMatch(run))
        {
            return FailAt<string>(start, $"expected {what}");
        }

        var suffixAt = char.IsAsciiLetter(run[^1]) ? run.Length - 1 : run.Length;
        var digits = run[..suffixAt].TrimStart('0');
        return (digits.Length == 0 ? "0" : digits) + run[suffixAt..].ToLowerInvariant();
    }

    private string? TryWord(ImmutableArray<string> words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            var end = position + word.Length;
            var matches = end <= text.Length
                && string.Compare(text, position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || word.EndsWith('.') || !char.IsLetter(text[end]));
            if (matches && word.Length > longest)
            {
                longest = word.Length;
            }
        }

        if (longest == 0)
        {
            return null;
        }

        var found = text.Substring(position, longest);
        position += longest;
        return found;
    }

    private string ReadRun(Func<char, bool> isPart)
    {
        var start = position;
        while (position < text.Length && isPart(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    private bool TryChar(char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private bool ReadChar(char c, string what)
    {
        SkipSpace();
        if (TryChar(c))
        {
            return true;
        }

        Report(position, $"expected {what}");
        return false;
    }

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    /// <summary>Notes what else could have stood at the current position, for the message if the citation goes on with
    /// something else there.</summary>
    private void Expect(string what)
    {
        if (position > expectedAt)
        {
            expected.Clear();
            expectedAt = position;
        }

        expected.Add(what);
    }

    private T? Fail<T>(string message)
        where T : class => FailAt<T>(position, message);

    private T? FailAt<T>(int at, string message)
        where T : class
    {
        Report(at, message);
        return null;
    }

    private void Report(int at, string message) =>
        error = new CitationError(at + 1, $"{message}, found {DescribeFound(text, at)}");

    /// <summary>"'a'", "'a' or 'b'", "'a', 'b' or 'c'".</summary>
    private static string Alternatives(IReadOnlyList<string> options) =>
        options.Count == 1 ? options[0] : $"{string.Join(", ", options.Take(options.Count - 1))} or {options[^1]}";

    // An article or paragraph number, with the letter of an inserted one ("4a").
    [GeneratedRegex("^[0-9]+[a-zA-Z]?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex RecitalPattern();
}
