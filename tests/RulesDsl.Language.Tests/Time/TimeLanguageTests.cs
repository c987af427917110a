using RulesDsl.Diagnostics;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Tests.Checking;

namespace RulesDsl.Language.Tests.Time;

/// <summary>
/// Dates and periods in the rules language: durations as a type, date ± duration, <c>today</c>, <c>earliest of</c>
/// and <c>latest of</c>, values valid until a day, and a diagnostic for each misuse, checked against the shipped corpus.
/// </summary>
public class TimeLanguageTests
{
    private const string Head = """
        rules "Notification"
        fact known_on: date
          cites Article 52(1)
        fact met_on: date
          cites Article 52(1)
        fact notified_on: date
          cites Article 52(1)
        fact users: count
          cites Article 52(1)
        parameter notification_period: duration
          value 2 weeks from 2025-08-02
          cites Article 52(1)
        conclusion breached
          cites Article 52(1)
        verdict breached
          cites Article 52(1)
        rule late
          concludes breached

        """;

    private static CheckedRules Rule(string when) => Against.Check(Head + "  when " + when + "\n  cites Article 52(1)\n");

    private static Diagnostic OnlyError(string when)
    {
        var rules = Rule(when);
        return rules.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldHaveSingleItem();
    }

    [TestCase("notified_on greater than known_on + notification_period")]
    [TestCase("notified_on greater than known_on + 14 days")]
    [TestCase("notified_on greater than 2 weeks + known_on")]
    [TestCase("notified_on at least known_on - 1 month")]
    [TestCase("today greater than known_on + 1 year")]
    [TestCase("notified_on greater than (earliest of known_on, met_on) + notification_period")]
    [TestCase("latest of known_on, met_on, notified_on is notified_on")]
    public void A_date_with_a_period_added_or_taken_binds_as_a_date(string when)
    {
        var rules = Rule(when);

        // Periods Article 52(1) does not write draw RD0113 warnings (see CitedPeriodTests); no error.
        rules.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var comparison = rules.RuleSet.Rules.Single().When.ShouldBeOfType<BoundComparison>();
        comparison.Left.Type.ShouldBe(BoundType.Date);
        comparison.Right.Type.ShouldBe(BoundType.Date);
    }

    [Test]
    public void A_duration_parameter_holds_its_period_in_the_unit_written()
    {
        var parameter = Rule("notified_on greater than known_on + notification_period").RuleSet.Parameters.Single();

        parameter.Type.ShouldBe(BoundType.Duration);
        var value = parameter.Values.ShouldHaveSingleItem();
        value.Value.ShouldBe(new BoundDuration(2, DurationUnit.Weeks, value.Value.Span));
        value.From.ShouldBe(new DateOnly(2025, 8, 2));
        value.Until.ShouldBeNull();
    }

    [TestCase("notified_on greater than known_on + met_on", "RD0141", "two dates cannot be added: '+' adds a period to a date")]
    [TestCase("notified_on greater than known_on + 14", "RD0142", "'+' takes a date and a duration; a number without a unit is not a duration")]
    [TestCase("notified_on greater than known_on - users", "RD0142", "'-' takes a date and a duration; count is not a duration")]
    [TestCase("users greater than 2 weeks", "RD0143", "a duration is not a quantity: 'greater than' cannot compare it with a number")]
    [TestCase("notified_on greater than known_on + 2 weeks × 2", "RD0143", "a duration is not a quantity: '×' takes quantities")]
    [TestCase("users + 2 weeks greater than users", "RD0143", "a duration is not a quantity: '+' adds quantities of one unit, or a duration to a date")]
    [TestCase("1 month greater than 30 days", "RD0144", "durations cannot be compared: a month is 28 to 31 days, so '1 month' and '30 days' are neither equal nor in order")]
    [TestCase("notified_on greater than known_on + (1 month + 2 weeks)", "RD0144", "durations cannot be added or subtracted: a month is 28 to 31 days, so '1 month' and '30 days' are neither equal nor in order")]
    [TestCase("notified_on - known_on greater than known_on", "RD0145", "a date cannot be taken from a date: the law counts periods from a date, not days between dates")]
    [TestCase("notified_on greater than earliest of known_on, users", "RD0146", "'earliest of' takes dates; this is count")]
    [TestCase("notified_on greater than known_on + 2.5 weeks", "RD0147", "2.5 weeks is not a period: a period is a whole number of days, weeks, months or years, at most 100 000")]
    [TestCase("notified_on greater than known_on + 200 000 days", "RD0147", "200 000 days is not a period: a period is a whole number of days, weeks, months or years, at most 100 000")]
    public void Each_misuse_of_dates_and_durations_is_one_clear_error(string when, string id, string message)
    {
        var error = OnlyError(when);

        error.Id.ShouldBe(id);
        error.Message.ShouldBe(message);
        error.Hint.ShouldNotBeNullOrWhiteSpace();
    }

