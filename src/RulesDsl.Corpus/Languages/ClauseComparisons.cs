using System.Collections.Frozen;
using System.Collections.Immutable;
using RulesDsl.Corpus.Conventions;

namespace RulesDsl.Corpus.Languages;

/// <summary>How a clause compares a quantity with the number it writes: "greater than 10^25", "at least 10 000".</summary>
public enum Comparison
{
    GreaterThan,
    AtLeast,
    LessThan,
    AtMost,
}

/// <summary>Words a clause writes a comparison with, in one language: "not less than" is <see cref="Comparison.AtLeast"/>.</summary>
public sealed record ComparisonPhrase(Comparison Comparison, string Words);

/// <summary>
/// The comparison words of each language, from the <c>comparisons</c> of its data file, longest first so that "not
/// less than" is read before "less than". A language whose file has none has no phrases: nothing is read in it.
/// </summary>
public static class ClauseComparisons
{
    private static readonly FrozenDictionary<string, ImmutableArray<ComparisonPhrase>> ByLanguage =
        LanguageConventions.All.ToFrozenDictionary(c => c.Language, c => c.Comparisons, StringComparer.OrdinalIgnoreCase);

    /// <summary>The phrases of the language with this code, longest first; none for a code that is not known.</summary>
    public static ImmutableArray<ComparisonPhrase> In(string language) => ByLanguage.GetValueOrDefault(language, []);
}
