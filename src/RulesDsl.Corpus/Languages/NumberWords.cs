using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using RulesDsl.Corpus.Conventions;

namespace RulesDsl.Corpus.Languages;

/// <summary>The unit a legal text writes a period in.</summary>
public enum PeriodKind
{
    Days,
    Weeks,
    Months,
    Years,
}

/// <summary>The words of one unit of periods in one language: the singular, the plural, then other forms ("Monaten").</summary>
public sealed record PeriodWords(PeriodKind Unit, ImmutableArray<string> Words)
{
    public string Singular => Words[0];

    public string Plural => Words[1];
}

/// <summary>
/// Numbers and periods as a language writes them in words ("two weeks", "zes maanden"), from the <c>numberWords</c>
/// and <c>periods</c> of its data file, so that a check can find "two weeks" where a rule writes <c>2 weeks</c>.
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, LanguageConventions> ByLanguage =
        LanguageConventions.All.ToFrozenDictionary(c => c.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The numbers the language writes as words, by word in lower case; none for a language without them.</summary>
    public static FrozenDictionary<string, int> Numbers(string language) =>
        ByLanguage.TryGetValue(language, out var conventions) ? conventions.NumberWords : FrozenDictionary<string, int>.Empty;

    /// <summary>The words of the units of periods in the language; none for a language without them.</summary>
    public static ImmutableArray<PeriodWords> Periods(string language) =>
        ByLanguage.TryGetValue(language, out var conventions) ? conventions.Periods : [];

    /// <summary>A period as the reader's language writes it ("2 weken"), in English words where the language has none.</summary>
    public static string Period(int length, PeriodKind unit, string language)
    {
        var words = Periods(language) is { IsEmpty: false } own ? own : Periods("en");
        var unitWords = words.First(w => w.Unit == unit);
        return $"{length.ToString(CultureInfo.InvariantCulture)} {(length == 1 ? unitWords.Singular : unitWords.Plural)}";
    }
}