    [Test]
    public void The_misuse_is_reported_where_it_is_written()
    {
        var error = OnlyError("notified_on greater than known_on + met_on");

        // Line 19 of the file: "  when notified_on greater than known_on + met_on", the sum from its first operand.
        (error.Position.Line, error.Position.Column, error.Length).ShouldBe((19, 33, "known_on + met_on".Length));
    }

    [Test]
    public void RD0148_a_value_until_a_day_before_it_applies()
    {
        var rules = Against.Check(Head.Replace("value 2 weeks from 2025-08-02", "value 2 weeks from 2025-08-02 until 2025-08-01", StringComparison.Ordinal)
            + "  when notified_on greater than known_on + notification_period\n  cites Article 52(1)\n");

        var error = rules.Diagnostics.Single(d => d.Id == "RD0148");
        error.Message.ShouldBe("parameter 'notification_period' has a value until 2025-08-01, before the 2025-08-02 it applies from");
        error.Position.Line.ShouldBe(11);
    }

    [Test]
    public void A_value_valid_until_a_day_is_not_in_force_after_it()
    {
        var limited = Head.Replace("value 2 weeks from 2025-08-02", "value 2 weeks from 2025-08-02 until 2026-01-31", StringComparison.Ordinal)
            + "  when notified_on greater than known_on + notification_period\n  cites Article 52(1)\n";

        var rules = Against.Check(limited);

        rules.RuleSet.Parameters.Single().Values.Single().Until.ShouldBe(new DateOnly(2026, 1, 31));
        // The facts this small file leaves unread draw RD0176 warnings, beside the point here.
        var found = rules.Diagnostics.Where(d => d.Id != "RD0176").ShouldHaveSingleItem();
        found.Id.ShouldBe("RD0107");
        found.Message.ShouldBe("parameter 'notification_period' has no value in force on 2026-11-23");
        Against.Check(limited.Replace("until 2026-01-31", "until 2026-11-23", StringComparison.Ordinal)).Diagnostics.Where(d => d.Id != "RD0176").ShouldBeEmpty();
    }

    [Test]
    public void RD0149_a_fact_cannot_be_a_duration()
    {
        var rules = Against.Check(Head.Replace("fact users: count", "fact users: duration", StringComparison.Ordinal)
            + "  when notified_on greater than known_on + notification_period\n  cites Article 52(1)\n");

        var error = rules.Diagnostics.Where(d => d.Id != "RD0176").ShouldHaveSingleItem();
        error.Id.ShouldBe("RD0149");
        error.Message.ShouldBe("fact 'users' cannot be a duration: a case gives dates, and the law the periods counted from them");
    }

    [TestCase("notified_on greater than (earliest of known_on, met_on) + notification_period")]
    [TestCase("notified_on greater than latest of known_on, met_on + 2 weeks")]
    [TestCase("today at most known_on - 1 year")]
    public void Time_expressions_format_to_themselves(string when)
    {
        var text = Head + "  when " + when + "\n  cites Article 52(1)\n";
        var syntax = Against.Check(text).Syntax;

        RulesFormatter.Format(syntax).ShouldContain("  when " + when + "\n");
    }

    [Test]
    public void Until_formats_to_itself()
    {
        var text = Head.Replace("value 2 weeks from 2025-08-02", "value 2 weeks from 2025-08-02 until 2030-12-31", StringComparison.Ordinal)
            + "  when notified_on greater than known_on + notification_period\n  cites Article 52(1)\n";

        RulesFormatter.Format(Against.Check(text).Syntax).ShouldContain("  value 2 weeks from 2025-08-02 until 2030-12-31\n");
    }
}
