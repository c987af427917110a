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
    /// The day a period that runs from <paramref name="start"/> ends on, by Regulation (EEC, Euratom) No 1182/71,
    /// Article 3: the day of the event is not counted (3(1)), a period in days ends with the last of its days (3(2)(a)),
    /// one in weeks, months or years with the day in the last week, month or year that is the same weekday or bears the
    /// same date as the start, or the last day of the last month when that month has no such date (3(2)(b)). Unknown
    /// when either is, or when the day falls outside the calendar (after 31 December 9999).
    /// </summary>
    public static DateValue operator +(DateValue start, Period period) => Shift(start, period, 1);

    /// <summary>
    /// The day a period that ends on <paramref name="end"/> runs from, counted back by the same rule: the same weekday
    /// or date in the earlier week, month or year, the last day of that month when it has no such date (31 March − 1
    /// month is the last day of February). Counting back is not the inverse of counting forward at a month's end.
    /// </summary>
    public static DateValue operator -(DateValue end, Period period) => Shift(end, period, -1);

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
}

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
