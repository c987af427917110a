using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

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

    // Powers of ten up to 10^18, which a long holds.
    private static readonly long[] SmallPowers =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    private readonly ulong low;
    private readonly long high;
    private readonly int exponent;
    private readonly State state;
    private readonly bool estimated;

    private Quantity(Int128 significand, int exponent, State state, bool estimated)
        : this((long)(significand >> 64), (ulong)significand, exponent, state, estimated)
    {
    }

    private Quantity(long high, ulong low, int exponent, State state, bool estimated)
    {
        this.low = low;
        this.high = high;
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
    public static Quantity Of(long significand, int exponent) => Small(significand, exponent, State.Exact, false);

    /// <summary>
    /// An amount of more digits than a long holds, its significand given as its upper and lower 64 bits: generated code
    /// names no type of the core library but primitives (see the compiler's sandbox).
    /// </summary>
    public static Quantity Of(long high, ulong low, int exponent) => new(high, low, exponent, State.Exact, false);

    /// <summary>Whether the amount (or its lower bound) is below zero.</summary>
    public bool IsNegative => high < 0;

    // Arithmetic on amounts whose significands fit a long (any a case gives with up to 18 digits) is done in longs, the
    // rest in Int128, in methods of their own (Wide…, never inlined): ReadyToRun cannot compile a method that passes an
    // Int128 to another ahead of time (it counts the type's layout as the framework's to change), so such code is
    // compiled by the JIT in every process and runs first as its quickest, slowest code.
    private bool IsSmall => high == (long)low >> 63;

    private long SmallSignificand => (long)low;

    private static Quantity Small(long significand, int exponent, State state, bool estimated) => new(significand >> 63, (ulong)significand, exponent, state, estimated);

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
        // Only ASCII can be part of a number: the text is read as the UTF-8 it is then.
        Span<byte> ascii = text.Length <= 128 ? stackalloc byte[text.Length] : new byte[text.Length];
        for (var at = 0; at < text.Length; at++)
        {
            if (text[at] > 0x7F)
            {
                quantity = Unknown;
                return false;
            }

            ascii[at] = (byte)text[at];
        }

        return TryParse(ascii, out quantity);
    }

    /// <summary>A number read as <see cref="TryParse(ReadOnlySpan{char}, out Quantity)"/> reads it, from its UTF-8 bytes (a JSON number as written).</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out Quantity quantity)
    {
        quantity = Unknown;
        var at = 0;
        var negative = at < text.Length && text[at] == '-';
        if (negative || (at < text.Length && text[at] == '+'))
        {
            at++;
        }

        // The digits' magnitude in two halves of 64 bits: 38 digits stay below 2^127.
        ulong upper = 0, lower = 0;
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

            if (c is < (byte)'0' or > (byte)'9')
            {
                break;
            }

            seen = true;
            if (digits == 0 && c == '0')
            {
                scale -= point ? 1 : 0;
                continue;
            }

            if (++digits > Digits)
            {
                return false;
            }

            var digit = (ulong)(c - '0');
            upper = (upper * 10) + Math.BigMul(lower, 10, out lower);
            lower += digit;
            upper += lower < digit ? 1UL : 0;
            scale -= point ? 1 : 0;
        }

        if (!seen)
        {
            return false;
        }

        if (at < text.Length && text[at] is (byte)'e' or (byte)'E')
        {
            if (!int.TryParse(text[(at + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power) || power is > 100_000 or < -100_000)
            {
                return false;
            }

            scale += power;
        }
        else if (at != text.Length)
        {
            return false;
        }

        if (upper == 0 && lower <= long.MaxValue)
        {
            return TryOf(negative ? -(long)lower : (long)lower, scale, out quantity);
        }

        return TryOfWide(negative, upper, lower, scale, out quantity);
    }

    /// <summary>An amount of more than 18 digits, given as its sign and its magnitude's two halves.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryOfWide(bool negative, ulong upper, ulong lower, int exponent, out Quantity quantity)
    {
        var magnitude = new Int128(upper, lower);
        return TryOf(negative ? -magnitude : magnitude, exponent, out quantity);
    }

    /// <summary>As <see cref="TryOf(Int128, int, out Quantity)"/>, for a significand that fits a long.</summary>
    private static bool TryOf(long significand, int exponent, out Quantity quantity)
    {
        if (significand == 0)
        {
            quantity = Small(0, 0, State.Exact, false);
            return true;
        }

        significand = Stripped(significand, ref exponent);

        // The magnitude of long.MinValue is 2^63, which its negation, cast, gives.
        var magnitude = (ulong)(significand < 0 ? -significand : significand);
        var digits = 1;
        while (digits < SmallPowers.Length && magnitude >= (ulong)SmallPowers[digits])
        {
            digits++;
        }

        var fits = exponent + digits - 1 <= LargestPower && exponent >= SmallestPower;
        quantity = fits ? Small(significand, exponent, State.Exact, false) : Unknown;
        return fits;
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
        return BigInteger.Abs(significand) < (BigInteger)TenTo.Powers[Digits] && TryOf((Int128)significand, exponent, out quantity);
    }

    private static bool TryOf(Int128 significand, int exponent, out Quantity quantity)
    {
        (significand, exponent) = Stripped(significand, exponent);
        var digits = 1;
        while (digits < Digits && Int128.Abs(significand) >= TenTo.Powers[digits])
        {
            digits++;
        }

        var fits = significand == 0 || (exponent + digits - 1 <= LargestPower && exponent >= SmallestPower);
        quantity = fits ? new(significand, exponent, State.Exact, false) : Unknown;
        return fits;
    }

    public Quantity AsEstimate() => new(high, low, exponent, state, state is State.Exact or State.LowerBound);

    /// <summary>This amount as a lower bound of the real one.</summary>
    public Quantity AsLowerBound() => state == State.Exact ? new(high, low, exponent, State.LowerBound, estimated) : this;

    /// <summary>A sum: with an amount missing, the others are a lower bound of it, the law's amounts never being negative.</summary>
    public static Quantity operator +(Quantity left, Quantity right)
    {
        if (left.state == State.Unsigned || right.state == State.Unsigned)
        {
            return Small(0, 0, State.Unsigned, false);
        }

        if (left.state == State.Missing || right.state == State.Missing)
        {
            var other = left.state == State.Missing ? right : left;
            return other.state == State.Missing ? Unknown : other.AsLowerBound();
        }

        return Sum(left, right, subtract: false, Bound(left, right), left.estimated || right.estimated);
    }

    public static Quantity operator -(Quantity left, Quantity right)
    {
        // Less an exact amount, a lower bound stays one; anything else not known may now be negative.
        if (right.state != State.Exact || left.state is not (State.Exact or State.LowerBound))
        {
            return Small(0, 0, State.Unsigned, false);
        }

        return Sum(left, right, subtract: true, left.state, left.estimated || right.estimated);
    }

    public static Quantity operator *(Quantity left, Quantity right)
    {
        var negative = left.Negative || right.Negative;
        if (left.state == State.Unsigned || right.state == State.Unsigned || (negative && (left.state != State.Exact || right.state != State.Exact)))
        {
            return Small(0, 0, State.Unsigned, false);
        }

        if (left.state == State.Missing || right.state == State.Missing)
        {
            return Unknown;
        }

        var power = left.exponent + right.exponent;
        if (left.IsSmall && right.IsSmall)
        {
            // Two longs' product always fits 128 bits.
            var upper = Math.BigMul(left.SmallSignificand, right.SmallSignificand, out var lower);
            return new(upper, (ulong)lower, power, Bound(left, right), left.estimated || right.estimated);
        }

        return WideProduct(left, right, power);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Quantity WideProduct(Quantity left, Quantity right, int power)
    {
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

    private bool Negative => high < 0;

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
    private static int Order(Quantity left, Quantity right) =>
        left.IsSmall && right.IsSmall
            ? Order(left.SmallSignificand, left.exponent, right.SmallSignificand, right.exponent)
            : WideOrder(left, right);

    private static int Order(long a, int left, long b, int right)
    {
        if (left == right || a == 0 || b == 0 || (a < 0) != (b < 0))
        {
            return left == right ? a.CompareTo(b) : Math.Sign(a).CompareTo(Math.Sign(b));
        }

        // Same sign, different powers: scale the one with the larger power down to the other's; if it overflows, it is the larger in size.
        var sign = left > right ? 1 : -1;
        var bigger = left > right ? a : b;
        var order = TryScale(bigger, Math.Abs(left - right), out var scaled) ? scaled.CompareTo(left > right ? b : a) : Math.Sign(bigger);
        return order * sign;
    }

    /// <summary>significand × 10^power, false when it overflows a long.</summary>
    private static bool TryScale(long significand, int power, out long scaled)
    {
        scaled = significand;
        if (significand == 0 || power == 0)
        {
            return true;
        }

        if (power >= SmallPowers.Length)
        {
            return false;
        }

        var upper = Math.BigMul(significand, SmallPowers[power], out scaled);
        return upper == scaled >> 63;
    }

    /// <summary>left + right (or left − right), in longs when both fit and so does the sum.</summary>
    private static Quantity Sum(Quantity left, Quantity right, bool subtract, State state, bool estimated)
    {
        if (left.IsSmall && right.IsSmall && !(subtract && right.SmallSignificand == long.MinValue))
        {
            var common = Math.Min(left.exponent, right.exponent);
            if (TryScale(left.SmallSignificand, left.exponent - common, out var x)
                && TryScale(subtract ? -right.SmallSignificand : right.SmallSignificand, right.exponent - common, out var y))
            {
                var sum = x + y;

                // Overflow shows as a sum whose sign differs from both parts'.
                if (((x ^ sum) & (y ^ sum)) >= 0)
                {
                    return Small(sum, common, state, estimated);
                }
            }
        }

        return WideSum(left, right, subtract, state, estimated);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Quantity WideSum(Quantity left, Quantity right, bool subtract, State state, bool estimated)
    {
        var (significand, power) = Add(left, subtract ? -right.Significand : right.Significand, right.exponent);
        return new(significand, power, state, estimated);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int WideOrder(Quantity left, Quantity right)
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
            return checked(significand * TenTo.Powers[power]);
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

    /// <summary>A significand other than zero without its trailing zeros, each one added to <paramref name="power"/>.</summary>
    private static long Stripped(long significand, ref int power)
    {
        while (significand % 10 == 0)
        {
            significand /= 10;
            power++;
        }

        return significand;
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
            return (Stripped((long)significand, ref power), power);
        }

        while (significand % 10 == 0)
        {
            significand /= 10;
            power++;
        }

        return (significand, power);
    }

    /// <summary>Powers of ten up to 10^38, made only when an amount of more digits than a long's is met.</summary>
    private static class TenTo
    {
        public static readonly Int128[] Powers = PowersOfTen();

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
