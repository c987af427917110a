using System.Collections.Immutable;

namespace RulesDsl.Corpus.Languages;

/// <summary>The official languages of the EU and the words their Official Journal texts are structured with.</summary>
public static class OfficialLanguages
{
    public static ImmutableArray<OfficialLanguage> All { get; } =
    [
        new("de", "German", Script.Latin,
            new(["Artikel"], ["Anhang"], ["Erwägungsgrund"], ["Absatz"], ["Buchstabe", "Nummer", "Punkt"]),
            false, ["der", "die", "und", "das", "des", "nicht", "mit", "für", "ist", "eine", "werden", "auf"]),
        new("en", "English", Script.Latin,
            new(["Article"], ["Annex"], ["Recital"], ["paragraph"], ["point"]),
            false, ["the", "of", "and", "to", "which", "is", "that", "for", "shall", "with", "be", "by"]),
        new("fr", "French", Script.Latin,
            new(["Article"], ["Annexe"], ["Considérant"], ["paragraphe"], ["point"]),
            false, ["le", "la", "les", "des", "et", "du", "est", "une", "qui", "dans", "pour", "sont"]),
        new("nl", "Dutch", Script.Latin,
            new(["Artikel"], ["Bijlage"], ["Overweging"], ["lid"], ["punt"]),
            false, ["de", "het", "een", "van", "en", "is", "voor", "worden", "dat", "met", "zijn", "die"]),
    ];

    public static bool TryGet(string? code, out OfficialLanguage language)
    {
        language = All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))!;
        return language is not null;
    }
}
