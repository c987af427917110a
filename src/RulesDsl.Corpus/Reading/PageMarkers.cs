using System.Globalization;
using System.Text.RegularExpressions;

namespace RulesDsl.Corpus.Reading;

/// <summary>
/// The lines around the law that real sources carry: web-page boilerplate (cookie banners, feedback forms, the OJ's ISSN line), version
/// notes of pages that keep dated versions, and the separators of EUR-Lex pages. Known lines are set aside as what
/// they are; anything else stays, as law or as unclassified text.
/// </summary>
internal static partial class PageMarkers
{
    private static readonly (Regex Pattern, string What)[] KnownBoilerplate =
    [
        (CookieBanner(), "cookie banner"),
        (new Regex(@"^Report error$"), "feedback-form button"),
        (new Regex(@"^Please keep in mind that this form is only for feedback"), "feedback-form notice"),
        (new Regex(@"^Thank you! Your submission has been received!$"), "feedback-form message"),
        (new Regex(@"^Oops! Something went wrong while submitting the form\.$"), "feedback-form message"),

        // The OJ closes each act with the ISSN of its edition, the same in every language.
        (new Regex(@"^ISSN [0-9]{4}-[0-9]{3}[0-9X]\b"), "ISSN of the Official Journal"),
    ];

    /// <summary>What the line is, if it is known boilerplate (matched on the whole trimmed line).</summary>
    public static string? Boilerplate(string line) =>
        KnownBoilerplate.FirstOrDefault(b => b.Pattern.IsMatch(line.Trim())).What;

    /// <summary>The scraped explorer page opens each older version with this line.</summary>
    public static bool IsPreviousVersion(string line) => line.Trim() == "[Previous version]";

    /// <summary>
    /// The date of a version note such as "Updated on May 21st 2024 based on the version … approved by the EU
    /// Parliament on May 14th 2024" — the first date is the version's.
    /// </summary>
    public static DateOnly? VersionNote(string line)
    {
        var match = VersionNotePattern().Match(line.Trim());
        return match.Success && DateOnly.TryParseExact(
            $"{match.Groups["month"].Value} {match.Groups["day"].Value} {match.Groups["year"].Value}",
            "MMMM d yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>Whether a version note dates its version by a text of the Parliament ("… approved by the EU Parliament
    /// on May 14th 2024", "… the EU Parliament's 'Corrigendum' version"): a position before adoption.</summary>
    public static bool IsParliamentVersion(string line) => VersionNote(line) is not null && ParliamentPattern().IsMatch(line);

    /// <summary>The line EUR-Lex closes an act with, naming its ELI.</summary>
    public static string? EliLine(string line) =>
        EliPattern().Match(line.Trim()) is { Success: true } m ? m.Groups["uri"].Value : null;

    [GeneratedRegex(@"^By clicking .Accept., you agree to the storing of cookies")]
    private static partial Regex CookieBanner();

    [GeneratedRegex(@"^Updated on (?<month>[A-Z][a-z]+) (?<day>[0-9]{1,2})(st|nd|rd|th)?,? (?<year>[0-9]{4})\b")]
    private static partial Regex VersionNotePattern();

    [GeneratedRegex(@"\b(EU|European) Parliament\b")]
    private static partial Regex ParliamentPattern();

    [GeneratedRegex(@"^ELI: (?<uri>http://data\.europa\.eu/eli/\S+)$")]
    private static partial Regex EliPattern();
}
