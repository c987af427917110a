namespace RulesDsl.Corpus.Languages;

/// <summary>Tells which official language a text is in, for sources that name it neither in front matter nor in their path.</summary>
public static class LanguageDetector
{
    /// <summary>The language the text is most likely in, or null when the text gives too little to tell.</summary>
    public static OfficialLanguage? Detect(string text)
    {
        var words = text.Split([' ', '\n', '\t', ',', '.', ';', ':', '(', ')', '[', ']'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .ToList();
        var best = OfficialLanguages.All
            .Select(l => (Language: l, Score: words.Count(l.CommonWords.Contains)))
            .OrderByDescending(x => x.Score)
            .First();
        return best.Score > 0 ? best.Language : null;
    }
}
