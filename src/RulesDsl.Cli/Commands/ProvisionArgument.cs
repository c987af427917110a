using System.Globalization;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Cli.Commands;

/// <summary>Reads the provision and the date a command is asked about, explaining on the error stream what is wrong.</summary>
internal static class ProvisionArgument
{
    /// <summary>An id (art_51__para_1__pnt_a) or a citation in a supported language ("Article 51(1), point (a)").</summary>
    public static bool TryRead(string text, TextWriter error, out ProvisionId id)
    {
        if (ProvisionId.TryParse(text, out id))
        {
            return true;
        }

        var citation = CitationForms.Parse(text);
        if (!citation.Succeeded)
        {
            error.WriteLine($"rulesdsl: '{text}' is neither a provision id (art_51__para_1__pnt_a) nor a citation: {citation.Error}");
            return false;
        }

        id = citation.Citation.Id;
        return true;
    }

    /// <summary>An --as-of date (or the date of <paramref name="option"/>) written as YYYY-MM-DD; none means today.</summary>
    public static bool TryReadDate(string? text, TextWriter error, out DateOnly? date, string option = "--as-of")
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            error.WriteLine($"rulesdsl: {option} '{text}' is not a date written as YYYY-MM-DD");
            return false;
        }

        date = parsed;
        return true;
    }
}
