using System.Text;

namespace RulesDsl.Fuzz;

/// <summary>
/// Makes inputs from seeds by stacking a few random edits: byte flips, chunks inserted, deleted, duplicated or spliced
/// from another seed, the target's structural tokens, long runs and deep nesting of one token, huge numbers, repeated
/// lines and changed line ends. The same <see cref="Random"/> state gives the same input.
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<FuzzInput> seeds, IReadOnlyList<string> tokens)
{
    /// <summary>Inputs are kept below this size: what the parsers must survive is shape, not bulk, and bulk costs throughput.</summary>
    public const int MaxLength = 64 * 1024;

    // Tokens every text front end meets: the ones that broke readers before (issue 14) and what encodings do wrong.
    private static readonly string[] CommonTokens =
    [
        "[", "](", "]", ">", "> ", "- ", "#", "---\n", "{", "}", "\"", "\\ud800", "\\udc00", "\u2028", "\u2029", "\uFEFF", "\0",
        "\r", "\n", "\r\n", "\t", " ", ":", ",", "(", ")", "\\", "|", "*", "`", "'", "\u202E", "\u200B", "\uFFFD", "\U0001F600",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1e25", "1e308", "1e309", "-1e309", "9007199254740993", "18446744073709551616", "1e-400", "NaN", "Infinity",
        "99999999999999999999999999999999999999999999999999", "0x10", "1_000", "10.000", "1,5", "2147483648", "-2147483649",
    ];

    private static readonly byte[] InterestingBytes = [0x00, 0x0A, 0x0D, 0x20, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xFE, 0xFF];

    private static readonly int[] RunLengths = [2, 8, 64, 300, 1_000, 5_000, 20_000, 50_000];

    /// <summary>A run's length: mostly short, one time in sixteen up to the tens of thousands that overflowed parsers' stacks (issue 14).</summary>
    private int RunLength() => RunLengths[random.Next(16) == 0 ? random.Next(RunLengths.Length) : random.Next(4)];

    /// <summary>A new input: a seed, edited one to five times.</summary>
    public FuzzInput Next()
    {
        var seed = seeds[random.Next(seeds.Count)];
        var bytes = new List<byte>(seed.Bytes);
        var edits = 1 + random.Next(random.Next(2) == 0 ? 2 : 5);
        for (var i = 0; i < edits; i++)
        {
            Edit(bytes);
            if (bytes.Count > MaxLength)
            {
                bytes.RemoveRange(MaxLength, bytes.Count - MaxLength);
            }
        }

        return seed with { Bytes = [.. bytes] };
    }

    private void Edit(List<byte> bytes)
    {
        switch (random.Next(16))
        {
            case 0:
                FlipBits(bytes);
                break;
            case 1:
                SetBytes(bytes);
                break;
            case 2 or 3 or 4:
                Insert(bytes, Token());
                break;
            case 5:
                InsertAtLineStart(bytes, Token());
                break;
            case 6:
                Delete(bytes);
                break;
            case 7:
                Duplicate(bytes);
                break;
            case 8:
                Splice(bytes);
                break;
            case 9:
                Crossover(bytes);
                break;
            case 10:
                LongRun(bytes);
                break;
            case 11:
                Nest(bytes);
                break;
            case 12:
                HugeNumber(bytes);
                break;
            case 13:
                RepeatLine(bytes);
                break;
            case 14:
                LineEnds(bytes);
                break;
            default:
                bytes.InsertRange(random.Next(2) == 0 ? 0 : Position(bytes), Encoding.UTF8.GetPreamble());
                break;
        }
    }

    private string Token() => random.Next(3) == 0 ? CommonTokens[random.Next(CommonTokens.Length)] : tokens[random.Next(tokens.Count)];

    private int Position(List<byte> bytes) => random.Next(bytes.Count + 1);

    private (int Start, int Length) Chunk(int count)
    {
        if (count == 0)
        {
            return (0, 0);
        }

        var start = random.Next(count);
        var length = 1 + random.Next(Math.Min(count - start, random.Next(2) == 0 ? 16 : 2_048));
        return (start, length);
    }

    private void FlipBits(List<byte> bytes)
    {
        for (var n = 1 + random.Next(8); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            bytes[at] ^= (byte)(1 << random.Next(8));
        }
    }

    private void SetBytes(List<byte> bytes)
    {
        for (var n = 1 + random.Next(4); n > 0 && bytes.Count > 0; n--)
        {
            bytes[random.Next(bytes.Count)] = InterestingBytes[random.Next(InterestingBytes.Length)];
        }
    }

    private void Insert(List<byte> bytes, string token) => bytes.InsertRange(Position(bytes), Encoding.UTF8.GetBytes(token));

    private void InsertAtLineStart(List<byte> bytes, string token)
    {
        var at = Position(bytes);
        while (at > 0 && bytes[at - 1] != (byte)'\n')
        {
            at--;
        }

        bytes.InsertRange(at, Encoding.UTF8.GetBytes(token));
    }

    private void Delete(List<byte> bytes)
    {
        var (start, length) = Chunk(bytes.Count);
        bytes.RemoveRange(start, length);
    }

    private void Duplicate(List<byte> bytes)
    {
        var (start, length) = Chunk(bytes.Count);
        var copy = bytes.GetRange(start, length);
        bytes.InsertRange(Position(bytes), copy);
    }

    private void Splice(List<byte> bytes)
    {
        var other = seeds[random.Next(seeds.Count)].Bytes;
        var (start, length) = Chunk(other.Length);
        bytes.InsertRange(Position(bytes), other.AsSpan(start, length).ToArray());
    }

    private void Crossover(List<byte> bytes)
    {
        var other = seeds[random.Next(seeds.Count)].Bytes;
        var cut = Position(bytes);
        bytes.RemoveRange(cut, bytes.Count - cut);
        bytes.AddRange(other.AsSpan(random.Next(other.Length + 1)).ToArray());
    }

    private void LongRun(List<byte> bytes)
    {
        var token = Encoding.UTF8.GetBytes(Token());
        var times = RunLength();
        var run = new byte[Math.Min(token.Length * times, MaxLength)];
        for (var i = 0; i < run.Length; i++)
        {
            run[i] = token[i % token.Length];
        }

        bytes.InsertRange(Position(bytes), run);
    }

    /// <summary>A token opened many times and closed as many: quotes in quotes, lists in lists, brackets in brackets.</summary>
    private void Nest(List<byte> bytes)
    {
        (string Open, string Close)[] pairs =
        [
            ("[", "]"), ("{\"a\":", "}"), ("[[", "]]"), ("(", ")"), ("> ", ""), ("- ", ""), ("  - ", "\n"), ("[x](", ")"),
            ("{a: ", "}"), ("- [", "]"), ("not (", ")"), ("*", "*"), ("<b>", "</b>"), ("\n  ", ""),
        ];
        var (open, close) = pairs[random.Next(pairs.Length)];
        var depth = RunLength();
        var text = new StringBuilder();
        for (var i = 0; i < depth && text.Length < MaxLength / 2; i++)
        {
            text.Append(open);
        }

        text.Append('x');
        for (var i = 0; i < depth && text.Length < MaxLength; i++)
        {
            text.Append(close);
        }

        bytes.InsertRange(Position(bytes), Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>A run of digits replaced by a number no reader should take at face value.</summary>
    private void HugeNumber(List<byte> bytes)
    {
        var number = Encoding.UTF8.GetBytes(Numbers[random.Next(Numbers.Length)]);
        var digits = Enumerable.Range(0, bytes.Count).Where(i => bytes[i] is >= (byte)'0' and <= (byte)'9').ToList();
        if (digits.Count == 0)
        {
            bytes.InsertRange(Position(bytes), number);
            return;
        }

        var start = digits[random.Next(digits.Count)];
        var end = start;
        while (end < bytes.Count && bytes[end] is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'e' or (byte)'E')
        {
            end++;
        }

        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, number);
    }

    /// <summary>A line written again just below itself: a duplicate key, a clause twice, a heading twice.</summary>
    private void RepeatLine(List<byte> bytes)
    {
        var at = Position(bytes);
        var start = at;
        while (start > 0 && bytes[start - 1] != (byte)'\n')
        {
            start--;
        }

        var end = at;
        while (end < bytes.Count && bytes[end] != (byte)'\n')
        {
            end++;
        }

        var line = bytes.GetRange(start, Math.Min(end + 1, bytes.Count) - start);
        if (line.Count == 0 || line[^1] != (byte)'\n')
        {
            line.Add((byte)'\n');
        }

        var times = Math.Min(random.Next(2) == 0 ? 1 : RunLengths[random.Next(5)], MaxLength / line.Count);
        bytes.InsertRange(start, Enumerable.Repeat(line, times).SelectMany(l => l).ToArray());
    }

    /// <summary>Every line end changed: CR only (old Mac), CR LF, or a Unicode line or paragraph separator.</summary>
    private void LineEnds(List<byte> bytes)
    {
        string[] ends = ["\r", "\r\n", "\u2028", "\u2029", "\u0085", "\n\n"];
        var end = Encoding.UTF8.GetBytes(ends[random.Next(ends.Length)]);
        var result = new List<byte>(bytes.Count);
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                result.AddRange(end);
            }
            else
            {
                result.Add(b);
            }
        }

        bytes.Clear();
        bytes.AddRange(result);
    }
}
