using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>Units and types as a rules file names them.</summary>
internal static class TypeResolver
{
    public static IEnumerable<string> UnitNames { get; } = [.. Enum.GetValues<BaseUnit>().Select(QuantityUnit.Name)];

    /// <summary>The unit written after a number (<c>10^25 FLOP</c>), or null if there is none of that name.</summary>
    public static QuantityUnit? UnitNamed(string name) =>
        Enum.GetValues<BaseUnit>().Where(unit => QuantityUnit.Name(unit) == name).Select(QuantityUnit.Of).FirstOrDefault();

    /// <summary>The unit of a period written after a number (<c>2 weeks</c>, <c>1 month</c>), or null if it is none.</summary>
    public static DurationUnit? DurationUnitNamed(string name) => name switch
    {
        "day" or "days" => DurationUnit.Days,
        "week" or "weeks" => DurationUnit.Weeks,
        "month" or "months" => DurationUnit.Months,
        "year" or "years" => DurationUnit.Years,
        _ => null,
    };

    /// <summary>The unit of a quantity type; null for a type that is not a quantity.</summary>
    public static QuantityUnit? QuantityUnitOf(TypeKind kind) => kind switch
    {
        TypeKind.Count => QuantityUnit.Count,
        TypeKind.Tokens => QuantityUnit.Tokens,
        TypeKind.Flop => QuantityUnit.Flop,
        TypeKind.Eur => QuantityUnit.Eur,
        _ => null,
    };
}
