using System.Globalization;
using System.Numerics;
using System.Text;

namespace RulesDsl.Runtime.Tests;

/// <summary>
/// Amounts of every size, read, compared, added, subtracted and multiplied, against exact arithmetic on BigInteger:
/// amounts that fit a long are worked in longs and the rest in 128 bits, and both must give the exact answer, on
/// either side of a long's 18 digits and of the 38 an amount holds.
/// </summary>
public class QuantityArithmeticTests
{
    [Test]
    public void Random_amounts_of_every_size_parse_compare_and_compute_exactly()
    {
        var random = new Random(20261208);
        for (var run = 0; run < 20_000; run++)
        {
            var (leftText, left) = Amount(random);
            var (rightText, right) = Amount(random);
            var a = Parsed(leftText);
            var b = Parsed(rightText);
            var what = $"{leftText} and {rightText}";

            Value(a).ShouldBe(Normal(left), leftText);
            var order = Compare(left, right);
            Quantity.GreaterThan(a, b).ShouldBe(order > 0 ? Truth.Yes : Truth.No, what);
            Quantity.AtLeast(a, b).ShouldBe(order >= 0 ? Truth.Yes : Truth.No, what);
            Quantity.LessThan(a, b).ShouldBe(order < 0 ? Truth.Yes : Truth.No, what);
            Quantity.EqualTo(a, b).ShouldBe(order == 0 ? Truth.Yes : Truth.No, what);
            a.Equals(b).ShouldBe(order == 0, what);

            Exact(a + b, Add(left, right), what + ", sum");
            Exact(a - b, Add(left, (-right.Significand, right.Exponent)), what + ", difference");
            Exact(a * b, (left.Significand * right.Significand, left.Exponent + right.Exponent), what + ", product");
        }
    }

    [Test]
    public void Utf8_and_text_read_the_same_numbers_and_refuse_the_same()
    {
        string[] texts =
        [
            "0", "-0", "+7", "007", "0.000", "1.", ".5", "-.5", "1e5", "1E+5", "1e-5", "1e", "1e+", "e5", ".", "-", "1.2.3",
            "12abc", "1e5x", " 1", "1 ", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999999999999999", "999999999999999999999999999999999999999",
            "1e308", "1e309", "1e-400", "1e-401", "1e100000", "1e100001", "1e-2147483648", "1e2147483647", "1e99999999999",
            "٣", "1\u00a0", "1e٣",
        ];
        foreach (var text in texts)
        {
            var read = Quantity.TryParse(text, out var fromText);
            Quantity.TryParse(Encoding.UTF8.GetBytes(text), out var fromUtf8).ShouldBe(read, text);
            fromUtf8.ShouldBe(fromText, text);
        }

        Quantity.TryParse("1e-2147483648", out _).ShouldBeFalse();
        Quantity.TryParse("-9223372036854775809", out var beyondLong).ShouldBeTrue();
        beyondLong.ToString().ShouldBe("-9223372036854775809");
    }

    [Test]
    public void Sums_and_products_at_the_edges_of_a_long_are_exact()
    {
        var max = Quantity.Of(long.MaxValue);
        var min = Quantity.Of(long.MinValue);

        (max + Quantity.Of(1)).ToString().ShouldBe("9223372036854775808");
        (min - Quantity.Of(1)).ToString().ShouldBe("-9223372036854775809");
        (Quantity.Of(0) - min).ToString().ShouldBe("9223372036854775808");
        (max * max).ToString().ShouldBe("8.5070591730234615847396907784232501249E+37");
        (min * Quantity.Of(-1)).ToString().ShouldBe("9223372036854775808");
        Quantity.GreaterThan(Quantity.Of(1, 19), max).ShouldBe(Truth.Yes);
        Quantity.LessThan(Quantity.Of(-1, 19), min).ShouldBe(Truth.Yes);
        Quantity.EqualTo(Quantity.Of(92233720368547758, 2) + Quantity.Of(7), max).ShouldBe(Truth.Yes);
    }

    /// <summary>A random amount as text and as exact digits: 1 to 38 digits, a sign, a point anywhere, an exponent.</summary>
    private static (string Text, (BigInteger Significand, int Exponent) Value) Amount(Random random)
    {
        var digits = random.Next(4) switch
        {
            0 => random.Next(1, 6),
            1 => random.Next(15, 22),
            2 => random.Next(1, 39),
            _ => random.Next(30, 39),
        };
        var text = new StringBuilder();
        text.Append((char)('1' + random.Next(9)));
        for (var at = 1; at < digits; at++)
        {
            text.Append(random.Next(3) == 0 ? '0' : (char)('0' + random.Next(10)));
        }

        var significand = BigInteger.Parse(text.ToString(), CultureInfo.InvariantCulture);
        var point = random.Next(3) == 0 ? random.Next(1, digits + 1) : digits;
        var written = point == digits ? text.ToString() : text.ToString()[..point] + "." + text.ToString()[point..];
        var exponent = random.Next(3) == 0 ? random.Next(-30, 31) : 0;
        var negative = random.Next(4) == 0;
        var full = (negative ? "-" : "") + written + (exponent != 0 ? "e" + exponent.ToString(CultureInfo.InvariantCulture) : "");
        return (full, (negative ? -significand : significand, exponent - (digits - point)));
    }

    private static Quantity Parsed(string text)
    {
        Quantity.TryParse(text, out var quantity).ShouldBeTrue(text);
        return quantity;
    }

    private static (BigInteger Significand, int Exponent) Value(Quantity quantity) => Normal(((BigInteger)quantity.Significand, quantity.Exponent));

    /// <summary>The result as computed, or, past 38 digits, only that it is not claimed exact to more digits than it holds.</summary>
    private static void Exact(Quantity computed, (BigInteger Significand, int Exponent) exact, string what)
    {
        var expected = Normal(exact);
        if (BigInteger.Abs(expected.Significand).ToString(CultureInfo.InvariantCulture).Length <= 38)
        {
            Value(computed).ShouldBe(expected, what);
        }
    }

    private static (BigInteger Significand, int Exponent) Normal((BigInteger Significand, int Exponent) value)
    {
        var (significand, exponent) = value;
        if (significand.IsZero)
        {
            return (0, 0);
        }

        while ((significand % 10).IsZero)
        {
            significand /= 10;
            exponent++;
        }

        return (significand, exponent);
    }

    private static (BigInteger Significand, int Exponent) Add((BigInteger Significand, int Exponent) left, (BigInteger Significand, int Exponent) right)
    {
        var common = Math.Min(left.Exponent, right.Exponent);
        return (left.Significand * BigInteger.Pow(10, left.Exponent - common) + right.Significand * BigInteger.Pow(10, right.Exponent - common), common);
    }

    private static int Compare((BigInteger Significand, int Exponent) left, (BigInteger Significand, int Exponent) right) =>
        Add(left, (-right.Significand, right.Exponent)).Significand.Sign;
}
