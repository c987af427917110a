using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Runtime;
using static RulesDsl.Explain.Tests.Explained;

namespace RulesDsl.Explain.Tests;

/// <summary>What a rule compared, the dates of the law in the reader's words, and the path that decided any outcome.</summary>
public class ConditionAndDateTests
{
    private static IEnumerable<ExplanationStep> All(ExplanationStep step) => step.Steps.SelectMany(All).Prepend(step);

    [TestCase("nl", "3,8 × 10^25 FLOP", "groter dan", "10^25 FLOP", "ja")]
    [TestCase("en", "3.8 × 10^25 FLOP", "greater than", "10^25 FLOP", "yes")]
    [TestCase("de", "3,8 × 10^25 FLOP", "größer als", "10^25 FLOP", "ja")]
    public void The_presumption_of_Article_51_2_shows_the_comparison_it_made_with_both_values(string language, string left, string op, string right, string outcome)
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), language);

        var presumption = All(explanation.Root).Single(s => s.Name == "compute_presumption");
        presumption.Conditions.ShouldNotBeNull().ShouldBe([new ExplainedCondition(left, op, right, outcome)]);
        All(explanation.Root).Where(s => s.Kind is not (StepKind.Rule or StepKind.Presumption)).ShouldAllBe(s => s.Conditions == null);
    }

    [Test]
    public void A_comparison_with_a_fact_not_given_is_unknown_and_says_so()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose), "nl");

        All(explanation.Root).Single(s => s.Name == "compute_presumption").Conditions.ShouldNotBeNull().Single()
            .ShouldBe(new ExplainedCondition("onbekend", "groter dan", "10^25 FLOP", "niet vast te stellen"));
    }

    [TestCase("en", "2 August 2025")]
    [TestCase("nl", "2 augustus 2025")]
    [TestCase("de", "2. August 2025")]
    [TestCase("fr", "2 août 2025")]
    [TestCase("pl", "2 August 2025")]
    public void Dates_read_as_the_readers_language_writes_them(string language, string written) =>
        Vocabulary.For(language).Date(new DateOnly(2025, 8, 2)).ShouldBe(written);

    [Test]
    public void The_threshold_in_force_says_from_when_in_the_readers_words()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), "nl");

        var threshold = All(explanation.Root).First(s => s.Name == "compute_threshold");
        threshold.Status.ShouldBe("van kracht sinds 2 augustus 2025");
        threshold.InForceFrom.ShouldBe(new DateOnly(2025, 8, 2));
    }

    [Test]
    public void An_unknown_verdict_marks_the_rules_left_undecided_as_its_deciding_path_and_the_HTML_shows_them_open()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose), "en");

        explanation.Outcome.ShouldBe("unknown");
        explanation.Root.Steps.ShouldNotBeEmpty();
        explanation.Root.Steps.ShouldAllBe(s => s.Deciding == (s.Status == "unknown"));
        All(explanation.Root).Single(s => s.Name == "designated_by_commission").Deciding.ShouldBeTrue();

        using var html = new StringWriter();
        new Rendering.HtmlExplanation(new Rendering.RenderOptions()).Render(explanation, html);
        var page = html.ToString();
        // A step on the deciding path opens with a plain head; a folded one's head is a <summary>.
        page.ShouldContain("<p class=\"head\"><span class=\"mark\">●</span> <span class=\"label\">designated by a decision of the Commission</span>");
    }

    [Test]
    public void A_verdict_that_does_not_hold_marks_every_rule_none_of_which_applied()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 5e24).With("high_impact_capabilities_assessed", false).With("designated_by_commission", false)), "en");

        explanation.Outcome.ShouldBe("no");
        explanation.Root.Steps.ShouldNotBeEmpty();
        explanation.Root.Steps.ShouldAllBe(s => s.Deciding);
    }

    [Test]
    public void Facts_the_case_gives_that_no_rule_read_are_listed_and_the_others_are_not()
    {
        var facts = Built.GeneralPurpose.With("training_compute", 3.8e25).With("end_users_eu", 20_000_000);

        var explanation = ExplainIn(Classify(facts), "nl");

        explanation.Unread.ShouldNotBeNull().ShouldBe([new UnreadFact("end_users_eu", "aantal geregistreerde eindgebruikers", "2 × 10^7")]);
        using var tree = new StringWriter();
        new Rendering.TreeExplanation(new Rendering.RenderOptions()).Render(explanation, tree);
        tree.ToString().ShouldContain("Opgegeven feiten die geen regel heeft gebruikt\n- aantal geregistreerde eindgebruikers: 2 × 10^7\n");
        ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), "nl").Unread.ShouldBeNull();
    }

    [TestCase("nl", "input- en outputmodaliteiten van het model", "{beeld, tekst}")]
    [TestCase("en", "input and output modalities of the model", "{image, text}")]
    public void A_set_given_and_unread_is_listed_with_its_values_in_the_readers_words(string language, string label, string value)
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25).With("modalities", ["text", "image"])), language);

        explanation.Unread.ShouldNotBeNull().ShouldBe([new UnreadFact("modalities", label, value)]);
    }

    [Test]
    public void A_conclusion_read_by_two_rules_is_shown_in_full_once_and_referred_to_the_second_time()
    {
        var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, Built.GpaiPath));
        const string designation = "  when designated_by_commission\n";
        shipped.ShouldContain(designation);
        var twice = Built.Check(shipped.Replace(designation, "  when designated_by_commission or high_impact_capabilities\n", StringComparison.Ordinal), "rules/twice.rules");
        twice.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var classifier = Built.Load(twice).Classifier;
        var verdict = classifier.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25), new ClassifyOptions(Built.Today));

        var explanation = new Explainer(Built.Corpus).Explain(new Classification(verdict, []), classifier.Definition, new ExplainOptions("en"));

        var shown = All(explanation.Root).Where(s => s.Name == "high_impact_capabilities").ToList();
        shown.Count.ShouldBe(2);
        (shown[0].Repeated, shown[0].Steps.IsEmpty).ShouldBe((null, false));
        (shown[1].Repeated, shown[1].Steps.IsEmpty, shown[1].Outcome).ShouldBe((true, true, "yes"));
        using var tree = new StringWriter();
        new Rendering.TreeExplanation(new Rendering.RenderOptions()).Render(explanation, tree);
        tree.ToString().ShouldContain("(its steps are shown above)");
    }
}
