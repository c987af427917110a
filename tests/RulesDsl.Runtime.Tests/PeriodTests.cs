using System.Globalization;

namespace RulesDsl.Runtime.Tests;

/// <summary>
/// Periods counted by Regulation (EEC, Euratom) No 1182/71, Article 3: the day of the event is not counted; a period in
/// days ends with its last day; one in weeks, months or years on the same weekday or date, or the last day of the month
/// that has no such date.
/// </summary>
public class PeriodTests
{
    private static DateValue Day(string iso) => new(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture), true);

    [TestCase("2025-01-31", 1, PeriodUnit.Months, "2025-02-28")]
    [TestCase("2024-01-31", 1, PeriodUnit.Months, "2024-02-29")]
    [TestCase("2025-08-31", 6, PeriodUnit.Months, "2026-02-28")]
    [TestCase("2027-08-31", 6, PeriodUnit.Months, "2028-02-29")]
    [TestCase("2025-03-31", 1, PeriodUnit.Months, "2025-04-30")]
    [TestCase("2025-01-30", 1, PeriodUnit.Months, "2025-02-28")]
    [TestCase("2025-09-30", 6, PeriodUnit.Months, "2026-03-30")]
    [TestCase("2025-12-15", 1, PeriodUnit.Months, "2026-01-15")]
    [TestCase("2024-02-29", 1, PeriodUnit.Years, "2025-02-28")]
    [TestCase("2024-02-29", 4, PeriodUnit.Years, "2028-02-29")]
    [TestCase("2025-09-01", 2, PeriodUnit.Weeks, "2025-09-15")]
    [TestCase("2025-12-25", 2, PeriodUnit.Weeks, "2026-01-08")]
    [TestCase("2024-02-22", 1, PeriodUnit.Weeks, "2024-02-29")]
    [TestCase("2025-09-01", 14, PeriodUnit.Days, "2025-09-15")]
    [TestCase("2024-12-31", 1, PeriodUnit.Days, "2025-01-01")]
    public void A_period_ends_on_the_day_Article_3_of_Regulation_1182_71_says(string start, int length, PeriodUnit unit, string end)
    {
        (Day(start) + Period.Of(length, unit)).ShouldBe(Day(end));
    }

    [Test]
    public void Weeks_end_on_the_same_weekday()
    {
        var start = Day("2025-09-03");

        var end = start + Period.Of(2, PeriodUnit.Weeks);

        end.Value.DayOfWeek.ShouldBe(start.Value.DayOfWeek);
        (end.Value.DayNumber - start.Value.DayNumber).ShouldBe(14);
    }

    [TestCase("2025-03-31", 1, PeriodUnit.Months, "2025-02-28")]
    [TestCase("2024-03-31", 1, PeriodUnit.Months, "2024-02-29")]
    [TestCase("2026-02-28", 6, PeriodUnit.Months, "2025-08-28")]
    [TestCase("2025-09-15", 2, PeriodUnit.Weeks, "2025-09-01")]
    [TestCase("2025-02-28", 1, PeriodUnit.Years, "2024-02-28")]
    public void Counting_back_takes_the_same_date_or_the_month_s_last_day(string end, int length, PeriodUnit unit, string start)
    {
        (Day(end) - Period.Of(length, unit)).ShouldBe(Day(start));
    }

    [Test]
    public void Unknown_in_unknown_out_and_beyond_the_calendar_is_unknown()
    {
        (default(DateValue) + Period.Of(2, PeriodUnit.Weeks)).IsKnown.ShouldBeFalse();
        (Day("2025-09-01") + Period.Unknown).IsKnown.ShouldBeFalse();
        (Day("9999-12-01") + Period.Of(1, PeriodUnit.Months)).IsKnown.ShouldBeFalse();
        (Day("9999-12-25") + Period.Of(1, PeriodUnit.Weeks)).IsKnown.ShouldBeFalse();
        (Day("0001-01-15") - Period.Of(1, PeriodUnit.Months)).IsKnown.ShouldBeFalse();
    }

    [Test]
    public void Earliest_and_latest_are_unknown_when_any_date_is()
    {
        Dates.Earliest(Day("2025-09-01"), Day("2025-08-01"), Day("2025-10-01")).ShouldBe(Day("2025-08-01"));
        Dates.Latest(Day("2025-09-01"), Day("2025-08-01"), Day("2025-10-01")).ShouldBe(Day("2025-10-01"));
        Dates.Earliest(Day("2025-09-01"), default).IsKnown.ShouldBeFalse();
        Dates.Latest(default, Day("2025-09-01")).IsKnown.ShouldBeFalse();
    }

    [Test]
    public void A_value_valid_until_a_day_is_in_force_to_the_end_of_that_day()
    {
        var parameter = new ParameterDefinition("period", "duration",
            [
                ParameterValues.Period(Period.Of(2, PeriodUnit.Weeks), new DateOnly(2025, 8, 2), new DateOnly(2026, 12, 31)),
                ParameterValues.Period(Period.Of(1, PeriodUnit.Months), new DateOnly(2028, 1, 1), null),
            ],
            []);

        parameter.InForce(new DateOnly(2025, 8, 1)).ShouldBeNull();
        parameter.InForce(new DateOnly(2026, 12, 31))!.Period.ShouldBe(Period.Of(2, PeriodUnit.Weeks));
        parameter.InForce(new DateOnly(2027, 1, 1)).ShouldBeNull();
        parameter.InForce(new DateOnly(2028, 1, 1))!.Period.ShouldBe(Period.Of(1, PeriodUnit.Months));
    }
}
