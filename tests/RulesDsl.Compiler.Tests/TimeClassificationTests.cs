using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// The shipped rules of Article 52(1) and 52(5) compiled and run: date facts, duration parameters, periods counted by
/// Regulation No 1182/71, <c>today</c> as the classification's date, traced and untraced alike.
/// </summary>
public class TimeClassificationTests
{
    private static IClassifier Classifier => Built.NotificationClassifier;

    private static Verdict Both(string conclusion, Facts facts, DateOnly asOf)
    {
        var traced = Classifier.Conclude(conclusion, facts, new ClassifyOptions(asOf, Trace: true));
        var untraced = Classifier.Conclude(conclusion, facts, new ClassifyOptions(asOf, Trace: false));
        (untraced.Outcome, untraced.DecidingRule).ShouldBe((traced.Outcome, traced.DecidingRule));
        untraced.MissingFacts.ShouldBe(traced.MissingFacts);
        return traced;
    }

    private static IEnumerable<TraceNode> Steps(TraceNode node) => node.Children.SelectMany(Steps).Prepend(node);

    [Test]
    public void Notified_three_weeks_after_the_threshold_was_known_breaches_the_duty_with_the_period_shown_and_cited()
    {
        var facts = Built.GeneralPurpose.With("requirement_known_on", new DateOnly(2025, 9, 1)).With("notified", true).With("notified_on", new DateOnly(2025, 9, 22));

        var verdict = Both("notification_duty_breached", facts, Built.Today);

        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.DecidingRule.ShouldBe("notified_late_after_known");
        var rule = Steps(verdict.Trace!).Single(s => s.Name == "notified_late_after_known");
        rule.Conditions.ShouldHaveSingleItem().ShouldBe(new Condition(Comparator.GreaterThan,
            new StepValue.OfDate(new DateValue(new DateOnly(2025, 9, 22), true)), new StepValue.OfDate(new DateValue(new DateOnly(2025, 9, 15), true)), Truth.Yes));
        var period = rule.Children.Single(s => s.Kind == StepKind.Parameter);
        period.Value.ShouldBe(new StepValue.OfPeriod(Period.Of(2, PeriodUnit.Weeks)));
        period.Citations.ShouldHaveSingleItem().ShouldBe(new Citation("art_52__para_1", "Article 52(1) sentence 1", 1));
    }

    [TestCase(2025, 9, 15, false)]
    [TestCase(2025, 9, 16, true)]
    public void The_last_day_of_the_two_weeks_is_still_in_time(int year, int month, int day, bool late)
    {
        var facts = Built.GeneralPurpose.With("requirement_known_on", new DateOnly(2025, 9, 1)).With("requirement_met_on", new DateOnly(2025, 10, 1))
            .With("notified", true).With("notified_on", new DateOnly(year, month, day));

        Both("notification_duty_breached", facts, Built.Today).Outcome.ShouldBe(late ? Truth.Yes : Truth.No);
    }

    [TestCase(2025, 9, 15, Truth.No)]
    [TestCase(2025, 9, 16, Truth.Yes)]
    public void Today_is_the_classification_s_date_never_the_machine_s(int year, int month, int day, Truth breached)
    {
        var facts = Built.GeneralPurpose.With("requirement_met_on", new DateOnly(2025, 9, 1)).With("requirement_known_on", new DateOnly(2025, 9, 1)).With("notified", false);

        var verdict = Both("notification_duty_breached", facts, new DateOnly(year, month, day));

        verdict.Outcome.ShouldBe(breached);
        verdict.AsOf.ShouldBe(new DateOnly(year, month, day));
    }

    [TestCase(2026, 4, 29, Truth.No)]
    [TestCase(2026, 4, 30, Truth.Yes)]
    public void Six_months_from_31_October_end_on_the_last_day_of_April(int year, int month, int day, Truth admissible)
    {
        var facts = Facts.None.With("designation_decided_on", new DateOnly(2025, 10, 31)).With("reassessment_requested_on", new DateOnly(year, month, day));

        var verdict = Both("reassessment_request_admissible", facts, Built.Today);

        verdict.Outcome.ShouldBe(admissible);
        var condition = Steps(verdict.Trace!).Single(s => s.Name == "request_after_waiting_period").Conditions.First();
        condition.Right.ShouldBe(new StepValue.OfDate(new DateValue(new DateOnly(2026, 4, 30), true)));
        condition.MovedEnds.ShouldBeEmpty();
    }

    [TestCase(2026, 2, 28, Truth.No)]
    [TestCase(2026, 3, 1, Truth.No)]
    [TestCase(2026, 3, 2, Truth.Yes)]
    public void Six_months_from_31_August_2025_end_on_Monday_2_March_2026_not_on_Saturday_28_February(int year, int month, int day, Truth admissible)
    {
        var facts = Facts.None.With("designation_decided_on", new DateOnly(2025, 8, 31)).With("reassessment_requested_on", new DateOnly(year, month, day));

        var verdict = Both("reassessment_request_admissible", facts, Built.Today);

        verdict.Outcome.ShouldBe(admissible);
        var condition = Steps(verdict.Trace!).Single(s => s.Name == "request_after_waiting_period").Conditions.First();
        condition.Right.ShouldBe(new StepValue.OfDate(new DateValue(new DateOnly(2026, 3, 2), true)));
        condition.MovedEnds.ShouldBe([new PeriodEnd(new DateValue(new DateOnly(2025, 8, 31), true), Period.Of(6, PeriodUnit.Months),
            new DateValue(new DateOnly(2026, 2, 28), true), new DateValue(new DateOnly(2026, 3, 2), true), EndMoved.ToWorkingDay)]);
    }

