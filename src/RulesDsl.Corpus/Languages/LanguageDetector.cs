using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RulesDsl.Corpus.Languages;

/// <summary>
/// Tells which official language a text is in, for sources that name it neither in front matter nor in their path.
/// The script decides between Latin, Greek (el) and Cyrillic (bg); among the Latin-script languages each scores one
/// point per frequent function word, plus the evidence of its letters beyond ASCII: a letter of its alphabet counts
/// the more the fewer languages share it (ő for Hungarian alone, ä for five), a letter its alphabet lacks counts
/// against it (æ and ø against Swedish, ä and ö against Danish).
/// </summary>
public static partial class LanguageDetector
{
    /// <summary>Below this many words a text says too little to tell its language.</summary>
    private const int MinimumWords = 3;

    // A letter a language never writes speaks against it as much as a function word speaks for it.
    private const double ForeignLetterPenalty = 1.0;

    private static readonly FrozenDictionary<string, FrozenSet<string>> FunctionWords =
        OfficialLanguages.All.ToFrozenDictionary(l => l.Code, l => l.CommonWords.ToFrozenSet(StringComparer.Ordinal));

    // How strongly each letter beyond ASCII speaks for a Latin-script language that has it: 1 / the number of them that do.
    private static readonly FrozenDictionary<char, double> LetterWeights = OfficialLanguages.All
        .Where(l => l.Script == Script.Latin)
        .SelectMany(l => l.Letters.Distinct())
        .GroupBy(c => c)
        .ToFrozenDictionary(g => g.Key, g => 1.0 / g.Count());

    /// <summary>The language the text is most likely in, or null when the text gives too little to tell.</summary>
    public static OfficialLanguage? Detect(string text)
    {
        var words = Words(text);
        if (words.Count < MinimumWords)
        {
            return null;
        }

        var letters = words.SelectMany(w => w).ToList();
        var script = DominantScript(letters);
        var latinBeyondAscii = letters.Where(IsLatinBeyondAscii).ToList();
        var ranked = OfficialLanguages.All
            .Where(l => l.Script == script)
            .Select(l => (Language: l, Score: Score(l, words, latinBeyondAscii)))
            .OrderByDescending(x => x.Score)
            .ToList();
        var best = ranked[0];
        var tied = ranked.Count > 1 && ranked[1].Score >= best.Score;
        return best.Score > 0 && !tied ? best.Language : null;
    }

    /// <summary>The words of the text in lower case, without link targets, block anchors, URLs and numbers.</summary>
    private static List<string> Words(string text)
    {
        var prose = BlockAnchor().Replace(Url().Replace(LinkTarget().Replace(text, "]"), " "), " ");
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= prose.Length; i++)
        {
            var inWord = i < prose.Length && char.IsLetter(prose[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(prose[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static Script DominantScript(List<char> letters)
    {
        var greek = letters.Count(IsGreek);
        var cyrillic = letters.Count(IsCyrillic);
        var latin = letters.Count - greek - cyrillic;
        return greek > latin && greek > cyrillic ? Script.Greek
            : cyrillic > latin && cyrillic > greek ? Script.Cyrillic
            : Script.Latin;
    }

    private static double Score(OfficialLanguage language, List<string> words, List<char> latinBeyondAscii)
    {
        var functionWords = FunctionWords[language.Code];
        double score = words.Count(functionWords.Contains);
        if (language.Script != Script.Latin)
        {
            return score;
        }

        foreach (var letter in latinBeyondAscii)
        {
            score += language.Letters.Contains(letter, StringComparison.Ordinal)
                ? LetterWeights[letter]
                : -ForeignLetterPenalty;
        }

        return score;
    }

    private static bool IsGreek(char c) => c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF';

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool IsLatinBeyondAscii(char c) => c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF';

    // "[term](a3.md#^sysrisk)": the target names a file and an anchor, not words of the text.
    // Both without backtracking: "](" repeated with no ")" after it, or a long word with no "://", would make a
    // backtracking engine scan the rest of the text from every start, quadratic in a file of them.
    [GeneratedRegex(@"\]\([^)]*\)", RegexOptions.NonBacktracking)]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\b[a-zA-Z][a-zA-Z0-9+.-]*://\S+", RegexOptions.NonBacktracking)]
    private static partial Regex Url();

    [GeneratedRegex(@"\^[\p{L}\p{N}_-]+")]
    private static partial Regex BlockAnchor();
}
