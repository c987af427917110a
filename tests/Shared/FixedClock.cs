namespace RulesDsl.Tests;

/// <summary>A clock whose today is a fixed day, so that what a test sees does not depend on when it runs.</summary>
internal sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
