using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Languages;
using RulesDsl.Language.Syntax;
using Sprache;

namespace RulesDsl.Language.Parsing;

/// <summary>
/// The tokens of the rules language as Sprache parsers over a <see cref="SliceInput"/>. Each starts exactly at its
/// token and skips the spaces after it, never a line break: a clause ends with its line. A token that does not match
/// fails where it started, so that XOr, XOptional and XMany read the mismatch as "not this one"; a token that fails
/// halfway (an unclosed string) fails where it broke off, which commits the grammar to it.
/// </summary>
internal static partial class Tokens
{
    /// <summary>Words that read as operators or values in a condition, so they cannot name anything.</summary>
    private static readonly FrozenSet<string> Reserved =
        new[] { "and", "or", "not", "contains", "as", "is", "yes", "no", "today", "earliest", "latest" }.ToFrozenSet(StringComparer.Ordinal);

    public const string EndOfLine = "the end of the line";

    /// <summary>A number's exponent fits an int with room for the digits the value is normalized by.</summary>
    private const int MaxExponentDigits = 9;

    private const string ExponentExpected = "an exponent (at most 9 digits)";

    private static bool IsSpace(char c) => c != '\n' && char.IsWhiteSpace(c);

    public static bool IsWordChar(char c) => char.IsLetter(c) || char.IsAsciiDigit(c) || c == '_';

    /// <summary>Where a word (a letter, then letters, digits and <c>_</c>) that starts at <paramref name="start"/> ends.</summary>
    public static int WordEnd(string text, int start, int limit)
    {
        if (start >= limit || !char.IsLetter(text[start]))
        {
            return start;
        }

        var end = start + 1;
        while (end < limit && IsWordChar(text[end]))
        {
            end++;
        }

        return end;
    }

    public static IResult<T> Failure<T>(IInput input, string expected) =>
        Result.Failure<T>(input, $"expected {expected}", [expected]);

    private static IResult<T> FailureAt<T>(IInput input, int at, string expected)
    {
        var slice = (SliceInput)input;
        return Failure<T>(at == slice.Position ? input : slice.At(at, slice.TokenEnd), expected);
    }

    private static IResult<T> Success<T>(IInput input, int end, T value)
    {
        var slice = (SliceInput)input;
        var next = SkipSpaces(slice.Source, end, slice.End);
        if (slice.ContinuesDeeperThan is { } indentation && next < slice.End && slice.Source[next] == '\n')
        {
            var lineStart = next + 1;
            var content = SkipSpaces(slice.Source, lineStart, slice.End);
            if (content - lineStart > indentation && content < slice.End && slice.Source[content] is not ('\n' or '#'))
            {
                next = content;
            }
        }

        return Result.Success(value, slice.At(next, end));
    }

    /// <summary>
    /// <paramref name="body"/> read as a condition that may go on over the following lines indented deeper than the
    /// line it starts on (<c>when a</c>, then <c>    and b</c>); a line with a comment ends it, as a comment ends a line.
    /// </summary>
    public static Parser<T> Continued<T>(Parser<T> body) => input =>
    {
        var slice = (SliceInput)input;
        var lineStart = slice.Source.LastIndexOf('\n', Math.Max(slice.Position - 1, 0)) + 1;
        var result = body(slice.Continuing(SkipSpaces(slice.Source, lineStart, slice.End) - lineStart));
        return result.WasSuccessful ? Result.Success(result.Value, ((SliceInput)result.Remainder).Continuing(null)) : result;
    };

    /// <summary>The word <paramref name="word"/>, whole: <c>when</c> does not match the start of <c>whenever</c>.</summary>
    public static Parser<TextSpan> Keyword(string word) => input =>
    {
        var slice = (SliceInput)input;
        var end = WordEnd(slice.Source, slice.Position, slice.End);
        return end - slice.Position == word.Length && string.CompareOrdinal(slice.Source, slice.Position, word, 0, word.Length) == 0
            ? Success(input, end, new TextSpan(slice.Position, word.Length))
            : Failure<TextSpan>(input, $"'{word}'");
    };

