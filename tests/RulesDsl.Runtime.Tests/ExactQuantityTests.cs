namespace RulesDsl.Runtime.Tests;

/// <summary>Amounts compare and add exactly in decimal, as the law writes them: no binary rounding at a threshold.</summary>
public class ExactQuantityTests
{
    private static readonly Quantity Threshold = Quantity.Of(1, 25);

    [Test]
    public void Parts_summing_to_exactly_10_to_the_25_are_not_greater_than_it()
    {
        // As doubles, 9.82e24 + 9e22 + 9e22 is 1.0000000000000003e25: "greater than 10^25" would wrongly hold.
        var sum = Quantity.Of(9.82e24) + Quantity.Of(9e22) + Quantity.Of(9e22);

        sum.ShouldBe(Threshold);
        Quantity.GreaterThan(sum, Threshold).ShouldBe(Truth.No);
        Quantity.AtLeast(sum, Threshold).ShouldBe(Truth.Yes);
        Quantity.EqualTo(sum, Threshold).ShouldBe(Truth.Yes);
        sum.ToString().ShouldBe("1E+25");
    }

    [Test]
    public void Random_decimal_splits_of_a_threshold_are_never_greater_than_it_and_one_unit_more_is()
    {
        var random = new Random(20261207);
        for (var run = 0; run < 5000; run++)
        {
            // A threshold of 10^20 to 10^30 split into 2 to 6 parts at a unit of 1 to 10^12, each part read from its decimal text.
            var power = random.Next(20, 31);
            var unitPower = random.Next(0, 13);
            var units = System.Numerics.BigInteger.Pow(10, power - unitPower);
            var parts = new List<System.Numerics.BigInteger>();
            var left = units;
            for (var count = random.Next(2, 7); count > 1 && left > 0; count--)
            {
                var part = new System.Numerics.BigInteger(random.NextDouble() * (double)left);
                parts.Add(part);
                left -= part;
            }

            parts.Add(left);
            var sum = parts.Select(p => Parse(p + "e" + unitPower)).Aggregate((a, b) => a + b);
            var threshold = Parse("1e" + power);

            Quantity.GreaterThan(sum, threshold).ShouldBe(Truth.No, $"{string.Join(" + ", parts)} (× 10^{unitPower}) against 10^{power}");
            Quantity.AtMost(sum, threshold).ShouldBe(Truth.Yes);
            var more = sum + Parse("1e" + unitPower);
            Quantity.GreaterThan(more, threshold).ShouldBe(Truth.Yes, $"one unit of 10^{unitPower} more than 10^{power}");
        }
    }

    [Test]
    public void Amounts_of_10_to_the_30_and_beyond_are_exact_to_the_last_unit()
    {
        var big = Parse("1e30");
        var oneMore = big + Quantity.Of(1);

        Quantity.GreaterThan(oneMore, big).ShouldBe(Truth.Yes);
        (oneMore - Quantity.Of(1)).ShouldBe(big);
        oneMore.ToString().ShouldBe("1.000000000000000000000000000001E+30");
        Quantity.EqualTo(Parse("2.5e30") * Parse("4"), Parse("1e31")).ShouldBe(Truth.Yes);
    }

    [Test]
    public void Decimal_text_is_read_digit_for_digit_and_refused_beyond_38_digits_or_a_doubles_range()
    {
        Parse("9.82E+24").ShouldBe(Quantity.Of(982, 22));
        Parse("0.05").ShouldBe(Quantity.Of(5, -2));
        Parse("-3").ShouldBe(Quantity.Of(-3));
        Quantity.TryParse("1e309", out _).ShouldBeFalse();
        Quantity.TryParse("123456789012345678901234567890123456789", out _).ShouldBeFalse();
        Quantity.TryParse("12abc", out _).ShouldBeFalse();
        Quantity.TryParse("", out _).ShouldBeFalse();
    }

    [Test]
    public void A_sum_with_a_part_missing_is_a_lower_bound_that_shows_greater_than_and_never_a_no()
    {
        var bound = Quantity.Of(2e25) + Quantity.Unknown + Quantity.Unknown;

        bound.IsKnown.ShouldBeFalse();
        bound.IsLowerBound.ShouldBeTrue();
        Quantity.GreaterThan(bound, Threshold).ShouldBe(Truth.Yes);
        Quantity.AtLeast(bound, Threshold).ShouldBe(Truth.Yes);
        Quantity.LessThan(Threshold, bound).ShouldBe(Truth.Yes);

        // Below the threshold the missing parts may make up the difference: nothing is decided, least of all a "no".
        var low = Quantity.Of(5e24) + Quantity.Unknown;
        Quantity.GreaterThan(low, Threshold).ShouldBe(Truth.Unknown);
        Quantity.LessThan(low, Threshold).ShouldBe(Truth.Unknown);
        Quantity.AtMost(low, Threshold).ShouldBe(Truth.Unknown);
        Quantity.LessThan(bound, Threshold).ShouldBe(Truth.Unknown);
        Quantity.EqualTo(bound, Threshold).ShouldBe(Truth.Unknown);
        Quantity.GreaterThan(Threshold, bound).ShouldBe(Truth.Unknown);
    }

    [Test]
    public void A_difference_with_an_amount_missing_bounds_nothing()
    {
        // The difference may be negative, so adding it to an amount known gives no lower bound.
        var difference = Quantity.Unknown - Quantity.Of(1);
        var sum = difference + Quantity.Of(2e25);

        sum.IsLowerBound.ShouldBeFalse();
        Quantity.GreaterThan(sum, Threshold).ShouldBe(Truth.Unknown);
        (Quantity.Unknown + Quantity.Unknown).ShouldBe(Quantity.Unknown);
        (Quantity.Of(3) * Quantity.Unknown).IsLowerBound.ShouldBeFalse();
    }

    [Test]
    public void A_derivation_settles_a_fact_unless_it_falls_below_a_bound_an_earlier_one_gave()
    {
        var bound = Quantity.Unknown;

        Quantity.Settles(Quantity.Of(2e25) + Quantity.Unknown, ref bound).ShouldBeFalse();
        bound.IsLowerBound.ShouldBeTrue();
        Quantity.Settles(Quantity.Of(6.3e24).AsEstimate(), ref bound).ShouldBeFalse();
        Quantity.Settles(Quantity.Of(3e25).AsEstimate(), ref bound).ShouldBeTrue();
        var none = Quantity.Unknown;
        Quantity.Settles(Quantity.Of(6.3e24), ref none).ShouldBeTrue();
    }

    private static Quantity Parse(string text) => Quantity.TryParse(text, out var quantity) ? quantity : throw new FormatException(text);
}
