using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>
/// Checks a rules file for everything that does not need the corpus (names, types, units, cycles, conflicts, dated
/// parameters, examples) and builds the bound rule set the compiler generates a classifier from.
/// </summary>
public static class Binder
{
    /// <param name="asOf">The date whose parameter values the classifier applies: each parameter needs one in force.</param>
    public static BindResult Bind(RulesFile file, DateOnly asOf) => new RuleSetBinder(file, asOf).Bind();
}