    /// <summary>A keyword kept as a name, for the units written after a number.</summary>
    public static Parser<Name> KeywordName(string word) => Keyword(word).Select(span => new Name(word, span));

    /// <summary>A name: a word that is not <see cref="Reserved"/>.</summary>
    public static Parser<Name> Name(string expected) => input =>
    {
        var slice = (SliceInput)input;
        var end = WordEnd(slice.Source, slice.Position, slice.End);
        var text = slice.Source[slice.Position..end];
        return end == slice.Position || Reserved.Contains(text)
            ? Failure<Name>(input, expected)
            : Success(input, end, new Name(text, TextSpan.FromBounds(slice.Position, end)));
    };

    /// <summary>The name of an act: a corpus folder such as <c>eu-ai-act</c>, so hyphens and dots are allowed.</summary>
    public static readonly Parser<Name> ActName = input =>
    {
        var slice = (SliceInput)input;
        var end = slice.Position;
        while (end < slice.End && (char.IsLetterOrDigit(slice.Source[end]) || slice.Source[end] is '_' or '-' or '.'))
        {
            end++;
        }

        return end == slice.Position
            ? Failure<Name>(input, "the name of an act")
            : Success(input, end, new Name(slice.Source[slice.Position..end], TextSpan.FromBounds(slice.Position, end)));
    };

    public static Parser<TextSpan> Symbol(string symbol) => input =>
    {
        var slice = (SliceInput)input;
        return slice.End - slice.Position >= symbol.Length && string.CompareOrdinal(slice.Source, slice.Position, symbol, 0, symbol.Length) == 0
            ? Success(input, slice.Position + symbol.Length, new TextSpan(slice.Position, symbol.Length))
            : Failure<TextSpan>(input, $"'{symbol}'");
    };

    /// <summary>Text in double quotes on one line, as a name spanning the text inside the quotes.</summary>
    public static Parser<Name> Quoted(string expected) => input =>
    {
        var slice = (SliceInput)input;
        var text = slice.Source;
        if (slice.AtEnd || slice.Current != '"')
        {
            return Failure<Name>(input, expected);
        }

        var close = slice.Position + 1;
        while (close < slice.End && text[close] is not ('"' or '\n'))
        {
            close++;
        }

        if (close == slice.End || text[close] != '"')
        {
            return FailureAt<Name>(input, TrimEnd(text, slice.Position + 1, close), "'\"'");
        }

        return Success(input, close + 1, new Name(text[(slice.Position + 1)..close], TextSpan.FromBounds(slice.Position + 1, close)));
    };