    [TestCase(2026, 2, 16, Truth.No)]
    [TestCase(2026, 2, 17, Truth.Yes)]
    public void Two_weeks_from_Saturday_31_January_2026_end_on_Monday_16_February_by_Article_3_4(int year, int month, int day, Truth breached)
    {
        var met = new DateOnly(2026, 1, 31);
        // A general-purpose AI model (Article 3(63)), the duty's scope, as the example of the rules file gives it.
        var facts = Built.GeneralPurpose
            .With("requirement_known_on", met).With("requirement_met_on", met)
            .With("notified", true).With("notified_on", new DateOnly(year, month, day));

        var verdict = Both("notification_duty_breached", facts, Built.Today);

        verdict.Outcome.ShouldBe(breached);
        var condition = Steps(verdict.Trace!).Single(s => s.Name == "notified_late_after_met").Conditions.Single();
        condition.Right.ShouldBe(new StepValue.OfDate(new DateValue(new DateOnly(2026, 2, 16), true)));
        var moved = condition.MovedEnds.ShouldHaveSingleItem();
        (moved.Counted.Value, moved.End.Value, moved.Moved).ShouldBe((new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 16), EndMoved.ToWorkingDay));
    }

    [Test]
    public void Two_weeks_counted_to_a_working_day_keep_no_moved_end()
    {
        var facts = Built.GeneralPurpose
            .With("requirement_known_on", new DateOnly(2025, 9, 1)).With("notified", true).With("notified_on", new DateOnly(2025, 9, 22));

        var rule = Steps(Both("notification_duty_breached", facts, Built.Today).Trace!).Single(s => s.Name == "notified_late_after_known");

        rule.Conditions.ShouldHaveSingleItem().MovedEnds.ShouldBeEmpty();
    }

    [Test]
    public void A_day_not_given_that_could_decide_leaves_the_verdict_unknown_and_names_it()
    {
        var facts = Built.GeneralPurpose.With("requirement_known_on", new DateOnly(2025, 9, 1)).With("notified", true).With("notified_on", new DateOnly(2025, 9, 10));

        var verdict = Both("notification_duty_breached", facts, Built.Today);

        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.MissingFacts.ShouldBe(["requirement_met_on"]);
    }

    [Test]
    public void The_duty_to_notify_does_not_apply_to_a_model_that_is_not_general_purpose()
    {
        var facts = Built.GeneralPurpose.With("significant_generality", false).With("requirement_known_on", new DateOnly(2025, 9, 1))
            .With("notified", true).With("notified_on", new DateOnly(2025, 9, 22));

        var verdict = Both("notification_duty_breached", facts, Built.Today);

        verdict.Applicability.Status.ShouldBe(ApplicabilityStatus.OutsideScope);
        verdict.Applicability.Scope.ShouldBe("general_purpose_ai_model");
    }

    [Test]
    public void A_date_parameter_and_earliest_of_compile_where_RD0202_refused_them_before()
    {
        var text = """
            rules "Applicability"
            act eu-ai-act
            language en
            fact placed_on_market_on: date
              cites Article 113
            fact notified_on: date
              cites Article 52(1)
            parameter chapter_v_applies_from: date
              value 2025-08-02 from 2024-08-01 until 2030-12-31
              cites Article 113
            parameter grace: duration
              value 1 year from 2024-08-01
              cites Article 113
            conclusion early
              cites Article 113
            rule before_application
              concludes early
              when earliest of placed_on_market_on, notified_on less than chapter_v_applies_from - grace
              cites Article 113
            verdict early
              cites Article 113
            """;
        var rules = Built.Check(text);
        rules.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        using var loaded = Built.Load(rules);
        var facts = Facts.None.With("placed_on_market_on", new DateOnly(2024, 8, 1)).With("notified_on", new DateOnly(2025, 1, 1));

        foreach (var trace in new[] { true, false })
        {
            loaded.Classifier.Classify(facts, new ClassifyOptions(Built.Today, trace)).Outcome.ShouldBe(Truth.Yes);
            loaded.Classifier.Classify(facts.With("placed_on_market_on", new DateOnly(2024, 8, 2)), new ClassifyOptions(Built.Today, trace)).Outcome.ShouldBe(Truth.No);
            loaded.Classifier.Classify(Facts.None.With("notified_on", new DateOnly(2024, 1, 1)), new ClassifyOptions(Built.Today, trace)).Outcome.ShouldBe(Truth.Unknown);
            // The date parameter's value ends with 2030: after it, no value is in force and the verdict is unknown.
            loaded.Classifier.Classify(facts, new ClassifyOptions(new DateOnly(2031, 1, 1), trace)).Outcome.ShouldBe(Truth.Unknown);
        }
    }
}
