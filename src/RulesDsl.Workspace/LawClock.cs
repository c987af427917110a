namespace RulesDsl.Workspace;

/// <summary>
/// The one place "today" is worked out: the day the law is taken as in force on when no date is given. Every other
/// layer is given a date; tests give the workspace a fixed clock.
/// </summary>
public static class LawClock
{
    /// <summary>Today in the clock's local time zone, as the user reading the verdict counts days.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
