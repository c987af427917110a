namespace RulesDsl.Runtime;

/// <summary>The unit a period of the law is expressed in.</summary>
public enum PeriodUnit : byte
{
    Days,
    Weeks,
    Months,
    Years,
}

/// <summary>
/// A period as the law expresses it ("two weeks", "six months"), or unknown. It is kept in the unit the law writes
/// it in: a month is not a number of days, so two periods are never compared, only the days they end on.
/// </summary>
public readonly record struct Period(int Length, PeriodUnit Unit, bool IsKnown)
{
    public static Period Unknown => default;

    public static Period Of(int length, PeriodUnit unit) => new(length, unit, true);

    /// <summary>
    /// The day a period that runs from <paramref name="start"/> ends on (<see cref="EndOf"/>): the day Article 3(1) and
    /// 3(2) of Regulation (EEC, Euratom) No 1182/71 count, moved to a working day by Article 3(4) and 3(5).
    /// </summary>
    public static DateValue operator +(DateValue start, Period period) => EndOf(start, period).End;

    /// <summary>
    /// The day a period that ends on <paramref name="end"/> runs from, counted back by the same rule: the same weekday
    /// or date in the earlier week, month or year, the last day of that month when it has no such date (31 March − 1
    /// month is the last day of February). Counting back is not the inverse of counting forward at a month's end, nor
    /// is the day moved off a weekend: Article 3(4) does not apply to periods calculated retroactively from a given date
    /// (its second subparagraph).
    /// </summary>
    public static DateValue operator -(DateValue end, Period period) => Shift(end, period, -1);

    /// <summary>
    /// The end of a period that runs from <paramref name="start"/>, by Regulation (EEC, Euratom) No 1182/71, Article 3.
    /// The day counted: the day of the event is not counted (3(1)), a period in days ends with the last of its days
    /// (3(2)(a)), one in weeks, months or years with the day in the last week, month or year that is the same weekday or
    /// bears the same date as the start, or the last day of the last month when that month has no such date (3(2)(b)).
    /// The day it ends on: when the day counted is a Saturday or Sunday, the following working day (3(4)); and a period
    /// of two days or more holds at least two working days, counted from the day after the start (3(5)). Public holidays
    /// are working days here: which they are depends on where the act is to be done (Article 2(1)), which the rules do
    /// not say. Unknown when the start or the period is, or when a day falls outside the calendar (after 31 December 9999).
    /// </summary>
    public static PeriodEnd EndOf(DateValue start, Period period)
    {
        var counted = Shift(start, period, 1);
        if (!counted.IsKnown)
        {
            return new PeriodEnd(start, period, counted, counted, EndMoved.None);
        }

        var end = counted.Value.DayNumber;
        var moved = EndMoved.None;
        if (!IsWorkingDay(end))
        {
            end = NextWorkingDay(end);
            moved |= EndMoved.ToWorkingDay;
        }

        var first = start.Value.DayNumber + 1;
        var twoDaysOrMore = period.Unit == PeriodUnit.Days ? period.Length >= 2 : period.Length >= 1;
        while (twoDaysOrMore && end <= DateOnly.MaxValue.DayNumber && WorkingDays(first, end) < 2)
        {
            end = NextWorkingDay(end);
            moved |= EndMoved.ToSecondWorkingDay;
        }

        var ends = end <= DateOnly.MaxValue.DayNumber ? new DateValue(DateOnly.FromDayNumber(end), true) : default;
        return new PeriodEnd(start, period, counted, ends, moved);
    }

    public override string ToString() =>
        IsKnown ? $"{Length} {Unit.ToString().ToLowerInvariant()}" : "unknown";

    private static DateValue Shift(DateValue date, Period period, int sign)
    {
        if (!date.IsKnown || !period.IsKnown)
        {
            return default;
        }

        var length = (long)period.Length * sign;
        var (days, months) = period.Unit switch
        {
            PeriodUnit.Days => (length, 0L),
            PeriodUnit.Weeks => (length * 7, 0L),
            PeriodUnit.Months => (0L, length),
            _ => (0L, length * 12),
        };
        var dayNumber = date.Value.DayNumber + days;
        var monthIndex = (date.Value.Year * 12L) + date.Value.Month - 1 + months;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber || monthIndex < 12 || monthIndex >= 12 * 10_000L)
        {
            return default;
        }

        // DateOnly.AddMonths keeps the date, or takes the month's last day when it has none: Article 3(2)(b).
        return new DateValue(DateOnly.FromDayNumber((int)dayNumber).AddMonths((int)months), true);
    }

    /// <summary>Article 2(2): all days other than public holidays, Sundays and Saturdays (holidays are not known here).</summary>
    private static bool IsWorkingDay(int dayNumber) =>
        DateOnly.FromDayNumber(dayNumber).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The first working day after a day; past the calendar's last day when there is none in it.</summary>
    private static int NextWorkingDay(int dayNumber)
    {
        do
        {
            dayNumber++;
        }
        while (dayNumber <= DateOnly.MaxValue.DayNumber && !IsWorkingDay(dayNumber));

        return dayNumber;
    }

    /// <summary>The working days from <paramref name="first"/> to <paramref name="last"/>, counted back from the last up to two.</summary>
    private static int WorkingDays(int first, int last)
    {
        var count = 0;
        for (var day = last; day >= first && count < 2; day--)
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>What moved the end of a period past the day Article 3(1) and 3(2) of Regulation No 1182/71 count.</summary>
[Flags]
public enum EndMoved : byte
{
    None = 0,

    /// <summary>Article 3(4): the day counted is a Saturday or Sunday; the period ends on the following working day.</summary>
    ToWorkingDay = 1,

    /// <summary>Article 3(5): a period of two days or more includes at least two working days.</summary>
    ToSecondWorkingDay = 2,
}

/// <summary>
/// The end of a period counted forward (<see cref="Period.EndOf"/>): from which day, the period, the day Article 3(1)
/// and 3(2) count, the day the period ends on, and what moved it there, if anything did.
/// </summary>
public readonly record struct PeriodEnd(DateValue Start, Period Period, DateValue Counted, DateValue End, EndMoved Moved);

/// <summary><c>earliest of</c> and <c>latest of</c> the rules write over dates.</summary>
public static class Dates
{
    /// <summary>The earliest of the dates; unknown when any is, since the one not known could be earlier still.</summary>
    public static DateValue Earliest(params DateValue[] dates) => Pick(dates, earliest: true);

    /// <summary>The latest of the dates; unknown when any is, since the one not known could be later still.</summary>
    public static DateValue Latest(params DateValue[] dates) => Pick(dates, earliest: false);

    private static DateValue Pick(DateValue[] dates, bool earliest)
    {
        var picked = default(DateValue);
        foreach (var date in dates)
        {
            if (!date.IsKnown)
            {
                return default;
            }

            if (!picked.IsKnown || (earliest ? date.Value < picked.Value : date.Value > picked.Value))
            {
                picked = date;
            }
        }

        return picked;
    }
}

/// <summary>A period a step came to: a parameter's, as in force on the evaluation's date.</summary>
public abstract partial record StepValue
{
    public sealed record OfPeriod(Period Value) : StepValue;
}

/// <summary>
/// Dated values of parameters as generated classifiers make them: a call, since the sandbox a classifier is compiled
/// in does not let it set init-only members itself.
/// </summary>
public static class ParameterValues
{
    public static ParameterValue Quantity(Runtime.Quantity value, DateOnly from, DateOnly? until) => new(value, from) { Until = until };

    public static ParameterValue Date(DateOnly value, DateOnly from, DateOnly? until) => new(Runtime.Quantity.Unknown, from) { Date = value, Until = until };

    public static ParameterValue Period(Period value, DateOnly from, DateOnly? until) => new(Runtime.Quantity.Unknown, from) { Period = value, Until = until };
}
