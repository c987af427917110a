namespace RulesDsl.Runtime;

/// <summary>
/// A quantity in a unit the law measures (FLOP, tokens, count, EUR): known, or unknown because a fact is missing;
/// marked as estimated when it rests on an estimate rather than on the facts given or the law's own definition.
/// </summary>
public readonly record struct Quantity(double Value, bool IsKnown, bool IsEstimated)
{
    public static Quantity Unknown => default;

    public static Quantity Of(double value) => new(value, true, false);

    public Quantity AsEstimate() => this with { IsEstimated = IsKnown };

    public static Quantity operator +(Quantity left, Quantity right) => Combine(left, right, left.Value + right.Value);

    public static Quantity operator -(Quantity left, Quantity right) => Combine(left, right, left.Value - right.Value);

    public static Quantity operator *(Quantity left, Quantity right) => Combine(left, right, left.Value * right.Value);

    public static Truth GreaterThan(Quantity left, Quantity right) => Compare(left, right, left.Value > right.Value);

    public static Truth AtLeast(Quantity left, Quantity right) => Compare(left, right, left.Value >= right.Value);

    public static Truth LessThan(Quantity left, Quantity right) => Compare(left, right, left.Value < right.Value);

    public static Truth AtMost(Quantity left, Quantity right) => Compare(left, right, left.Value <= right.Value);

    public static Truth EqualTo(Quantity left, Quantity right) => Compare(left, right, left.Value == right.Value);

    public override string ToString() =>
        IsKnown ? Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + (IsEstimated ? " (estimated)" : "") : "unknown";

    private static Quantity Combine(Quantity left, Quantity right, double value) =>
        left.IsKnown && right.IsKnown ? new Quantity(value, true, left.IsEstimated || right.IsEstimated) : Unknown;

    private static Truth Compare(Quantity left, Quantity right, bool result) =>
        left.IsKnown && right.IsKnown ? Logic.Of(result) : Truth.Unknown;
}

/// <summary>A calendar day, or unknown.</summary>
public readonly record struct DateValue(DateOnly Value, bool IsKnown)
{
    public static Truth GreaterThan(DateValue left, DateValue right) => Compare(left, right, left.Value > right.Value);

    public static Truth AtLeast(DateValue left, DateValue right) => Compare(left, right, left.Value >= right.Value);

    public static Truth LessThan(DateValue left, DateValue right) => Compare(left, right, left.Value < right.Value);

    public static Truth AtMost(DateValue left, DateValue right) => Compare(left, right, left.Value <= right.Value);

    public static Truth EqualTo(DateValue left, DateValue right) => Compare(left, right, left.Value == right.Value);

    public override string ToString() => IsKnown ? Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "unknown";

    private static Truth Compare(DateValue left, DateValue right, bool result) =>
        left.IsKnown && right.IsKnown ? Logic.Of(result) : Truth.Unknown;
}

/// <summary>Values of an enumeration (modalities, say), or unknown.</summary>
public readonly record struct SetValue(IReadOnlySet<string>? Values)
{
    public bool IsKnown => Values is not null;

    /// <summary>A set written out in the rules.</summary>
    public static SetValue Of(params string[] values) => new(new HashSet<string>(values, StringComparer.Ordinal));

    /// <summary>Whether two sets hold the same values; unknown when either is.</summary>
    public static Truth EqualTo(SetValue left, SetValue right) =>
        left.Values is null || right.Values is null ? Truth.Unknown : Logic.Of(left.Values.SetEquals(right.Values));

    public Truth Contains(string value) => Values is null ? Truth.Unknown : Logic.Of(Values.Contains(value));

    public override string ToString() => Values is null ? "unknown" : "{" + string.Join(", ", Values.Order(StringComparer.Ordinal)) + "}";
}
