using System.Collections.Frozen;
using RulesDsl.Corpus.Conventions;

namespace RulesDsl.Corpus.Sentences;

/// <summary>
/// Splits a provision's text into sentences. Legal text starts sentences with a lower-case defined term as often as
/// with a capital ("systeemrisico’s zijn …"), so a full stop ends a sentence unless it belongs to an abbreviation
/// ("e.g.", "n.", "Nr."), a number ("10.000") or a day written as an ordinal ("am 27. April"). The abbreviations and
/// months are each language's, from its data file (Conventions/Data).
/// </summary>
public static class SentenceSplitter
{
    // Text of no given language is split by what every language agrees is no sentence end.
    private static readonly Rules AnyLanguage = new(
        LanguageConventions.All.SelectMany(c => c.Abbreviations).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        LanguageConventions.All.SelectMany(c => c.EndBeforeCapital).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        LanguageConventions.All.Where(c => c.OrdinalDays).SelectMany(c => c.Months).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static readonly FrozenDictionary<string, Rules> ByLanguage = LanguageConventions.All.ToFrozenDictionary(
        c => c.Language,
        c => new Rules(
            c.Abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            c.EndBeforeCapital.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            (c.OrdinalDays ? c.Months : []).ToFrozenSet(StringComparer.OrdinalIgnoreCase)),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences as (start, length) ranges of <paramref name="text"/>, whitespace around them left out,
    /// with the abbreviations and dates of every official language.</summary>
    public static IReadOnlyList<Range> Split(string text) => Split(text, AnyLanguage);

    /// <summary>The sentences of a text in one language, with that language's abbreviations and dates; a language with
    /// no data file is split as <see cref="Split(string)"/> splits.</summary>
    public static IReadOnlyList<Range> Split(string text, string? language) =>
        Split(text, language is not null && ByLanguage.TryGetValue(language, out var rules) ? rules : AnyLanguage);

    private static List<Range> Split(string text, Rules rules)
    {
        var sentences = new List<Range>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var endsHere = text[i] == '\n' || (IsTerminator(text[i]) && EndsSentence(text, i, rules));
            if (!endsHere)
            {
                continue;
            }

            var end = text[i] == '\n' ? i : ClosingEnd(text, i + 1);
            AddTrimmed(text, sentences, start, end);
            start = SkipSpace(text, end);
            i = start - 1;
        }

        AddTrimmed(text, sentences, start, text.Length);
        return sentences;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?';

    private static bool EndsSentence(string text, int index, Rules rules)
    {
        var after = ClosingEnd(text, index + 1);
        if (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        if (text[index] != '.')
        {
            return true;
        }

        var wordStart = index;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..index];
        if (word.Length == 0)
        {
            // A bracket or a quote closed before the full stop: "(“het nieuwe wetgevingskader”).", "point (a).".
            return index > 0 && text[index - 1] is ')' or ']' or '”' or '’' or '"' or '»';
        }

        var next = SkipSpace(text, after);

        // Polish "2 sierpnia 2026 r. Rozdziały …": the year's abbreviation also closes a sentence, whose full stop it
        // shares; mid-sentence the next word is in lower case ("r. w sprawie").
        if (rules.EndBeforeCapital.Contains(word))
        {
            return next < text.Length && char.IsUpper(text[next]);
        }

        // A list number or an ordinal ("punt 1." "der 3. Absatz") runs on into lower-case text.
        var nextIsLower = next < text.Length && char.IsLower(text[next]) && word.All(char.IsDigit);
        return !rules.Abbreviations.Contains(word)
            && !(word.Length <= 2 && word.All(char.IsAsciiDigit) && rules.Months.Contains(WordAt(text, next)))
            && !(word.Length == 1 && char.IsUpper(word[0]))
            && !nextIsLower;
    }

    private static string WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    // Closing quotes and brackets after the full stop belong to the sentence that ends.
    private static int ClosingEnd(string text, int index)
    {
        while (index < text.Length && text[index] is '”' or '’' or '"' or '\'' or ')' or '»' or '“')
        {
            index++;
        }

        return index;
    }

    private static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static void AddTrimmed(string text, List<Range> sentences, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(start..end);
        }
    }

    /// <param name="Abbreviations">Words a full stop does not end a sentence after.</param>
    /// <param name="EndBeforeCapital">Abbreviations whose full stop ends a sentence when a capital follows.</param>
    /// <param name="Months">The months after which a number with a full stop is a day ("27. April").</param>
    private sealed record Rules(FrozenSet<string> Abbreviations, FrozenSet<string> EndBeforeCapital, FrozenSet<string> Months);
}
