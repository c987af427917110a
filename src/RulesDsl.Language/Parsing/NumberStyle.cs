namespace RulesDsl.Language.Parsing;

/// <summary>
/// How a file's language writes numbers: English groups thousands with a comma and writes decimals with a dot
/// (<c>10,000</c>, <c>2.5</c>); the other languages do the reverse (<c>10.000</c>, <c>2,5</c>). A single space groups
/// thousands in every language.
/// </summary>
internal sealed record NumberStyle(char GroupSeparator, char DecimalSeparator)
{
    public static NumberStyle English { get; } = new(',', '.');

    public static NumberStyle Continental { get; } = new('.', ',');

    public static NumberStyle ForLanguage(string? code) =>
        code is null || code.Equals("en", StringComparison.OrdinalIgnoreCase) ? English : Continental;
}
