namespace RulesDsl.Linking.Terms;

/// <summary>A word of a text, normalised for matching: lower case, curly apostrophe as straight.</summary>
internal readonly record struct WordToken(int Start, int Length, string Key);

/// <summary>
/// Splits text into words for term matching. Hyphens and spaces both separate words, so "floating point operations"
/// matches "floating-point operation"; an apostrophe between letters stays in the word ("systeemrisico’s").
/// </summary>
internal static class WordTokens
{
    public static List<WordToken> Split(string text)
    {
        var tokens = new List<WordToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            tokens.Add(new WordToken(start, i - start, Normalise(text.AsSpan(start, i - start))));
        }

        return tokens;
    }

    public static string[] Keys(string text) => [.. Split(text).Select(t => t.Key)];

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static string Normalise(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word.ToString(), (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                span[k] = source[k] == '’' ? '\'' : char.ToLowerInvariant(source[k]);
            }
        });
}
