using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// A late notification under Article 52(1) explained: the period in force in the reader's words, the days compared in
/// the reader's words, the clause that sets the period cited; a period whose end Regulation No 1182/71 moved off a
/// weekend says so, with both days and the provision.
/// </summary>
public class PeriodExplanationTests
{
    private static IEnumerable<ExplanationStep> All(ExplanationStep step) => step.Steps.SelectMany(All).Prepend(step);

    [TestCase("en", "2 weeks", "22 September 2025", "after", "15 September 2025", "yes")]
    [TestCase("nl", "2 weken", "22 september 2025", "na", "15 september 2025", "ja")]
    [TestCase("de", "2 Wochen", "22. September 2025", "nach dem", "15. September 2025", "ja")]
    public void Notified_three_weeks_after_the_threshold_was_known_shows_the_period_and_the_days_compared(
        string language, string period, string notified, string op, string deadline, string outcome)
    {
        var classifier = Built.NotificationClassifier;
        var facts = Facts.None.With("requirement_known_on", new DateOnly(2025, 9, 1)).With("notified", true).With("notified_on", new DateOnly(2025, 9, 22));

        var explanation = new Explainer(Built.Corpus).Explain(Classification.Run(classifier, facts, Built.Traced), classifier.Definition, new ExplainOptions(language));

        var rule = All(explanation.Root).Single(s => s.Name == "notified_late_after_known");
        rule.Conditions.ShouldNotBeNull().ShouldBe([new ExplainedCondition(notified, op, deadline, outcome)]);
        var parameter = rule.Steps.Single(s => s.Name == "notification_period");
        parameter.Outcome.ShouldBe(period);
        parameter.Citations.ShouldHaveSingleItem().Provision.ShouldBe("art_52__para_1");
    }

    [TestCase("en", "16 February 2026", "16 February 2026",
        "31 January 2026 + 2 weeks falls on Saturday 14 February 2026; the period therefore ends on Monday 16 February 2026 (Regulation (EEC, Euratom) No 1182/71, Article 3(4))")]
    [TestCase("nl", "16 februari 2026", "16 februari 2026",
        "31 januari 2026 + 2 weken valt op zaterdag 14 februari 2026; de termijn eindigt daarom op maandag 16 februari 2026 (Verordening (EEG, Euratom) nr. 1182/71, artikel 3, lid 4)")]
    public void Two_weeks_ending_on_a_Saturday_show_the_Monday_they_end_on_and_Article_3_4(string language, string notified, string deadline, string moved)
    {
        var classifier = Built.NotificationClassifier;
        var met = new DateOnly(2026, 1, 31);
        var facts = Facts.None.With("significant_generality", true).With("integrable_downstream", true).With("placed_on_market", true)
            .With("requirement_known_on", met).With("requirement_met_on", met).With("notified", true).With("notified_on", new DateOnly(2026, 2, 16));

        var explanation = new Explainer(Built.Corpus).Explain(Classification.Run(classifier, facts, Built.Traced), classifier.Definition, new ExplainOptions(language));

        var condition = All(explanation.Root).Single(s => s.Name == "notified_late_after_met").Conditions.ShouldNotBeNull().ShouldHaveSingleItem();
        (condition.Left, condition.Right).ShouldBe((notified, deadline));
        condition.MovedEnds.ShouldBe(moved);
        condition.ToString().ShouldEndWith(" — " + moved);
    }

    [TestCase("en",
        "31 August 2025 + 6 months falls on Saturday 28 February 2026; the period therefore ends on Monday 2 March 2026 (Regulation (EEC, Euratom) No 1182/71, Article 3(4))")]
    [TestCase("nl",
        "31 augustus 2025 + 6 maanden valt op zaterdag 28 februari 2026; de termijn eindigt daarom op maandag 2 maart 2026 (Verordening (EEG, Euratom) nr. 1182/71, artikel 3, lid 4)")]
    public void Six_months_ending_on_Saturday_28_February_2026_are_shown_to_end_on_Monday_2_March(string language, string moved)
    {
        var classifier = Built.NotificationClassifier;
        var facts = Facts.None.With("designation_decided_on", new DateOnly(2025, 8, 31)).With("reassessment_requested_on", new DateOnly(2026, 2, 28));
        var verdict = classifier.Conclude("reassessment_request_admissible", facts, Built.Traced);

        var explanation = new Explainer(Built.Corpus).Explain(new Classification(verdict, []), classifier.Definition, new ExplainOptions(language));

        All(explanation.Root).Single(s => s.Name == "request_after_waiting_period").Conditions.ShouldNotBeNull()
            .Select(c => c.MovedEnds).ShouldContain(moved);
    }

    [TestCase("en", "Sunday 7 December 2025", "Regulation (EEC, Euratom) No 1182/71, Article 3(4) and (5)")]
    [TestCase("nl", "zondag 7 december 2025", "Verordening (EEG, Euratom) nr. 1182/71, artikel 3, leden 4 en 5")]
    [TestCase("de", "Sonntag, 7. Dezember 2025", "Verordnung (EWG, Euratom) Nr. 1182/71, Artikel 3 Absätze 4 und 5")]
    public void Weekdays_and_both_paragraphs_of_Article_3_read_in_the_reader_s_language(string language, string sunday, string both)
    {
        var words = Vocabulary.For(language);

        words.Weekday(new DateOnly(2025, 12, 7)).ShouldBe(sunday);
        words[Phrase.EndOnWorkingDayAndTwoWorkingDays].ShouldBe(both);
    }
}
