using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RulesDsl.Explain.Rendering;
using static RulesDsl.Explain.Tests.Explained;

namespace RulesDsl.Explain.Tests;

/// <summary>docs/explanation.schema.json documents the JSON explanations exactly: every shipped one passes, a broken one fails.</summary>
public class SchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "explanation.schema.json"))));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static string Json(string example, string language)
    {
        using var output = new StringWriter();
        new JsonExplanation().Render(ExampleIn(example, language), output);
        return output.ToString();
    }

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, Options);
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    [TestCaseSource(typeof(Explained), nameof(EveryExample))]
    public void The_explanation_of_a_shipped_example_matches_the_schema(string example, string language)
    {
        var results = Evaluate(Json(example, language));

        results.IsValid.ShouldBeTrue(Errors(results));
    }

    [Test]
    public void An_authority_that_is_neither_binding_nor_explanatory_is_rejected()
    {
        var node = JsonNode.Parse(Json("nothing known", "en"))!;
        node["root"]!["citations"]![0]!["authority"] = "maybe";

        var results = Evaluate(node.ToJsonString());

        results.IsValid.ShouldBeFalse();
        Errors(results).ShouldContain("/root/citations/0/authority");
    }

    [Test]
    public void An_explanation_without_its_outcome_or_with_an_unknown_step_kind_is_rejected()
    {
        var withoutOutcome = JsonNode.Parse(Json("nothing known", "nl"))!.AsObject();
        withoutOutcome.Remove("outcome");
        var unknownKind = JsonNode.Parse(Json("nothing known", "nl"))!;
        unknownKind["root"]!["steps"]![0]!["kind"] = "guess";

        Evaluate(withoutOutcome.ToJsonString()).IsValid.ShouldBeFalse();
        Evaluate(unknownKind.ToJsonString()).IsValid.ShouldBeFalse();
    }
}
