using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Languages;

/// <summary>Recognises the heading line of an article or annex ("Article 51", "ANNEX XIII", "51. cikk") in an official language.</summary>
public static class StructuralHeading
{
    /// <summary>
    /// Reads <paramref name="line"/> as an article or annex heading in <paramref name="language"/>, or in any official
    /// language when it is null. The label comes back as the OJ id uses it ("51", "XIII").
    /// </summary>
    public static bool TryParse(string line, OfficialLanguage? language, out ProvisionLevel level, out string label)
    {
        foreach (var candidate in language is null ? [.. OfficialLanguages.All] : new[] { language })
        {
            if (Match(line, candidate.Words.Article, @"[0-9]+[a-z]?", candidate.PutsNumberFirst(ProvisionLevel.Article)) is { } article)
            {
                (level, label) = (ProvisionLevel.Article, article);
                return true;
            }

            if (Match(line, candidate.Words.Annex, @"[IVXLC]+[a-z]?", candidate.PutsNumberFirst(ProvisionLevel.Annex)) is { } annex)
            {
                (level, label) = (ProvisionLevel.Annex, annex.ToUpperInvariant());
                return true;
            }
        }

        (level, label) = (default, "");
        return false;
    }

    private static string? Match(string line, IEnumerable<string> words, string number, bool numberFirst)
    {
        foreach (var word in words)
        {
            var pattern = numberFirst
                ? $@"^\s*(?<n>{number})\.?\s+{Regex.Escape(word)}\s*$"
                : $@"^\s*{Regex.Escape(word)}\s+(?<n>{number})\s*$";
            var match = Regex.Match(line, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (match.Success)
            {
                return match.Groups["n"].Value;
            }
        }

        return null;
    }
}