    /// <summary><c>^capgi</c>: a block anchor of the corpus.</summary>
    public static readonly Parser<TermSyntax> Anchor = input =>
    {
        var slice = (SliceInput)input;
        var text = slice.Source;
        if (slice.AtEnd || slice.Current != '^')
        {
            return Failure<TermSyntax>(input, "'^'");
        }

        var end = slice.Position + 1;
        while (end < slice.End && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-'))
        {
            end++;
        }

        return end == slice.Position + 1
            ? FailureAt<TermSyntax>(input, end, "the name of an anchor")
            : Success(input, end, new TermSyntax(text[(slice.Position + 1)..end], null, TextSpan.FromBounds(slice.Position, end)));
    };

    /// <summary>Whether a date (four digits, two, two, joined by hyphens) starts here: then it is read as one, or fails.</summary>
    public static bool IsDateShaped(string text, int start, int limit) =>
        limit - start >= 10
        && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2]) && char.IsAsciiDigit(text[start + 3])
        && text[start + 4] == '-' && char.IsAsciiDigit(text[start + 5]) && char.IsAsciiDigit(text[start + 6])
        && text[start + 7] == '-' && char.IsAsciiDigit(text[start + 8]) && char.IsAsciiDigit(text[start + 9]);

    public static readonly Parser<DateLiteral> Date = input =>
    {
        const string expected = "a date (YYYY-MM-DD)";
        var slice = (SliceInput)input;
        var start = slice.Position;
        var end = start + 10;
        if (!IsDateShaped(slice.Source, start, slice.End)
            || (end < slice.End && (IsWordChar(slice.Source[end]) || slice.Source[end] == '-'))
            || !DateOnly.TryParseExact(slice.Source.AsSpan(start, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Failure<DateLiteral>(input, expected);
        }

        return Success(input, end, new DateLiteral(date, new TextSpan(start, 10)));
    };

    /// <summary>
    /// A number as the law writes it (<c>10^25</c>, <c>1e25</c>, <c>15e12</c>, <c>10 000</c>, and thousands and
    /// decimals per <paramref name="style"/>), with its exact value, normalized so that the significand has no
    /// trailing zeros.
    /// </summary>
    public static Parser<NumberLiteral> Number(NumberStyle style) => input =>
    {
        var slice = (SliceInput)input;
        var text = slice.Source;
        var start = slice.Position;
        var end = DigitsEnd(text, start, slice.End);
        if (end == start)
        {
            return Failure<NumberLiteral>(input, "a number");
        }

        if (end - start == 2 && text[start] == '1' && text[start + 1] == '0' && end < slice.End && text[end] == '^')
        {
            var power = Exponent(text, end + 1, slice.End);
            return power.End <= 0
                ? FailureAt<NumberLiteral>(input, end + 1, ExponentExpected)
                : Literal(input, power.End, "1", power.Value);
        }

        var digits = new StringBuilder(text, start, end - start, end - start);
        if (end - start <= 3)
        {
            end = Groups(text, end, slice.End, style.ThousandsSign, digits);
        }

        long exponent = 0;
        if (end + 1 < slice.End && text[end] == style.DecimalSign && char.IsAsciiDigit(text[end + 1]))
        {
            var fractionEnd = DigitsEnd(text, end + 1, slice.End);
            digits.Append(text, end + 1, fractionEnd - end - 1);
            exponent -= fractionEnd - end - 1;
            end = fractionEnd;
        }

        if (end < slice.End && text[end] is 'e' or 'E')
        {
            var scientific = Exponent(text, end + 1, slice.End);
            if (scientific.End == -1)
            {
                return FailureAt<NumberLiteral>(input, end + 1, ExponentExpected);
            }

            if (scientific.End > 0)
            {
                exponent += scientific.Value;
                end = scientific.End;
            }
        }

        return Literal(input, end, digits.ToString(), exponent);
    };

    private static IResult<NumberLiteral> Literal(IInput input, int end, string digits, long exponent)
    {
        var slice = (SliceInput)input;
        var significant = digits.TrimEnd('0');
        var value = significant.Length == 0 ? BigInteger.Zero : BigInteger.Parse(significant, NumberStyles.None, CultureInfo.InvariantCulture);
        exponent = significant.Length == 0 ? 0 : exponent + digits.Length - significant.Length;
        if (exponent is < int.MinValue or > int.MaxValue)
        {
            return Failure<NumberLiteral>(input, "a number whose exponent fits");
        }

        var span = TextSpan.FromBounds(slice.Position, end);
        return Success(input, end, new NumberLiteral(slice.Source[slice.Position..end], value, (int)exponent, null, span));
    }

    private static int DigitsEnd(string text, int start, int limit)
    {
        var end = start;
        while (end < limit && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Groups of three digits after a lead of one to three, each after the same separator: a space or <paramref name="groupSeparator"/>.</summary>
    private static int Groups(string text, int end, int limit, char groupSeparator, StringBuilder digits)
    {
        var separator = end < limit && text[end] == groupSeparator ? groupSeparator : ' ';
        while (end + 4 <= limit
            && text[end] == separator
            && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2]) && char.IsAsciiDigit(text[end + 3])
            && (end + 4 == limit || !char.IsAsciiDigit(text[end + 4])))
        {
            digits.Append(text, end + 1, 3);
            end += 4;
        }

        return end;
    }

    /// <summary>
    /// An exponent from <paramref name="start"/>: an optional sign and digits. End 0: there is none (no digit); end -1:
    /// it has too many digits; otherwise where it ends.
    /// </summary>
    private static (int End, int Value) Exponent(string text, int start, int limit)
    {
        var digitsStart = start < limit && text[start] is '-' or '+' ? start + 1 : start;
        var end = DigitsEnd(text, digitsStart, limit);
        if (end == digitsStart)
        {
            return (0, 0);
        }

        if (end - digitsStart > MaxExponentDigits)
        {
            return (-1, 0);
        }

        var value = int.Parse(text.AsSpan(digitsStart, end - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture);
        return (end, text[start] == '-' ? -value : value);
    }

    /// <summary>
    /// One citation of a <c>cites</c> line: the text up to the next <c>;</c>, comment or line end, trimmed, with a
    /// trailing <c>sentence N</c> taken apart. Citations are not read here: the binder resolves them.
    /// </summary>
    public static readonly Parser<CitationSyntax> Citation = input =>
    {
        var slice = (SliceInput)input;
        var text = slice.Source;
        var delimiter = slice.Position;
        while (delimiter < slice.End && text[delimiter] is not (';' or '#' or '\n'))
        {
            delimiter++;
        }

        var end = TrimEnd(text, slice.Position, delimiter);
        if (end == slice.Position)
        {
            return Failure<CitationSyntax>(input, "a citation");
        }

        var written = text[slice.Position..end];
        var span = TextSpan.FromBounds(slice.Position, end);
        var sentence = SentenceSuffix().Match(written);
        var citation = sentence.Success
            ? new CitationSyntax(sentence.Groups["citation"].Value, int.Parse(sentence.Groups["sentence"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture), span)
            : new CitationSyntax(written, null, span);
        return Success(input, end, citation);
    };

    [GeneratedRegex(@"^(?<citation>.*\S)\s+sentence\s+(?<sentence>[0-9]{1,9})$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceSuffix();

    /// <summary>
    /// The end of a line's content: an optional comment and the line break (or the end of the declaration), then any
    /// blank or comment lines and the next line's indentation. Its value is where the line's content ended.
    /// </summary>
    public static readonly Parser<int> LineEnd = input =>
    {
        var slice = (SliceInput)input;
        var end = SkipComment(slice.Source, slice.Position, slice.End);
        if (end == slice.End)
        {
            return Result.Success(slice.TokenEnd, slice.At(end, slice.TokenEnd));
        }

        return slice.Source[end] != '\n'
            ? Failure<int>(input, EndOfLine)
            : Result.Success(slice.TokenEnd, slice.At(SkipBlankLines(slice.Source, end + 1, slice.End), slice.TokenEnd));
    };

    /// <summary>Blank and comment lines from the start of a line, and the indentation of the first line with content.</summary>
    public static readonly Parser<int> BlankLines = input =>
    {
        var slice = (SliceInput)input;
        return Result.Success(slice.TokenEnd, slice.At(SkipBlankLines(slice.Source, slice.Position, slice.End), slice.TokenEnd));
    };

    /// <summary>The end of the declaration's text: the next declaration starts here.</summary>
    public static readonly Parser<int> EndOfDeclaration = input =>
        input.AtEnd ? Result.Success(input.Position, input) : Failure<int>(input, "a new declaration");

    /// <summary>
    /// A parser named before it exists, for the recursion of nested expressions; it fails instead of recursing further
    /// when the stack runs low, since a stack overflow would end the process.
    /// </summary>
    public static Parser<T> Deferred<T>(Func<Parser<T>> parser, string expected) => input =>
        RuntimeHelpers.TryEnsureSufficientExecutionStack() ? parser()(input) : Failure<T>(input, expected);

    private static int SkipSpaces(string text, int position, int limit)
    {
        while (position < limit && IsSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static int SkipComment(string text, int position, int limit)
    {
        if (position < limit && text[position] == '#')
        {
            while (position < limit && text[position] != '\n')
            {
                position++;
            }
        }

        return position;
    }

    /// <summary>From the start of a line: past every blank or comment line, to the next line's content after its indentation.</summary>
    private static int SkipBlankLines(string text, int lineStart, int limit)
    {
        while (true)
        {
            var content = SkipSpaces(text, lineStart, limit);
            var lineEnd = SkipComment(text, content, limit);
            if (lineEnd == limit)
            {
                return limit;
            }

            if (text[lineEnd] != '\n')
            {
                return content;
            }

            lineStart = lineEnd + 1;
        }
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
