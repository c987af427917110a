using RulesDsl.Linking.Alignment;

namespace RulesDsl.Linking.Tests.Alignment;

public class BeadScorerTests
{
    [TestCase(0.0, 1.0)]
    [TestCase(0.5, 0.4795001221869535)]
    [TestCase(1.0, 0.15729920705028513)]
    [TestCase(3.0, 2.209049699858544e-05)]
    public void Log_erfc_is_accurate_to_a_part_in_ten_million(double x, double erfc)
    {
        BeadScorer.LogErfc(x).ShouldBe(Math.Log(erfc), 2e-7);
    }

    [Test]
    public void Log_erfc_stays_finite_far_in_the_tail()
    {
        // erfc(x) ≈ exp(-x²) / (x √π) for large x: about e^-1604 at 40, far below the smallest double.
        BeadScorer.LogErfc(40).ShouldBe(-1600 - Math.Log(40 * Math.Sqrt(Math.PI)), 1e-3);
    }
}
