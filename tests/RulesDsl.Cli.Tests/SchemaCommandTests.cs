using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RulesDsl.Compiler.Examples;
using RulesDsl.Explain.Batches;
using RulesDsl.Runtime;

namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl schema</c>: the schema of the shipped rules, checked by a JSON Schema validator against real facts.</summary>
public class SchemaCommandTests
{
    private static readonly string Rules = Path.Combine(RepoPaths.Root, "rules");

    // The folder holds more than one rule set; these commands classify with the systemic-risk one.
    private static readonly string GpaiRules = Path.Combine(Rules, "gpai-systemic-risk.rules");

    private static readonly Lazy<(JsonSchema Schema, JsonDocument Document)> Printed = new(() =>
    {
        var (exit, output, error) = Cli.Run("schema", "--rules", GpaiRules, "--corpus", RepoPaths.Corpus, "--as-of", "2026-11-23");
        exit.ShouldBe(0, error);
        return (JsonSchema.FromText(output), JsonDocument.Parse(output));
    });

    private static bool Valid(string json)
    {
        using var instance = JsonDocument.Parse(json);
        return Printed.Value.Schema.Evaluate(instance.RootElement).IsValid;
    }

    /// <summary>The facts an example gives, written as a producer of facts would write them.</summary>
    private static string Json(Facts facts) =>
        new JsonObject(facts.Names.Select(name => KeyValuePair.Create(name, facts.Get(name) switch
        {
            Quantity quantity => JsonNode.Parse(quantity.ToString()),
            bool yes => JsonValue.Create(yes),
            DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            IEnumerable<string> set => (JsonNode?)new JsonArray([.. set.Select(v => (JsonNode?)JsonValue.Create(v))]),
            _ => null,
        }))).ToJsonString();

    [Test]
    public void A_property_per_fact_with_its_type_unit_and_citations_and_nothing_else()
    {
        var root = Printed.Value.Document.RootElement;
        root.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        root.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        var properties = root.GetProperty("properties");
        var compute = properties.GetProperty("training_compute");
        compute.GetProperty("description").GetString().ShouldBe("training compute, in FLOP; cites Article 51(2); recital 111 sentence 6");
        compute.GetProperty("anyOf")[0].GetProperty("minimum").GetInt32().ShouldBe(0);
        properties.GetProperty("parameters").GetProperty("anyOf")[0].GetProperty("type")[0].GetString().ShouldBe("integer");
        properties.GetProperty("designated_by_commission").GetProperty("type")[0].GetString().ShouldBe("boolean");
        properties.GetProperty("modalities").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString())
            .ShouldBe(["text", "image", "audio", "video", "biological_sequences"]);
    }

    [Test]
    public void Accepts_the_facts_of_every_example_of_the_rules_and_the_shipped_example_facts()
    {
        var examples = Built.Gpai.RuleSet.Examples.Select(e => Json(ExampleRunner.FactsOf(e))).ToList();
        var shipped = Directory.GetFiles(Path.Combine(Rules, "examples"), "*.json").Select(File.ReadAllText)
            .Concat(File.ReadLines(Path.Combine(Rules, "examples", "models.jsonl")))
            .ToList();

        examples.Count.ShouldBe(19);
        shipped.Count.ShouldBe(18);
        examples.Concat(shipped).Where(json => !Valid(json)).ShouldBeEmpty();
    }

    [TestCase("""{"training_compute": {"value": 3e25, "unit": "flop"}}""")]
    [TestCase("""{"training_compute": null, "modalities": ["text", "image"], "id": "a model"}""")]
    public void Accepts_what_FactsJson_reads(string json)
    {
        FactsJson.Read(json, Built.GpaiClassifier.Definition).Succeeded.ShouldBeTrue();
        Valid(json).ShouldBeTrue();
    }

    [TestCase("""{"training_compute": "lots"}""")]
    [TestCase("""{"training_compute": -1}""")]
    [TestCase("""{"parameters": 2.5}""")]
    [TestCase("""{"designated_by_commission": "yes"}""")]
    [TestCase("""{"modalities": ["smell"]}""")]
    [TestCase("""{"trainig_compute": 1e25}""")]
    [TestCase("""{"training_compute": {"value": 3e25, "unit": "tokens"}}""")]
    public void Rejects_what_FactsJson_rejects(string json)
    {
        FactsJson.Read(json, Built.GpaiClassifier.Definition).Succeeded.ShouldBeFalse();
        Valid(json).ShouldBeFalse();
    }
}
