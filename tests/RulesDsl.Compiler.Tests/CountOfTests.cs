using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// <c>count of</c> a set fact, on both paths: the input and output modalities of Annex XIII, point (d), counted.
/// </summary>
public class CountOfTests
{
    private const string Modalities = """
        rules "Modalities"
        act eu-ai-act
        language en

        enum modality
          values text, image, audio, video, biological_sequences
          cites Annex XIII, point (d)

        fact modalities: set of modality
          cites Annex XIII, point (d)

        conclusion multimodal
          cites Annex XIII, point (d)

        rule several_modalities
          concludes multimodal
          when count of modalities at least 2
          cites Annex XIII, point (d)

        verdict multimodal
          cites Annex XIII, point (d)
        """;

    [TestCase(null, "Unknown")]
    [TestCase("", "No")]
    [TestCase("text", "No")]
    [TestCase("text,image", "Yes")]
    [TestCase("text,image,audio,video,biological_sequences", "Yes")]
    public void Count_of_modalities_at_least_2_decides_alike_traced_and_untraced(string? given, string outcome)
    {
        var classifier = Built.Load(Built.Check(Modalities)).Classifier;
        var facts = given is null ? Facts.None : Facts.None.With("modalities", given.Split(',', StringSplitOptions.RemoveEmptyEntries));

        var traced = classifier.Conclude("multimodal", facts, Built.Traced);
        var untraced = classifier.Conclude("multimodal", facts, Built.Traced with { Trace = false });

        traced.Outcome.ToString().ShouldBe(outcome);
        untraced.Outcome.ShouldBe(traced.Outcome);
        untraced.DecidingRule.ShouldBe(traced.DecidingRule);
        untraced.MissingFacts.ShouldBe(traced.MissingFacts);
        traced.Trace.ShouldNotBeNull();
    }
}
