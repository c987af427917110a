using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesDsl.Explain.Model;

namespace RulesDsl.Explain.Rendering;

/// <summary>
/// An explanation as JSON for machines, in the shape docs/explanation.schema.json documents: property names in camel
/// case, enums as strings, absent values left out.
/// </summary>
public sealed class JsonExplanation(bool indented = true) : IExplanationRenderer
{
    public static JsonSerializerOptions Options(bool indented) => new()
    {
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // Quotes in any language stay readable: "initiële", not "initi\u00EBle".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Two levels a conclusion read by a rule, and a few more for its citations: a chain of a few hundred
        // conclusions is a rule set people write, far deeper than the default 64.
        MaxDepth = 2048,
    };

    private readonly JsonSerializerOptions options = Options(indented);

    public string Format => "json";

    public void Render(Explanation explanation, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(explanation, options));
}
