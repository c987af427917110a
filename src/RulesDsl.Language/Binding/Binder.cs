using System.Collections.Immutable;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>
/// Checks a rules file for everything that does not need the corpus (names, types, units, cycles, conflicts, dated
/// parameters, examples) and builds the bound rule set the compiler generates a classifier from.
/// </summary>
public static class Binder
{
    /// <param name="asOf">The date whose parameter values the classifier applies: each parameter needs one in force.</param>
    public static BindResult Bind(RulesFile file, DateOnly asOf) => Bind(file, asOf, []);

    /// <param name="imports">The rule sets of the files <paramref name="file"/> imports: their declarations are used as the file's own.</param>
    public static BindResult Bind(RulesFile file, DateOnly asOf, ImmutableArray<ImportedRules> imports) => new RuleSetBinder(file, asOf, imports).Bind();
}
