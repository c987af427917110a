using System.Globalization;

namespace RulesDsl.Runtime.Tests;

/// <summary>
/// Periods counted by Regulation (EEC, Euratom) No 1182/71, Article 3: the day of the event is not counted; a period in
/// days ends with its last day; one in weeks, months or years on the same weekday or date, or the last day of the month
/// that has no such date; an end on a Saturday or Sunday moves to the following working day (3(4)), and a period of two
/// days or more includes two working days (3(5)); counted back, nothing moves.
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
    public void The_day_counted_is_the_one_Article_3_1_and_3_2_of_Regulation_1182_71_say(string start, int length, PeriodUnit unit, string counted)
    {
        Period.EndOf(Day(start), Period.Of(length, unit)).Counted.ShouldBe(Day(counted));
    }

    [TestCase("2025-09-01", 2, PeriodUnit.Weeks, "2025-09-15")]
    [TestCase("2025-10-31", 6, PeriodUnit.Months, "2026-04-30")]
    [TestCase("2027-08-31", 6, PeriodUnit.Months, "2028-02-29")]
    [TestCase("2025-12-03", 2, PeriodUnit.Days, "2025-12-05")]
    public void A_period_counted_to_a_working_day_ends_on_it(string start, int length, PeriodUnit unit, string end)
    {
        var counted = Period.EndOf(Day(start), Period.Of(length, unit));

        counted.Moved.ShouldBe(EndMoved.None);
        counted.End.ShouldBe(counted.Counted);
        (Day(start) + Period.Of(length, unit)).ShouldBe(Day(end));
    }

    [TestCase("2026-01-31", 2, PeriodUnit.Weeks, "2026-02-14", "2026-02-16")]
    [TestCase("2026-05-15", 6, PeriodUnit.Months, "2026-11-15", "2026-11-16")]
    [TestCase("2025-08-31", 6, PeriodUnit.Months, "2026-02-28", "2026-03-02")]
    [TestCase("2025-12-05", 1, PeriodUnit.Days, "2025-12-06", "2025-12-08")]
    public void An_end_on_a_Saturday_or_Sunday_moves_to_the_following_working_day_by_Article_3_4(
        string start, int length, PeriodUnit unit, string counted, string end)
    {
        var ended = Period.EndOf(Day(start), Period.Of(length, unit));

        ended.ShouldBe(new PeriodEnd(Day(start), Period.Of(length, unit), Day(counted), Day(end), EndMoved.ToWorkingDay));
        (Day(start) + Period.Of(length, unit)).ShouldBe(Day(end));
    }

    // Two days from a Thursday end on Saturday, moved to Monday: Friday and Monday are two working days. From a Friday
    // they end on Sunday, moved to Monday, the only working day in them: Article 3(5) adds Tuesday. From a Saturday they
    // end on a working day, Monday, the only one in them: Tuesday again.
    [TestCase("2025-12-04", "2025-12-06", "2025-12-08", EndMoved.ToWorkingDay)]
    [TestCase("2025-12-05", "2025-12-07", "2025-12-09", EndMoved.ToWorkingDay | EndMoved.ToSecondWorkingDay)]
    [TestCase("2025-12-06", "2025-12-08", "2025-12-09", EndMoved.ToSecondWorkingDay)]
    public void A_period_of_two_days_includes_two_working_days_by_Article_3_5(string start, string counted, string end, EndMoved moved)
    {
        var ended = Period.EndOf(Day(start), Period.Of(2, PeriodUnit.Days));

        ended.Counted.ShouldBe(Day(counted));
        ended.End.ShouldBe(Day(end));
        ended.Moved.ShouldBe(moved);
    }

    [TestCase("2026-03-14", 2, PeriodUnit.Weeks, "2026-02-28")]
    [TestCase("2026-03-02", 2, PeriodUnit.Days, "2026-02-28")]
    [TestCase("2026-08-29", 6, PeriodUnit.Months, "2026-02-28")]
    public void Counting_back_to_a_Saturday_is_not_moved_by_the_second_subparagraph_of_Article_3_4(string end, int length, PeriodUnit unit, string start)
    {
        (Day(end) - Period.Of(length, unit)).ShouldBe(Day(start));
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
        (Day("9999-12-31") + Period.Of(1, PeriodUnit.Days)).IsKnown.ShouldBeFalse();
        (Day("9999-12-30") + Period.Of(2, PeriodUnit.Days)).IsKnown.ShouldBeFalse();
        Period.EndOf(Day("9999-12-31"), Period.Of(1, PeriodUnit.Years)).ShouldBe(
            new PeriodEnd(Day("9999-12-31"), Period.Of(1, PeriodUnit.Years), default, default, EndMoved.None));
        (Day("0001-01-15") - Period.Of(1, PeriodUnit.Months)).IsKnown.ShouldBeFalse();
    }

    [Test]
    public void The_calendar_s_last_day_a_Friday_ends_a_period_there()
    {
        (Day("9999-12-24") + Period.Of(1, PeriodUnit.Weeks)).ShouldBe(Day("9999-12-31"));
        (Day("9999-12-29") + Period.Of(2, PeriodUnit.Days)).ShouldBe(Day("9999-12-31"));
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
