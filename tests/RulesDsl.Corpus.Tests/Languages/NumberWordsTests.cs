using RulesDsl.Corpus.Languages;

namespace RulesDsl.Corpus.Tests.Languages;

/// <summary>Numbers and periods in words, per language, as the AI Act writes them ("two weeks", "zes maanden").</summary>
public class NumberWordsTests
{
    [TestCase("en", "two", 2)]
    [TestCase("en", "twelve", 12)]
    [TestCase("nl", "twee", 2)]
    [TestCase("nl", "dertig", 30)]
    [TestCase("de", "sechs", 6)]
    [TestCase("de", "zwölf", 12)]
    [TestCase("fr", "six", 6)]
    [TestCase("fr", "quatre-vingt-dix", 90)]
    public void A_number_word_reads_as_its_number(string language, string word, int number)
    {
        NumberWords.Numbers(language)[word].ShouldBe(number);
    }

    [TestCase("en")]
    [TestCase("nl")]
    [TestCase("de")]
    [TestCase("fr")]
    public void One_to_twelve_are_written_in_words(string language)
    {
        NumberWords.Numbers(language).Values.ToHashSet().IsSupersetOf(Enumerable.Range(1, 12)).ShouldBeTrue();
    }

    [TestCase("en", 2, PeriodKind.Weeks, "2 weeks")]
    [TestCase("en", 1, PeriodKind.Years, "1 year")]
    [TestCase("nl", 2, PeriodKind.Weeks, "2 weken")]
    [TestCase("nl", 6, PeriodKind.Months, "6 maanden")]
    [TestCase("de", 6, PeriodKind.Months, "6 Monate")]
    [TestCase("fr", 14, PeriodKind.Days, "14 jours")]
    [TestCase("pl", 2, PeriodKind.Weeks, "2 weeks")]
    public void A_period_is_written_in_the_reader_s_words(string language, int length, PeriodKind unit, string written)
    {
        NumberWords.Period(length, unit, language).ShouldBe(written);
    }
}
