using System.Globalization;
using RulesDsl.Corpus.Languages;

namespace RulesDsl.Explain.Building;

/// <summary>
/// Numbers as a reader of each language reads them: a space between thousands, as the Official Journal prints them
/// (<c>10 000</c>), the language's decimal sign (<see cref="ReaderLanguage.Numbers"/>: <c>2.5</c> in English,
/// <c>2,5</c> in Dutch), and large amounts as powers of ten (<c>10^25</c>, <c>3,8 × 10^25</c>).
/// </summary>
public static class LegalNumber
{
    // From here on an amount is read more easily as a power of ten than as digits.
    private const double Scientific = 1e7;

    public static string Format(double value, string language)
    {
        var point = ReaderLanguage.Of(language).Numbers.DecimalSign.ToString();
        if (Math.Abs(value) >= Scientific)
        {
            var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
            var mantissa = Math.Round(value / Math.Pow(10, exponent), 3);
            if (Math.Abs(mantissa) >= 10)
            {
                mantissa /= 10;
                exponent++;
            }

            var power = "10^" + exponent.ToString(CultureInfo.InvariantCulture);
            return mantissa == 1 ? power : Plain(mantissa, point) + " × " + power;
        }

        return Plain(value, point);
    }

    /// <summary>An amount with its unit: a count is a bare number.</summary>
    public static string Format(double value, string? unit, string language) =>
        unit is null or "count" ? Format(value, language) : Format(value, language) + " " + unit;

    private static string Plain(double value, string point)
    {
        var text = value.ToString("0.###", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        var whole = digits.Split('.')[0];
        var fraction = digits.Contains('.', StringComparison.Ordinal) ? point + digits.Split('.')[1] : "";
        // Four-digit numbers keep no space, as the Official Journal prints them (1000, 10 000).
        var grouped = whole.Length <= 4 ? whole : Group(whole);
        return (negative ? "-" : "") + grouped + fraction;
    }

    private static string Group(string digits)
    {
        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3)
        {
            groups.Insert(0, digits[Math.Max(0, end - 3)..end]);
        }

        return string.Join(" ", groups);
    }
}
