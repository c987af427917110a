using RulesDsl.Corpus.Languages;
using RulesDsl.Language.Citing;
using RulesDsl.Language.Tests.Checking;

namespace RulesDsl.Language.Tests.Time;

/// <summary>
/// Periods written in words in the clause a rule cites ("two weeks", "twee weken", "zes maanden"): a rule's <c>2 weeks</c>
/// citing Article 52(1) stands in the clause, a wrong period draws RD0113 naming what the clause writes.
/// </summary>
public class CitedPeriodTests
{
    private const string ShippedPath = "rules/gpai-notification.rules";

    private static readonly string Shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-notification.rules"));

    /// <summary>The text of a paragraph of the Official Journal as the corpus holds it, by its block anchor.</summary>
    private static string Paragraph(string language, string anchor) =>
        File.ReadLines(Path.Combine(RepoPaths.Corpus, "eu-ai-act", language, "oj.md")).Single(line => line.EndsWith(" ^" + anchor, StringComparison.Ordinal));

    [TestCase("en", "art_52__para_1", 2, PeriodKind.Weeks, "two weeks")]
    [TestCase("nl", "art_52__para_1", 2, PeriodKind.Weeks, "twee weken")]
    [TestCase("en", "art_52__para_5", 6, PeriodKind.Months, "six months")]
    [TestCase("nl", "art_52__para_5", 6, PeriodKind.Months, "zes maanden")]
    [TestCase("nl", "art_81__para_1", 30, PeriodKind.Days, "dertig dagen")]
    [TestCase("nl", "art_19__para_1", 6, PeriodKind.Months, "zes maanden")]
    public void A_period_in_words_is_read_in_the_clause_s_language(string language, string anchor, int length, PeriodKind unit, string written)
    {
        CitedNumbers.Periods(Paragraph(language, anchor), language).ShouldContain((length, unit, written));
    }

    [Test]
    public void Periods_in_digits_and_in_another_language_s_words()
    {
        CitedNumbers.Periods("within 15 days, or 10 000 years", "en").ShouldBe([(15, PeriodKind.Days, "15 days"), (10000, PeriodKind.Years, "10 000 years")]);
        CitedNumbers.Periods("binnen twee weken", "en").ShouldBeEmpty();
        CitedNumbers.Periods("innerhalb von zwei Wochen", "de").ShouldBe([(2, PeriodKind.Weeks, "zwei Wochen")]);
        CitedNumbers.Periods("dans un délai de deux semaines", "fr").ShouldBe([(2, PeriodKind.Weeks, "deux semaines")]);
    }

    [Test]
    public void The_shipped_periods_of_Article_52_draw_no_warning()
    {
        Against.Check(Shipped, ShippedPath).Diagnostics.ShouldBeEmpty();
    }

    [TestCase("value 2 weeks from 2025-08-02", "value 3 weeks from 2025-08-02", "3 weeks", "Article 52(1) writes \"two weeks\"")]
    [TestCase("value 2 weeks from 2025-08-02", "value 14 days from 2025-08-02", "14 days", null)]
    [TestCase("value 6 months from 2025-08-02", "value 5 months from 2025-08-02", "5 months", "Article 52(5) writes \"six months\"")]
    public void A_period_the_clause_does_not_write_draws_a_warning_naming_what_it_writes(string from, string to, string written, string? writes)
    {
        Shipped.ShouldContain(from);

        var warning = Against.Check(Shipped.Replace(from, to, StringComparison.Ordinal), ShippedPath).Diagnostics.ShouldHaveSingleItem();

        warning.Id.ShouldBe("RD0113");
        warning.Message.ShouldStartWith($"{written} is not written in Article 52(");
        if (writes is null)
        {
            warning.Message.ShouldNotContain("writes");
        }
        else
        {
            warning.Message.ShouldEndWith(writes);
        }
    }

    [Test]
    public void A_Dutch_file_citing_Article_52_1_finds_twee_weken()
    {
        var dutch = """
            rules "Kennisgeving"
            language nl
            parameter kennisgevingstermijn: duration
              value 2 weeks from 2025-08-02
              cites artikel 52, lid 1
            parameter wachttijd: duration
              value 3 weeks from 2025-08-02
              cites artikel 52, lid 1
            """;

        var warning = Against.Check(dutch).Diagnostics.Where(d => d.Id == "RD0113").ShouldHaveSingleItem();

        (warning.Position.Line, warning.Message).ShouldBe((7, "3 weeks is not written in Artikel 52, lid 1 as the corpus has it; Artikel 52, lid 1 writes \"twee weken\""));
    }
}
