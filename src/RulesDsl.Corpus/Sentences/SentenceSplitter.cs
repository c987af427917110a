using System.Collections.Frozen;

namespace RulesDsl.Corpus.Sentences;

/// <summary>
/// Splits a provision's text into sentences. Legal text starts sentences with a lower-case defined term as often as
/// with a capital ("systeemrisico’s zijn …"), so a full stop ends a sentence unless it belongs to an abbreviation
/// ("e.g.", "art.", "z.B.") or a number ("10.000").
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations of the official languages that legal texts write with a full stop inside a sentence.
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "e.g", "i.e", "etc", "cf", "art", "arts", "no", "nos", "para", "p", "pp", "vol", "ibid", "viz", "vs",
        "nr", "blz", "bv", "bijv", "d.w.z", "o.a", "m.b.t", "t.a.v", "zgn", "resp", "jo",
        "abs", "bzw", "ca", "vgl", "z.b", "d.h", "u.a", "usw", "ziff", "buchst", "s",
        "p.ex", "paragr", "al", "mm", "ss",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences as (start, length) ranges of <paramref name="text"/>, whitespace around them left out.</summary>
    public static IReadOnlyList<Range> Split(string text)
    {
        var sentences = new List<Range>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var endsHere = text[i] == '\n' || (IsTerminator(text[i]) && EndsSentence(text, i));
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

    private static bool EndsSentence(string text, int index)
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
        var next = SkipSpace(text, after);
        // A list number or an ordinal ("punt 1." "der 3. Absatz") runs on into lower-case text.
        var nextIsLower = next < text.Length && char.IsLower(text[next]) && word.All(char.IsDigit);
        return word.Length > 0
            && !Abbreviations.Contains(word)
            && !(word.Length == 1 && char.IsUpper(word[0]))
            && !nextIsLower;
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
}
