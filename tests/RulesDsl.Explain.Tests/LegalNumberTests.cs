using RulesDsl.Explain.Building;

namespace RulesDsl.Explain.Tests;

public class LegalNumberTests
{
    [TestCase(1e25, "en", "10^25")]
    [TestCase(3.8e25, "en", "3.8 × 10^25")]
    [TestCase(3.8e25, "nl", "3,8 × 10^25")]
    [TestCase(3.79080e25, "de", "3,7908 × 10^25")]
    [TestCase(9.9996e24, "en", "9.9996 × 10^24")]
    [TestCase(10_000, "en", "10 000")]
    [TestCase(12_000, "nl", "12 000")]
    [TestCase(1_000, "en", "1000")]
    [TestCase(2.5, "en", "2.5")]
    [TestCase(2.5, "fr", "2,5")]
    [TestCase(0, "nl", "0")]
    [TestCase(1_500_000, "en", "1 500 000")]
    [TestCase(2.5, "ga", "2.5")]
    [TestCase(3.8e25, "mt", "3.8 × 10^25")]
    [TestCase(2.5, "pl", "2,5")]
    public void Numbers_print_as_the_readers_language_writes_them_with_the_Official_Journals_spaces_and_powers(double value, string language, string expected) =>
        LegalNumber.Format(value, language).ShouldBe(expected);

    [Test]
    public void A_count_has_no_unit_and_other_amounts_keep_theirs()
    {
        LegalNumber.Format(12_000, "count", "en").ShouldBe("12 000");
        LegalNumber.Format(1.5e13, "tokens", "nl").ShouldBe("1,5 × 10^13 tokens");
    }
}
