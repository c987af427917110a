using System.Text;
using System.Text.Json.Nodes;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>
/// The JSON Schema (draft 2020-12) of the facts a classifier accepts: what <see cref="FactsJson"/> reads, written for
/// engineers who produce facts elsewhere. Each fact's unit and citations are in its description, so the schema
/// carries the law's reasons for asking.
/// </summary>
public static class FactsSchema
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static JsonObject Of(RuleSetDefinition definition)
    {
        var properties = new JsonObject();
        foreach (var fact in definition.Facts)
        {
            properties[fact.Name] = Fact(fact);
        }

        if (definition.FactIndex(FactsJson.IdKey) < 0)
        {
            properties[FactsJson.IdKey] = new JsonObject
            {
                ["description"] = "The case's name, carried to its verdict; not a fact.",
                ["type"] = "string",
            };
        }

        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = $"Facts of \"{definition.Title}\"",
            ["description"] = $"The facts of one case for the rules {definition.RulesFile} ({definition.Act}). A fact left out or null is unknown.",
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Fact(FactDefinition fact)
    {
        var description = new StringBuilder(fact.Name.Replace('_', ' '));
        if (fact.Unit is not null)
        {
            description.Append(", in ").Append(fact.Unit);
        }

        if (fact.Citations.Count > 0)
        {
            description.Append("; cites ").AppendJoin("; ", fact.Citations.Select(c => c.Written));
        }

        var schema = fact.Kind switch
        {
            FactKind.Quantity => Quantity(fact),
            FactKind.YesNo => new JsonObject { ["type"] = Nullable("boolean") },
            // FactsJson reads dates written exactly as YYYY-MM-DD; "format" alone is only an annotation in 2020-12.
            FactKind.Date => new JsonObject { ["type"] = Nullable("string"), ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            _ => new JsonObject
            {
                ["type"] = Nullable("array"),
                ["items"] = new JsonObject { ["enum"] = new JsonArray([.. fact.Values.Select(v => (JsonNode)v)]) },
            },
        };
        schema.Insert(0, "description", description.ToString());
        return schema;
    }

    /// <summary>A plain number, or <c>{"value": …, "unit": …}</c> stating its unit, which FactsJson matches ignoring case.</summary>
    private static JsonObject Quantity(FactDefinition fact)
    {
        var type = fact.Unit == "count" ? "integer" : "number";
        var unit = fact.Unit ?? "";
        var anyCase = string.Concat(unit.Select(c => char.IsLetter(c) ? $"[{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}]" : Escape(c)));
        return new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = Nullable(type), ["minimum"] = 0 },
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["value"] = new JsonObject { ["type"] = type, ["minimum"] = 0 },
                        ["unit"] = new JsonObject { ["type"] = "string", ["pattern"] = $"^{anyCase}$" },
                    },
                    ["required"] = new JsonArray("value"),
                    ["additionalProperties"] = false,
                }),
        };
    }

    private static string Escape(char c) => "^$\\.*+?()[]{}|/".Contains(c) ? "\\" + c : c.ToString();

    private static JsonArray Nullable(string type) => new(type, "null");
}
