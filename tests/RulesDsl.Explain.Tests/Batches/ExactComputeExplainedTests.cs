using System.Text.Json;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Building;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests.Batches;

/// <summary>Exact amounts, lower bounds and estimates as a reader and a program see them: JSON facts, batches, explanations.</summary>
public class ExactComputeExplainedTests
{
    private static RuleSetDefinition Definition => Built.GpaiClassifier.Definition;

    private static readonly string Models = Path.Combine(RepoPaths.Root, "rules", "examples", "models.jsonl");

    [Test]
    public void JSON_numbers_are_read_as_written_so_parts_of_exactly_10_to_the_25_are_not_greater()
    {
        var reading = FactsJson.Read("""
            {"significant_generality": true, "integrable_downstream": true, "placed_on_market": true, "pretraining_compute": 9.82e24, "synthetic_data_compute": 9E+22, "finetuning_compute": 90000000000000000000000,
             "high_impact_capabilities_assessed": false, "designated_by_commission": false}
            """, Definition);

        reading.Succeeded.ShouldBeTrue();
        reading.Facts.Quantity("pretraining_compute").ShouldBe(Quantity.Of(982, 22));
        Built.GpaiClassifier.Classify(reading.Facts, Built.Traced).Outcome.ShouldBe(Truth.No);
        Built.GpaiClassifier.Classify(reading.Facts, Built.Traced with { Trace = false }).Outcome.ShouldBe(Truth.No);
    }

    [Test]
    public void JSON_amounts_keep_their_range_checks()
    {
        FactsJson.Read("""{"training_compute": -1e25}""", Definition).Errors.Single().Message.ShouldContain("-1e25 is out of range");
        FactsJson.Read("""{"business_users_eu": 10000.5}""", Definition).Errors.Single().Message.ShouldContain("a count is a whole number");
        FactsJson.Read("""{"business_users_eu": 1.5e4}""", Definition).Succeeded.ShouldBeTrue();
        FactsJson.Read("""{"training_compute": 1e400}""", Definition).Errors.Single().Message.ShouldContain("expected a number of FLOP");
    }

    [Test]
    public void The_shipped_batch_marks_every_no_resting_on_parameters_times_tokens_as_estimated()
    {
        using var output = new StringWriter();
        new BatchClassifier(Built.GpaiClassifier, Built.Today, null)
            .Run(FactsRecords.JsonLines(new StringReader(File.ReadAllText(Models)), Definition), new JsonVerdicts(output, null), new BatchRun(false, _ => { }));
        var records = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!);

        foreach (var model in new[] { "Llama 2 70B (2023)", "Chinchilla 70B (2022)", "BLOOM 176B (2022)" })
        {
            records[model].GetProperty("outcome").GetString().ShouldBe("no", model);
            records[model].GetProperty("how").EnumerateArray().Select(h => h.GetString()).ShouldBe(["estimated"], model);
        }

        records["GPT-3 175B (2020)"].GetProperty("how").GetArrayLength().ShouldBe(0);
    }

    [TestCase("en", "at least 2 × 10^25 FLOP", "a lower bound, not every part being given: computation used for pre-training + computation used for synthetic data generation + computation used for fine-tuning")]
    [TestCase("nl", "ten minste 2 × 10^25 FLOP", "een ondergrens, want niet elk deel is gegeven: rekeninput voor pre-training + rekeninput voor het genereren van synthetische gegevens + rekeninput voor verfijning")]
    public void A_lower_bound_is_shown_and_said_to_be_one(string language, string value, string status)
    {
        var classification = Explained.Classify(Built.GeneralPurpose.With("pretraining_compute", 2e25).With("parameters", 70e9).With("training_tokens", 15e12));
        var explanation = Explained.ExplainIn(classification, language);

        var compute = Explained.Steps(explanation).First(s => s.Name == "training_compute");
        (compute.Outcome, compute.Status).ShouldBe((value, status));
        var presumption = Explained.Steps(explanation).First(s => s.Name == "compute_presumption");
        presumption.Conditions!.Value.Single().Left.ShouldBe(value);
    }

    [TestCase("en", "no", "estimated — estimation method, not in the law: 6 × number of parameters of the model × size of the data set, measured in tokens")]
    [TestCase("nl", "nee", "geschat — schattingsmethode, niet in de wet: 6 × aantal parameters van het model × omvang van de dataset, gemeten in tokens")]
    public void An_estimated_no_says_so_and_shows_the_formula_as_no_method_of_the_law(string language, string no, string status)
    {
        var facts = Built.GeneralPurpose.With("parameters", 70e9).With("training_tokens", 2e12)
            .With("high_impact_capabilities_assessed", false).With("designated_by_commission", false);
        var explanation = Explained.ExplainIn(Explained.Classify(facts), language);

        explanation.Root.Outcome.ShouldBe(no);
        explanation.How.ShouldContain(Vocabulary.For(language)[Way.Estimated]);
        Explained.Steps(explanation).First(s => s.Name == "training_compute").Status.ShouldBe(status);
    }
}
