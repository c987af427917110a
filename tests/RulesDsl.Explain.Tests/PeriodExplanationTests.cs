using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// A late notification under Article 52(1) explained: the period in force in the reader's words, the days compared in
/// the reader's words, the clause that sets the period cited.
/// </summary>
public class PeriodExplanationTests
{
    private const string Path = "rules/gpai-notification.rules";

    private static readonly Lazy<Compiler.Loading.LoadedClassifier> Notification = new(() =>
        Built.Load(Built.Check(File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "rules", "gpai-notification.rules")), Path)));

    private static IEnumerable<ExplanationStep> All(ExplanationStep step) => step.Steps.SelectMany(All).Prepend(step);

    [TestCase("en", "2 weeks", "22 September 2025", "after", "15 September 2025", "yes")]
    [TestCase("nl", "2 weken", "22 september 2025", "na", "15 september 2025", "ja")]
    [TestCase("de", "2 Wochen", "22. September 2025", "nach dem", "15. September 2025", "ja")]
    public void Notified_three_weeks_after_the_threshold_was_known_shows_the_period_and_the_days_compared(
        string language, string period, string notified, string op, string deadline, string outcome)
    {
        var classifier = Notification.Value.Classifier;
        var facts = Facts.None.With("requirement_known_on", new DateOnly(2025, 9, 1)).With("notified", true).With("notified_on", new DateOnly(2025, 9, 22));

        var explanation = new Explainer(Built.Corpus).Explain(Classification.Run(classifier, facts, Built.Traced), classifier.Definition, new ExplainOptions(language));

        var rule = All(explanation.Root).Single(s => s.Name == "notified_late_after_known");
        rule.Conditions.ShouldNotBeNull().ShouldBe([new ExplainedCondition(notified, op, deadline, outcome)]);
        var parameter = rule.Steps.Single(s => s.Name == "notification_period");
        parameter.Outcome.ShouldBe(period);
        parameter.Citations.ShouldHaveSingleItem().Provision.ShouldBe("art_52__para_1");
    }
}
