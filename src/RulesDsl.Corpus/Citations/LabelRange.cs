using System.Collections.Immutable;
using System.Globalization;
using RulesDsl.Corpus.Text;

namespace RulesDsl.Corpus.Citations;

/// <summary>The labels a range of provisions stands for: "Articles 8 to 10", "points (a) to (c)", "points (i) to
/// (iii)", "Annexes I to III".</summary>
internal static class LabelRange
{
    // Past this many, a range is more likely a misreading than a reference.
    private const int MaxCount = 100;

    /// <returns>The labels after <paramref name="from"/> up to and including <paramref name="to"/>, written alike; or
    /// null when the two are not numbers, Roman numerals or single letters of one kind in rising order.</returns>
    public static ImmutableArray<string>? Expand(string from, string to)
    {
        if (from.All(char.IsAsciiDigit) && to.All(char.IsAsciiDigit)
            && int.TryParse(from, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(to, CultureInfo.InvariantCulture, out var last))
        {
            return Run(first, last, n => n.ToString(CultureInfo.InvariantCulture));
        }

        // Roman numerals first: "(i) to (iii)" are sub-points, not the letters i to iii.
        if (FromRoman(from) is { } romanFirst && FromRoman(to) is { } romanLast
            && Run(romanFirst, romanLast, n => RomanNumeral.Of(n, upper: char.IsUpper(from[0]))) is { } romans)
        {
            return romans;
        }

        return from.Length == 1 && to.Length == 1 && char.IsAsciiLetter(from[0])
            && char.IsUpper(from[0]) == char.IsUpper(to[0])
                ? Run(from[0], to[0], n => ((char)n).ToString())
                : null;
    }

    private static ImmutableArray<string>? Run(int first, int last, Func<int, string> print) =>
        last > first && last - first <= MaxCount ? [.. Enumerable.Range(first + 1, last - first).Select(print)] : null;

    /// <summary>The value of a Roman numeral written in i, v and x (up to 39, as sub-points and annexes run), in its
    /// one canonical form; null for anything else.</summary>
    private static int? FromRoman(string numeral)
    {
        var lower = numeral.ToLowerInvariant();
        if (lower.Length == 0 || lower.Any(c => c is not ('i' or 'v' or 'x')))
        {
            return null;
        }

        var value = 0;
        for (var i = 0; i < lower.Length; i++)
        {
            var digit = Digit(lower[i]);
            value += i + 1 < lower.Length && Digit(lower[i + 1]) > digit ? -digit : digit;
        }

        return value is > 0 and < 40 && RomanNumeral.Of(value, upper: false) == lower ? value : null;
    }

    private static int Digit(char c) => c switch
    {
        'x' => 10,
        'v' => 5,
        _ => 1,
    };
}
