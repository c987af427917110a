using System.Globalization;
using RulesDsl.Corpus.Languages;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Building;

/// <summary>
/// Numbers as a reader of each language reads them: a space between thousands, as the Official Journal prints them
/// (<c>10 000</c>), the language's decimal sign (<see cref="ReaderLanguage.Numbers"/>: <c>2.5</c> in English,
/// <c>2,5</c> in Dutch), and large amounts as powers of ten (<c>10^25</c>, <c>3,8 × 10^25</c>), every digit of the amount shown.
/// </summary>
public static class LegalNumber
{
    // From 10^7 on an amount is read more easily as a power of ten than as digits.
    private const int Scientific = 7;

    public static string Format(double value, string language) => Format(Quantity.Of(value), language);

    /// <summary>
    /// An amount as its decimal digits, all of them: rounded, 9.9996 × 10^24 would read 10^25 beside "greater than 10^25:
    /// no", and the reader could not see why.
    /// </summary>
    public static string Format(Quantity value, string language)
    {
        var point = ReaderLanguage.Of(language).Numbers.DecimalSign.ToString();
        var (digits, exponent, negative) = value.Decimal();
        var sign = negative ? "-" : "";
        var magnitude = exponent + digits.Length - 1;
        if (magnitude >= Scientific)
        {
            var power = "10^" + magnitude.ToString(CultureInfo.InvariantCulture);
            return digits == "1" ? sign + power : sign + digits[..1] + (digits.Length > 1 ? point + digits[1..] : "") + " × " + power;
        }

        var whole = exponent >= 0 ? digits + new string('0', exponent)
            : digits.Length + exponent > 0 ? digits[..(digits.Length + exponent)] : "0";
        var fraction = exponent >= 0 ? "" : point + (digits.Length + exponent > 0 ? digits[(digits.Length + exponent)..] : new string('0', -exponent - digits.Length) + digits);

        // Four-digit numbers keep no space, as the Official Journal prints them (1000, 10 000).
        return sign + (whole.Length <= 4 ? whole : Group(whole)) + fraction;
    }

    /// <summary>An amount with its unit: a count is a bare number.</summary>
    public static string Format(double value, string? unit, string language) => Format(Quantity.Of(value), unit, language);

    /// <inheritdoc cref="Format(double, string?, string)"/>
    public static string Format(Quantity value, string? unit, string language) =>
        unit is null or "count" ? Format(value, language) : Format(value, language) + " " + unit;

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
