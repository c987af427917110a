using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Languages;

namespace RulesDsl.Language.Citing;

/// <summary>An exact decimal number: significand × 10^exponent, normalised so equal numbers compare equal.</summary>
public readonly record struct ExactNumber
{
    public ExactNumber(BigInteger significand, int exponent)
    {
        while (!significand.IsZero && significand % 10 == 0)
        {
            significand /= 10;
            exponent++;
        }

        (Significand, Exponent) = significand.IsZero ? (BigInteger.Zero, 0) : (significand, exponent);
    }

    public BigInteger Significand { get; }

    public int Exponent { get; }
}

/// <summary>
/// The numbers a legal text writes, in every form the Official Journal and its conversions use: "10 000", "10,000",
/// "10.000", "10^25", "10²⁵", "1e25". The checker asks whether a number of a rule stands in the clause it cites.
/// </summary>
public static partial class CitedNumbers
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Every number written in <paramref name="text"/>, with both readings of a lone "." or "," group.</summary>
    public static IReadOnlySet<ExactNumber> In(string text) => Written(text).Select(w => w.Number).ToHashSet();

    /// <summary>Every number written in <paramref name="text"/> and where it is written, with both readings of a lone "." or "," group.</summary>
    public static IEnumerable<(ExactNumber Number, int Start, int Length)> Written(string text)
    {
        foreach (Match match in Power().Matches(text))
        {
            var exponent = match.Groups["sup"].Success
                ? string.Concat(match.Groups["sup"].Value.Select(c => (char)('0' + Superscripts.IndexOf(c, StringComparison.Ordinal))))
                : match.Groups["exp"].Value;
            if (int.TryParse(exponent, CultureInfo.InvariantCulture, out var power) && power <= 400)
            {
                yield return (new ExactNumber(BigInteger.Pow(BigInteger.Parse(match.Groups["base"].Value, CultureInfo.InvariantCulture), power), 0), match.Index, match.Length);
            }
        }

        foreach (Match match in Scientific().Matches(text))
        {
            var fraction = match.Groups["f"].Value;
            yield return (new ExactNumber(
                BigInteger.Parse(match.Groups["i"].Value + fraction, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["e"].Value, CultureInfo.InvariantCulture) - fraction.Length), match.Index, match.Length);
        }

        foreach (Match match in Grouped().Matches(text))
        {
            var digits = match.Value;
            yield return (new ExactNumber(BigInteger.Parse(NonDigits().Replace(digits, ""), CultureInfo.InvariantCulture), 0), match.Index, match.Length);
            if (DecimalTail().Match(digits) is { Success: true } tail)
            {
                // "2.5" or "2,5": also read as a decimal fraction.
                var whole = NonDigits().Replace(digits[..tail.Index], "");
                var fraction = tail.Groups["f"].Value;
                yield return (new ExactNumber(BigInteger.Parse(whole + fraction, CultureInfo.InvariantCulture), -fraction.Length), match.Index, match.Length);
            }
        }
    }

    /// <summary>
    /// Every period written in <paramref name="text"/> in its language: a number in digits ("15 days", "10 000 years")
    /// or in words ("two weeks", "zes maanden", "a year") followed by a unit of periods, with where it is written.
    /// </summary>
    public static IEnumerable<(int Length, PeriodKind Unit, string Written)> Periods(string text, string language)
    {
        var numbers = NumberWords.Numbers(language);
        foreach (var unit in NumberWords.Periods(language))
        {
            var words = string.Join("|", unit.Words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));
            var pattern = $@"(?<![\p{{L}}\d])(?<n>\d{{1,3}}(?:[ \u00A0.,]\d{{3}})+|\d+|\p{{L}}[\p{{L}}-]*)\s+(?:{words})(?![\p{{L}}])";
            foreach (Match match in Regex.Matches(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            {
                var written = match.Groups["n"].Value;
                int? length = char.IsAsciiDigit(written[0])
                    ? int.TryParse(NonDigits().Replace(written, ""), CultureInfo.InvariantCulture, out var digits) ? digits : null
                    : numbers.TryGetValue(written.ToLowerInvariant(), out var word) ? word : null;
                if (length is { } value)
                {
                    yield return (value, unit.Unit, match.Value);
                }
            }
        }
    }

    /// <summary>A power of ten that lost its superscript ("1025" for 10²⁵), if <paramref name="text"/> has one for this number.</summary>
    public static string? LostSuperscript(string text, ExactNumber number)
    {
        if (number.Significand != 1 || number.Exponent < 2)
        {
            return null;
        }

        var written = "10" + number.Exponent.ToString(CultureInfo.InvariantCulture);
        return Regex.IsMatch(text, $@"(?<![\d.,]){written}(?![\d])") ? written : null;
    }

    [GeneratedRegex(@"(?<base>\d+)(?:\^(?<exp>\d{1,3})|(?<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))")]
    private static partial Regex Power();

    [GeneratedRegex(@"(?<i>\d+)(?:\.(?<f>\d+))?[eE](?<e>\d{1,3})\b")]
    private static partial Regex Scientific();

    [GeneratedRegex(@"\d{1,3}(?:[ \u00A0.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"[.,](?<f>\d+)$")]
    private static partial Regex DecimalTail();

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigits();
}
