using System.Collections.Frozen;
using System.Collections.Immutable;

namespace RulesDsl.Corpus.Languages;

/// <summary>
/// The words an explanation is written in, in one language: outcomes, how a step went, headings, keyed by the English
/// word they stand for ("met", "decided by"), the names of the official languages in that language ("Engels"), and its
/// months, which dates are written with (the <c>date</c> word is the pattern: "{day} {month} {year}").
/// </summary>
/// <param name="Language">The code of the language the words are in.</param>
public sealed record ExplanationVocabulary(
    string Language,
    FrozenDictionary<string, string> Words,
    FrozenDictionary<string, string> LanguageNames,
    ImmutableArray<string> Months)
{
    /// <summary>A date as the language writes it: "2 August 2025", "2 augustus 2025", "2. August 2025".</summary>
    public string Date(DateOnly date) => Words.GetValueOrDefault("date", "{day} {month} {year}")
        .Replace("{day}", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", Months[date.Month - 1], StringComparison.Ordinal)
        .Replace("{year}", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The dates a text writes as the language writes them, in the order written ("2 August 2025").</summary>
    public IEnumerable<string> DatesIn(string text)
    {
        var pattern = System.Text.RegularExpressions.Regex.Escape(Words.GetValueOrDefault("date", "{day} {month} {year}"))
            .Replace(@"\{day}", @"\d{1,2}", StringComparison.Ordinal)
            .Replace(@"\{month}", $"(?:{string.Join("|", Months.Select(m => System.Text.RegularExpressions.Regex.Escape(m)))})", StringComparison.Ordinal)
            .Replace(@"\{year}", @"\d{4}", StringComparison.Ordinal)
            .Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Matches(text, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
            .Select(m => m.Value);
    }
}
