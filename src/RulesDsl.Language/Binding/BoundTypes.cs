using System.Collections.Immutable;

namespace RulesDsl.Language.Binding;

/// <summary>The units the law measures quantities in.</summary>
public enum BaseUnit
{
    Count,
    Tokens,
    Flop,
    Eur,
}

/// <summary>
/// The unit of a quantity: one base unit (FLOP), or the product of several (count×tokens) that <c>as UNIT</c> reads as
/// the quantity the law measures. Two units are equal when they have the same factors.
/// </summary>
public sealed record QuantityUnit
{
    private QuantityUnit(ImmutableArray<BaseUnit> factors) => Factors = factors;

    public static QuantityUnit Count { get; } = Of(BaseUnit.Count);

    public static QuantityUnit Tokens { get; } = Of(BaseUnit.Tokens);

    public static QuantityUnit Flop { get; } = Of(BaseUnit.Flop);

    public static QuantityUnit Eur { get; } = Of(BaseUnit.Eur);

    /// <summary>The base units multiplied, in a fixed order so that equal products have equal factors.</summary>
    public ImmutableArray<BaseUnit> Factors { get; }

    public bool IsProduct => Factors.Length > 1;

    public static QuantityUnit Of(BaseUnit unit) => new([unit]);

    public QuantityUnit Times(QuantityUnit other) => new([.. Factors.Concat(other.Factors).Order()]);

    public bool Equals(QuantityUnit? other) => other is not null && Factors.SequenceEqual(other.Factors);

    public override int GetHashCode() => Factors.Aggregate(0, (hash, unit) => HashCode.Combine(hash, unit));

    public override string ToString() => string.Join("×", Factors.Select(Name));

    /// <summary>The unit as written in a rules file.</summary>
    public static string Name(BaseUnit unit) => unit switch
    {
        BaseUnit.Count => "count",
        BaseUnit.Tokens => "tokens",
        BaseUnit.Flop => "FLOP",
        _ => "EUR",
    };
}

/// <summary>The type of a fact, parameter or expression. Printed as a rules file writes it.</summary>
public abstract record BoundType
{
    public static BoundType YesNo { get; } = new YesNoType();

    public static BoundType Date { get; } = new DateType();

    public static BoundType Duration { get; } = new DurationType();

    /// <summary>The type of what could not be bound; its mistake is reported once, where it was made.</summary>
    public static BoundType Error { get; } = new ErrorType();
}

public sealed record YesNoType : BoundType
{
    public override string ToString() => "yes/no";
}

public sealed record DateType : BoundType
{
    public override string ToString() => "date";
}

/// <summary>A period as the law expresses it: so many days, weeks, months or years (Regulation No 1182/71, Article 3).</summary>
public sealed record DurationType : BoundType
{
    public override string ToString() => "duration";
}

/// <summary>The unit a period is expressed in; a month is no fixed number of days, so units are never converted.</summary>
public enum DurationUnit
{
    Days,
    Weeks,
    Months,
    Years,
}

public sealed record QuantityType(QuantityUnit Unit) : BoundType
{
    public override string ToString() => Unit.ToString();
}

public sealed record SetType(EnumerationSymbol Enumeration) : BoundType
{
    public override string ToString() => $"set of {Enumeration.Name}";
}

public sealed record ErrorType : BoundType
{
    public override string ToString() => "unknown";
}
