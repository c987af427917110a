using System.Globalization;
using System.Numerics;

namespace RulesDsl.Runtime;

/// <summary>
/// A quantity in a unit the law measures (FLOP, tokens, count, EUR), held exactly in decimal: a significand of up to 38
/// digits times a power of ten, so that amounts written in decimal (9.82e24 + 9e22 + 9e22) add up to what the law
/// compares them with (10^25) with no binary rounding, far beyond 10^30. It is known, known only as a lower bound (a
/// sum of amounts some of which are missing: the law's amounts are never negative), or unknown; and marked as
/// estimated when it rests on an estimate rather than on the facts given or the law's own definition.
/// </summary>
public readonly struct Quantity : IEquatable<Quantity>
{
    // Int128's 38 digits, held as two longs: an Int128 field would align the struct to 16 bytes and make it 32 wide.
    private const int Digits = 38;

    // Amounts stay within a double's range (below 10^309), so that a program can always be handed one as a double.
    private const int LargestPower = 308, SmallestPower = -400;

    private static readonly Int128[] Powers = PowersOfTen();

    private readonly ulong low;
    private readonly long high;
    private readonly int exponent;
    private readonly State state;
    private readonly bool estimated;

    private Quantity(Int128 significand, int exponent, State state, bool estimated)
    {
        low = (ulong)significand;
        high = (long)(significand >> 64);
        this.exponent = exponent;
        this.state = state;
        this.estimated = estimated;
    }

    private enum State : byte
    {
        // An amount not known: never negative, as every amount the law measures.
        Missing,
        Exact,

        // The amount is at least this much.
        LowerBound,

        // Not known, and possibly negative: a difference with an amount not known.
        Unsigned,
    }

    public static Quantity Unknown => default;

    /// <summary>Whether the amount is known exactly.</summary>
    public bool IsKnown => state == State.Exact;

    /// <summary>Whether the amount is known only to be at least <see cref="Significand"/> × 10^<see cref="Exponent"/>.</summary>
    public bool IsLowerBound => state == State.LowerBound;

    public bool IsEstimated => estimated;

    /// <summary>The digits of the amount (or of its lower bound): it is <c>Significand × 10^Exponent</c>.</summary>
    public Int128 Significand => new((ulong)high, low);

    public int Exponent => exponent;

    /// <summary>An amount exactly <paramref name="significand"/> × 10^<paramref name="exponent"/>.</summary>
    public static Quantity Of(Int128 significand, int exponent) => new(significand, exponent, State.Exact, false);

    public static Quantity Of(long value) => Of(value, 0);

    /// <summary>An amount exactly <paramref name="significand"/> × 10^<paramref name="exponent"/>, as generated code writes the rules' numbers.</summary>
    public static Quantity Of(long significand, int exponent) => Of((Int128)significand, exponent);

    /// <summary>
    /// An amount of more digits than a long holds, its significand given as its upper and lower 64 bits: generated code
    /// names no type of the core library but primitives (see the compiler's sandbox).
    /// </summary>
    public static Quantity Of(long high, ulong low, int exponent) => Of(new Int128((ulong)high, low), exponent);

    /// <summary>The decimal a double stands for: its shortest round-trip digits (9.82e24 is 982 × 10^22, not the binary value nearest it).</summary>
    public static Quantity Of(double value)
    {
        Span<char> text = stackalloc char[32];
        if (!double.IsFinite(value) || !value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture) || !TryParse(text[..written], out var quantity))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "an amount is a finite number");
        }

        return quantity;
    }

    /// <summary>
    /// A number as JSON and the rules' <c>1e25</c> write it (<c>-2.5</c>, <c>9.82E+24</c>), read digit for digit; false when
    /// it is no such number or has more than 38 significant digits.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Quantity quantity)
    {
        quantity = Unknown;
        var at = 0;
        var negative = at < text.Length && text[at] == '-';
        if (negative || (at < text.Length && text[at] == '+'))
        {
            at++;
        }

        Int128 significand = 0;
        var digits = 0;
        var scale = 0;
        var seen = false;
        var point = false;
        for (; at < text.Length; at++)
        {
            var c = text[at];
            if (c == '.' && !point)
            {
                point = true;
                continue;
            }

            if (c is < '0' or > '9')
            {
                break;
            }

            seen = true;
            if (significand == 0 && c == '0')
            {
                scale -= point ? 1 : 0;
                continue;
            }

            if (++digits > Digits)
            {
                return false;
            }

            significand = significand * 10 + (c - '0');
            scale -= point ? 1 : 0;
        }

        if (!seen)
        {
            return false;
        }

        if (at < text.Length && text[at] is 'e' or 'E')
        {
            if (!int.TryParse(text[(at + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power) || Math.Abs(power) > 100_000)
            {
                return false;
            }

            scale += power;
        }
        else if (at != text.Length)
        {
            return false;
        }

        return TryOf(negative ? -significand : significand, scale, out quantity);
    }

    /// <summary>
    /// An amount exactly <paramref name="significand"/> × 10^<paramref name="exponent"/>, as the rules write their
    /// numbers; false beyond 38 significant digits or a double's range (10^309).
    /// </summary>
    public static bool TryOf(BigInteger significand, int exponent, out Quantity quantity)
    {
        while (!significand.IsZero && (significand % 10).IsZero)
        {
            significand /= 10;
            exponent++;
        }

        quantity = Unknown;
        return BigInteger.Abs(significand) < (BigInteger)Powers[Digits] && TryOf((Int128)significand, exponent, out quantity);
    }

    private static bool TryOf(Int128 significand, int exponent, out Quantity quantity)
    {
        (significand, exponent) = Stripped(significand, exponent);
        var digits = 1;
        while (digits < Digits && Int128.Abs(significand) >= Powers[digits])
        {
            digits++;
        }

        var fits = significand == 0 || (exponent + digits - 1 <= LargestPower && exponent >= SmallestPower);
        quantity = fits ? new(significand, exponent, State.Exact, false) : Unknown;
        return fits;
    }

    public Quantity AsEstimate() => new(Significand, exponent, state, state is State.Exact or State.LowerBound);

    /// <summary>This amount as a lower bound of the real one.</summary>
    public Quantity AsLowerBound() => state == State.Exact ? new(Significand, exponent, State.LowerBound, estimated) : this;

    /// <summary>A sum: with an amount missing, the others are a lower bound of it, the law's amounts never being negative.</summary>
    public static Quantity operator +(Quantity left, Quantity right)
    {
        if (left.state == State.Unsigned || right.state == State.Unsigned)
        {
            return new(0, 0, State.Unsigned, false);
        }

        if (left.state == State.Missing || right.state == State.Missing)
        {
            var other = left.state == State.Missing ? right : left;
            return other.state == State.Missing ? Unknown : other.AsLowerBound();
        }

        var (significand, power) = Add(left, right.Significand, right.exponent);
        return new(significand, power, Bound(left, right), left.estimated || right.estimated);
    }

    public static Quantity operator -(Quantity left, Quantity right)
    {
        // Less an exact amount, a lower bound stays one; anything else not known may now be negative.
        if (right.state != State.Exact || left.state is not (State.Exact or State.LowerBound))
        {
            return new(0, 0, State.Unsigned, false);
        }

        var (significand, power) = Add(left, -right.Significand, right.exponent);
        return new(significand, power, left.state, left.estimated || right.estimated);
    }

    public static Quantity operator *(Quantity left, Quantity right)
    {
        var negative = left.Negative || right.Negative;
        if (left.state == State.Unsigned || right.state == State.Unsigned || (negative && (left.state != State.Exact || right.state != State.Exact)))
        {
            return new(0, 0, State.Unsigned, false);
        }

        if (left.state == State.Missing || right.state == State.Missing)
        {
            return Unknown;
        }

        var power = left.exponent + right.exponent;
        Int128 significand;
        try
        {
            significand = checked(left.Significand * right.Significand);
        }
        catch (OverflowException)
        {
            return Rounded((BigInteger)left.Significand * right.Significand, power, Bound(left, right), left.estimated || right.estimated);
        }

        return new(significand, power, Bound(left, right), left.estimated || right.estimated);
    }

    // A lower bound decides only that the amount is above something: compared with an exact amount, "greater than" and
    // "at least" (or the same read the other way round) when they hold; never "less than", "at most", "is", nor a "no".

    public static Truth GreaterThan(Quantity left, Quantity right) => Decide(left, right, strict: true);

    public static Truth AtLeast(Quantity left, Quantity right) => Decide(left, right, strict: false);

    public static Truth LessThan(Quantity left, Quantity right) => Decide(right, left, strict: true);

    public static Truth AtMost(Quantity left, Quantity right) => Decide(right, left, strict: false);

    public static Truth EqualTo(Quantity left, Quantity right) =>
        left.IsKnown && right.IsKnown ? Logic.Of(Order(left, right) == 0) : Truth.Unknown;

    /// <summary>
    /// Whether what a derivation gave settles a fact not given, the derivations tried in order: an amount known settles it
    /// unless it is below a lower bound an earlier one gave (the facts show the amount is at least that, so an estimate
    /// below it is wrong); a lower bound does not, and the highest is kept in <paramref name="bound"/>, the fact's value
    /// when nothing settles it.
    /// </summary>
    public static bool Settles(Quantity derived, ref Quantity bound)
    {
        if (derived.IsKnown)
        {
            return !bound.IsLowerBound || Order(derived, bound) >= 0;
        }

        if (derived.IsLowerBound && (!bound.IsLowerBound || Order(derived, bound) > 0))
        {
            bound = derived;
        }

        return false;
    }

    public bool Equals(Quantity other) =>
        state == other.state && estimated == other.estimated && (state is State.Missing or State.Unsigned || Order(this, other) == 0);

    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    public override int GetHashCode()
    {
        var (significand, power) = Stripped(Significand, exponent);
        return HashCode.Combine(state, estimated, state is State.Exact or State.LowerBound ? significand : 0, state is State.Exact or State.LowerBound ? power : 0);
    }

    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>The nearest double, for a program that wants one; the quantity itself is exact.</summary>
    public double ToDouble() => double.Parse(Text(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The exact amount, invariant: <c>9.82E+24</c>, <c>10000</c>, <c>2.5</c>; a bound prefixed <c>≥</c>.</summary>
    public override string ToString() => state switch
    {
        State.Exact => Text() + (estimated ? " (estimated)" : ""),
        State.LowerBound => "≥ " + Text() + (estimated ? " (estimated)" : ""),
        _ => "unknown",
    };

    /// <summary>The significant digits, the trailing zeros dropped, and the power of ten of the last: 9.82e24 is ("982", 22).</summary>
    public (string Digits, int Exponent, bool Negative) Decimal()
    {
        var (significand, power) = Stripped(Significand, exponent);
        return (Int128.Abs(significand).ToString(CultureInfo.InvariantCulture), significand == 0 ? 0 : power, significand < 0);
    }

    private bool Negative => Significand < 0;

    private string Text()
    {
        var (digits, power, negative) = Decimal();
        var sign = negative ? "-" : "";
        if (power >= 0 && digits.Length + power <= 21)
        {
            return sign + digits + new string('0', power);
        }

        if (power < 0 && -power < digits.Length + 6)
        {
            var whole = digits.Length + power;
            return sign + (whole > 0 ? digits[..whole] + "." + digits[whole..] : "0." + new string('0', -whole) + digits);
        }

        var magnitude = power + digits.Length - 1;
        return sign + digits[..1] + (digits.Length > 1 ? "." + digits[1..] : "") + "E" + (magnitude >= 0 ? "+" : "") + magnitude.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="larger"/> is greater than (or, not strict, at least) <paramref name="smaller"/>.</summary>
    private static Truth Decide(Quantity larger, Quantity smaller, bool strict)
    {
        if (!smaller.IsKnown || !(larger.IsKnown || larger.IsLowerBound))
        {
            return Truth.Unknown;
        }

        var order = Order(larger, smaller);
        var holds = strict ? order > 0 : order >= 0;

        // Only a bound on the side said to be the larger can show it is: the amount may be more, never less.
        return larger.IsKnown ? Logic.Of(holds) : holds ? Truth.Yes : Truth.Unknown;
    }

    private static State Bound(Quantity left, Quantity right) =>
        left.state == State.Exact && right.state == State.Exact ? State.Exact : State.LowerBound;

    /// <summary>The order of two amounts, exactly: -1, 0 or 1.</summary>
    private static int Order(Quantity left, Quantity right)
    {
        var (a, b) = (left.Significand, right.Significand);
        if (left.exponent == right.exponent || a == 0 || b == 0 || (a < 0) != (b < 0))
        {
            return left.exponent == right.exponent ? a.CompareTo(b) : Int128.Sign(a).CompareTo(Int128.Sign(b));
        }

        // Same sign, different powers: scale the one with the larger power down to the other's; if it overflows, it is the larger in size.
        var (bigger, smaller, sign) = left.exponent > right.exponent ? (a, b, 1) : (b, a, -1);
        var scaled = Scale(bigger, Math.Abs(left.exponent - right.exponent));
        var order = scaled is { } value ? value.CompareTo(smaller) : Int128.Sign(bigger);
        return order * sign;
    }

    /// <summary>left + significand × 10^power, exactly when it fits 38 digits.</summary>
    private static (Int128 Significand, int Exponent) Add(Quantity left, Int128 significand, int power)
    {
        var (a, b) = (left.Significand, significand);
        var common = Math.Min(left.exponent, power);
        if (Scale(a, left.exponent - common) is { } x && Scale(b, power - common) is { } y)
        {
            try
            {
                return (checked(x + y), common);
            }
            catch (OverflowException)
            {
            }
        }

        var exact = Big(a, left.exponent - common) + Big(b, power - common);
        var rounded = Rounded(exact, common, State.Exact, false);
        return (rounded.Significand, rounded.exponent);
    }

    private static Int128? Scale(Int128 significand, int power)
    {
        if (significand == 0 || power == 0)
        {
            return significand;
        }

        if (power > Digits)
        {
            return null;
        }

        try
        {
            return checked(significand * Powers[power]);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static BigInteger Big(Int128 significand, int power) => (BigInteger)significand * BigInteger.Pow(10, power);

    /// <summary>Beyond 38 digits (never for the law's amounts), the nearest 38-digit amount, ties to even.</summary>
    private static Quantity Rounded(BigInteger exact, int power, State state, bool estimated)
    {
        var excess = BigInteger.Abs(exact).ToString(CultureInfo.InvariantCulture).Length - Digits;
        if (excess <= 0)
        {
            var (significand, scale) = Stripped((Int128)exact, power);
            return new(significand, scale, state, estimated);
        }

        var divisor = BigInteger.Pow(10, excess);
        var quotient = BigInteger.DivRem(exact, divisor, out var remainder);
        var twice = BigInteger.Abs(remainder) * 2;
        if (twice > divisor || (twice == divisor && !quotient.IsEven))
        {
            quotient += exact.Sign;
        }

        return Rounded(quotient, power + excess, state, estimated);
    }

    private static (Int128 Significand, int Exponent) Stripped(Int128 significand, int power)
    {
        if (significand == 0)
        {
            return (0, 0);
        }

        // Int128 division is done in software: an amount that fits a long (any a case gives with up to 18 digits) is
        // stripped in hardware, which made it a fifth of reading a batch's facts.
        if (significand >= long.MinValue && significand <= long.MaxValue)
        {
            var small = (long)significand;
            while (small % 10 == 0)
            {
                small /= 10;
                power++;
            }

            return (small, power);
        }

        while (significand % 10 == 0)
        {
            significand /= 10;
            power++;
        }

        return (significand, power);
    }

    private static Int128[] PowersOfTen()
    {
        var powers = new Int128[Digits + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
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

    /// <summary>How many values the set holds (<c>count of modalities</c>); unknown when the set is.</summary>
    public Quantity Count => Values is null ? Quantity.Unknown : Quantity.Of(Values.Count);

    public override string ToString() => Values is null ? "unknown" : "{" + string.Join(", ", Values.Order(StringComparer.Ordinal)) + "}";
}
