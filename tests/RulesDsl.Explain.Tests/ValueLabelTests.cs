using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// A set of values shown to a reader reads the values' labels in the reader's language: the shipped <c>modality</c> of
/// Annex XIII, point (d), read by a rule, in Dutch "biologische sequenties", never <c>biological_sequences</c>.
/// </summary>
public class ValueLabelTests
{
    private static readonly Lazy<IClassifier> Classifier = new(() =>
    {
        // The shipped enumeration, as written, and a rule reading a set of its values.
        var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules"));
        var start = shipped.IndexOf("enum modality\n", StringComparison.Ordinal);
        var enumeration = shipped[start..shipped.IndexOf("\n\n", start, StringComparison.Ordinal)];
        var text = $"""
            rules "Modalities"
            act eu-ai-act
            language en

            {enumeration}

            fact modalities: set of modality
              label en "input and output modalities of the model"
              label nl "input- en outputmodaliteiten van het model"
              cites Annex XIII, point (d)

            conclusion biological_outputs
              cites Annex XIII, point (d)

            rule sequence_modality
              concludes biological_outputs
              when modalities contains biological_sequences
              cites Annex XIII, point (d)

            verdict biological_outputs
              cites Annex XIII, point (d)
            """;
        return Built.Load(Built.Check(text)).Classifier;
    });

    private static Explanation Explain(string language) =>
        new Explainer(Built.Corpus).Explain(
            Classification.Run(Classifier.Value, Facts.None.With("modalities", ["text", "biological_sequences"]), Built.Traced),
            Classifier.Value.Definition,
            new ExplainOptions(language));

    private static string Modalities(Explanation explanation) =>
        Explained.All(explanation.Root).Single(step => step.Name == "modalities").Outcome;

    [Test]
    public void A_Dutch_explanation_shows_the_values_by_their_Dutch_labels_in_every_format()
    {
        var explanation = Explain("nl");

        Modalities(explanation).ShouldBe("{biologische sequenties, tekst}");
        foreach (var format in ExplanationRenderers.Formats)
        {
            using var output = new StringWriter();
            ExplanationRenderers.For(format, new RenderOptions()).Render(explanation, output);
            output.ToString().ShouldContain("biologische sequenties", customMessage: format);
            output.ToString().ShouldNotContain("biological_sequences", customMessage: format);
        }
    }

    [Test]
    public void An_English_explanation_shows_the_English_labels_and_a_language_without_labels_the_file_language_ones()
    {
        Modalities(Explain("en")).ShouldBe("{biological sequences, text}");
        Modalities(Explain("de")).ShouldBe("{biological sequences, text}");
    }

    [Test]
    public void The_classifier_carries_the_labels_of_the_values_of_a_set_fact()
    {
        var definition = Classifier.Value.Definition;

        definition.ValueLabelOf("image", "nl").ShouldBe("beeld");
        definition.ValueLabelOf("image", "en").ShouldBe("image");
        definition.Facts.Single(fact => fact.Name == "modalities").ValueLabels.ShouldNotBeNull().Count.ShouldBe(10);
    }
}
