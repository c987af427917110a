namespace RulesDsl.Runtime;

/// <summary>Yes, no, or unknown: a missing fact makes a result unknown, never no.</summary>
public enum Truth : byte
{
    Unknown = 0,
    No = 1,
    Yes = 2,
}

/// <summary>The law's connectives over three values (Kleene's logic: no wins an "and", yes wins an "or").</summary>
public static class Logic
{
    public static Truth And(Truth left, Truth right) =>
        left == Truth.No || right == Truth.No ? Truth.No
        : left == Truth.Yes && right == Truth.Yes ? Truth.Yes
        : Truth.Unknown;

    public static Truth Or(Truth left, Truth right) =>
        left == Truth.Yes || right == Truth.Yes ? Truth.Yes
        : left == Truth.No && right == Truth.No ? Truth.No
        : Truth.Unknown;

    public static Truth Not(Truth value) => value switch
    {
        Truth.Yes => Truth.No,
        Truth.No => Truth.Yes,
        _ => Truth.Unknown,
    };

    public static Truth Of(bool value) => value ? Truth.Yes : Truth.No;

    /// <summary>Whether two yes/no values are the same; unknown when either is.</summary>
    public static Truth EqualTo(Truth left, Truth right) =>
        left == Truth.Unknown || right == Truth.Unknown ? Truth.Unknown : Of(left == right);
}
