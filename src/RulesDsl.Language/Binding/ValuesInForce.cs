using RulesDsl.Diagnostics;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>Whether a parameter has a value for every day a verdict reads it: RD0107 and RD0155.</summary>
internal static class ValuesInForce
{
    /// <param name="applies">The day the verdict of the file that uses the parameter says the law applies from; null when it does not say.</param>
    /// <returns>The diagnostic to report at the parameter's name, or null when it has the values it needs.</returns>
    public static Func<SourcePosition, int, Diagnostic>? Missing(ParameterDeclaration parameter, DateOnly asOf, DateOnly? applies)
    {
        // In force: the last value whose first day has come, unless its last day has passed. Before the law applies a
        // verdict is 'not applicable' and reads no parameter, so none needs a value then.
        var name = parameter.Name.Text;
        if ((applies is null || asOf >= applies) && (parameter.Values.LastOrDefault(value => value.From <= asOf) is not { } current || current.Until < asOf))
        {
            return (at, length) => LanguageDiagnostics.NoValueInForce(at, length, name, asOf);
        }

        if (applies is { } from && parameter.Values.Length > 0 && parameter.Values.Min(value => value.From) is var first && first > from)
        {
            return (at, length) => LanguageDiagnostics.NoValueWhenApplicable(at, length, name, from, first);
        }

        return null;
    }
}
