using System.Collections.Frozen;

namespace RulesDsl.Linking.Terms;

/// <summary>
/// The inflected forms a defined term takes in running text, by rules per language: plurals of the word that inflects
/// (the last in English and German; the first or the last in Dutch and French, whose head nouns come first:
/// "AI-modellen voor algemene doeleinden", "modèles d’IA à usage général"). Languages without rules match the term as
/// defined and every surface form an explicit link has shown.
/// </summary>
public static class TermInflector
{
    /// <summary>The languages with inflection rules; the others fall back to the forms seen.</summary>
    public static FrozenSet<string> LanguagesWithRules { get; } = new[] { "en", "nl", "de", "fr" }.ToFrozenSet();

    public static IReadOnlySet<string> Forms(string term, string language)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { term };
        if (!LanguagesWithRules.Contains(language))
        {
            return forms;
        }

        var words = term.Split(' ');
        var last = words.Length - 1;
        foreach (var form in Variants(words[last], language))
        {
            forms.Add(string.Join(' ', words[..last].Append(form)));
        }

        if (last > 0 && language is "nl" or "fr")
        {
            foreach (var form in Variants(words[0], language))
            {
                forms.Add(string.Join(' ', words[1..].Prepend(form)));
            }
        }

        return forms;
    }

    private static IEnumerable<string> Variants(string word, string language) => language switch
    {
        "en" => English(word),
        "nl" => Dutch(word),
        "de" => [word + "e", word + "en", word + "n", word + "s", word + "es", word + "er"],
        _ => [word + "s", word + "x", word.EndsWith("al", StringComparison.Ordinal) ? word[..^2] + "aux" : word],
    };

    private static IEnumerable<string> English(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return [word[..^3] + "y"];
        }

        if (word.EndsWith('s'))
        {
            return [word[..^1], word + "es"];
        }

        return word.EndsWith('y') && word.Length > 1 && !IsVowel(word[^2])
            ? [word[..^1] + "ies"]
            : [word + "s", word + "es"];
    }

    private static IEnumerable<string> Dutch(string word)
    {
        yield return word + "en";
        yield return word + "s";
        // An empty term, or one with a space at either end, has an empty word, which has no last letter.
        if (word.Length > 0 && IsVowel(word[^1]))
        {
            yield return word + "’s";
            yield return word + "n";
        }

        // A short vowel before the last consonant doubles it: model → modellen.
        if (word.Length > 2 && !IsVowel(word[^1]) && IsVowel(word[^2]) && !IsVowel(word[^3]))
        {
            yield return word + word[^1] + "en";
        }

        if (word.EndsWith("heid", StringComparison.Ordinal))
        {
            yield return word[..^4] + "heden";
        }
    }

    private static bool IsVowel(char c) => "aeiouyàáâäèéêëìíîïòóôöùúûü".Contains(char.ToLowerInvariant(c));
}
