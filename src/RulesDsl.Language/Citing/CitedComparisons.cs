using RulesDsl.Corpus.Languages;

namespace RulesDsl.Language.Citing;

/// <summary>
/// The comparison a legal text writes right before a number: Article 51(2) "is greater than 10^25", Annex XIII point
/// (f) "at least 10 000", the Dutch "groter is dan 10^25". The words are those of the language's data file.
/// </summary>
public static class CitedComparisons
{
    /// <summary>The comparison words <paramref name="text"/> writes before <paramref name="number"/>, if it writes any.</summary>
    public static ComparisonPhrase? Before(string text, ExactNumber number, string language)
    {
        var phrases = ClauseComparisons.In(language);
        foreach (var (_, start) in CitedNumbers.Written(text).Where(w => w.Number == number).OrderBy(w => w.Start))
        {
            var before = text[..start].TrimEnd();
            if (phrases.FirstOrDefault(p => EndsWithWords(before, p.Words)) is { } phrase)
            {
                return phrase;
            }
        }

        return null;
    }

    // "greater than" ends "is greater than", not "ungreater than": the phrase starts a word.
    private static bool EndsWithWords(string text, string words) =>
        text.EndsWith(words, StringComparison.OrdinalIgnoreCase)
        && (text.Length == words.Length || !char.IsLetter(text[text.Length - words.Length - 1]));
}
