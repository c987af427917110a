using RulesDsl.Corpus.Text;

namespace RulesDsl.Corpus.Tests.Text;

public class LostSuperscriptsTests
{
    [Test]
    public void Article_51_2_as_naive_text_extraction_leaves_it_is_a_lost_superscript() =>
        LostSuperscripts.Find("the cumulative amount of computation used for its training measured in floating point operations is greater than 1025.")
            .ShouldHaveSingleItem().Meant.ShouldBe("10^25");

    // The numbers of other acts the AI Act cites (recital 121, Article 3, point (27)) are no powers of ten.
    [TestCase("Regulation (EU) No 1025/2012 of the European Parliament and of the Council")]
    [TestCase("Article 20 of Regulation (EU) 2019/1020")]
    [TestCase("at least 10 000 registered business users, in 2024")]
    [TestCase("greater than 10^25.")]
    public void Act_numbers_years_grouped_numbers_and_kept_superscripts_are_not(string text) =>
        LostSuperscripts.Find(text).ShouldBeEmpty();
}
