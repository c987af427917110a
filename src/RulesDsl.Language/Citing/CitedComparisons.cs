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
        return CitedNumbers.Written(text).Where(w => w.Number == number).OrderBy(w => w.Start)
            .Select(w => PhraseBefore(text, w.Start, phrases)).FirstOrDefault(p => p is not null);
    }

    /// <summary>
    /// The thresholds <paramref name="text"/> writes, each with its comparison, as it writes them ("greater than
    /// 10^25"): what a number that is not in the clause is told to be instead.
    /// </summary>
    public static IEnumerable<string> Thresholds(string text, string language)
    {
        var phrases = ClauseComparisons.In(language);

        // "10^25" is also read as "10" from the same start: the longest reading is the number written there.
        foreach (var (_, start, length) in CitedNumbers.Written(text).GroupBy(w => w.Start).Select(g => g.MaxBy(w => w.Length)).OrderBy(w => w.Start))
        {
            if (PhraseBefore(text, start, phrases) is { } phrase)
            {
                yield return text[(text[..start].TrimEnd().Length - phrase.Words.Length)..(start + length)];
            }
        }
    }

    private static ComparisonPhrase? PhraseBefore(string text, int start, IEnumerable<ComparisonPhrase> phrases)
    {
        var before = text[..start].TrimEnd();
        return phrases.FirstOrDefault(p => EndsWithWords(before, p.Words));
    }

    // "greater than" ends "is greater than", not "ungreater than": the phrase starts a word.
    private static bool EndsWithWords(string text, string words) =>
        text.EndsWith(words, StringComparison.OrdinalIgnoreCase)
        && (text.Length == words.Length || !char.IsLetter(text[text.Length - words.Length - 1]));
}
