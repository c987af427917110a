using System.Globalization;
using System.Text.Json;
using RulesDsl.Diagnostics;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>A fact that could not be read, at its JSON path (<c>$.training_compute</c>).</summary>
public sealed record FactError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>The facts read from a JSON document, its name if it gives one, and what was wrong with it; a case with errors is not classified.</summary>
public sealed record FactsReading(Facts Facts, IReadOnlyList<FactError> Errors, string? Id = null)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Reads the facts of a case from JSON: one object whose keys are fact names. A quantity is a number, or
/// <c>{"value": 3e25, "unit": "FLOP"}</c> to state its unit; yes/no is true or false; a date is "YYYY-MM-DD"; a set is
/// an array of values; null leaves a fact unknown. A case may name itself under <c>"id"</c> (unless the rules have a
/// fact of that name): the name is not a fact, it is carried to the verdict so a batch's output can be read.
/// </summary>
public static class FactsJson
{
    public const string IdKey = "id";

    public static FactsReading Read(string json, RuleSetDefinition definition)
    {
        var errors = new List<FactError>();
        var facts = Facts.None;
        string? id = null;
        if (FactsText.InvalidByte(json) is { } invalid)
        {
            return new FactsReading(facts, [new FactError("$", invalid)]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new FactsReading(facts, [new FactError("$", $"not valid JSON: {e.Message}")]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new FactsReading(facts, [new FactError("$", "expected an object of facts, such as {\"training_compute\": 3e25}")]);
            }

            Validate(document.RootElement, "$", errors);
            if (errors.Count > 0)
            {
                return new FactsReading(facts, errors);
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var path = $"$.{property.Name}";
                var index = definition.FactIndex(property.Name);
                if (index < 0 && property.Name == IdKey)
                {
                    id = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : Fail(id, errors, path, "expected the case's name as a string");
                    continue;
                }

                if (index < 0)
                {
                    errors.Add(new FactError(path, NoSuchFact(property.Name, definition)));
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                var fact = definition.Facts[index];
                var read = fact.Kind switch
                {
                    FactKind.Quantity => Quantity(facts, fact, property.Value, path, errors),
                    FactKind.YesNo => property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False
                        ? facts.With(fact.Name, property.Value.GetBoolean())
                        : Fail(facts, errors, path, "expected true or false"),
                    FactKind.Date => property.Value.ValueKind == JsonValueKind.String
                        && DateOnly.TryParseExact(property.Value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        ? facts.With(fact.Name, date)
                        : Fail(facts, errors, path, "expected a date written as \"YYYY-MM-DD\""),
                    _ => Set(facts, fact, property.Value, path, errors),
                };
                facts = read;
            }
        }

        return new FactsReading(facts, errors, id);
    }

    /// <summary>JSON Lines: one case per line; errors name the line (<c>line 3: $.parameters</c>).</summary>
    public static IEnumerable<(int Line, FactsReading Reading)> ReadLines(TextReader reader, RuleSetDefinition definition) =>
        ReadRecords(reader, definition).Select(record => (record.Line, record.Reading with
        {
            Errors = [.. record.Reading.Errors.Select(e => e with { Path = $"line {record.Line}: {e.Path}" })],
        }));

    /// <summary>JSON Lines read one line at a time, blank lines passed over; errors keep their JSON paths, the line is beside them.</summary>
    public static IEnumerable<(int Line, FactsReading Reading)> ReadRecords(TextReader reader, RuleSetDefinition definition)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (number, Read(line, definition));
            }
        }
    }

    /// <summary>The message for a name the rules have no fact of, with the closest name they have.</summary>
    public static string NoSuchFact(string name, RuleSetDefinition definition)
    {
        var near = NameSuggestion.Closest(name, definition.Facts.Select(f => f.Name));
        return $"there is no fact named '{name}'{(near is null ? "" : $"; did you mean '{near}'?")}";
    }

    private static Facts Quantity(Facts facts, FactDefinition fact, JsonElement value, string path, List<FactError> errors)
    {
        var number = value;
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (!value.TryGetProperty("value", out number))
            {
                return Fail(facts, errors, path, "expected {\"value\": …, \"unit\": …}");
            }

            var unit = value.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            if (unit is not null && !string.Equals(unit, fact.Unit, StringComparison.OrdinalIgnoreCase))
            {
                return Fail(facts, errors, path + ".unit", $"'{fact.Name}' is measured in {fact.Unit}, not {unit}");
            }

            path += ".value";
        }

        // The number as written, digit for digit: read as a double, 9.82e24 + 9e22 + 9e22 would no longer be 10^25.
        if (number.ValueKind != JsonValueKind.Number || !Runtime.Quantity.TryParse(number.GetRawText(), out var amount))
        {
            return Fail(facts, errors, path, $"expected a number of {fact.Unit}");
        }

        var (_, exponent, negative) = amount.Decimal();
        if (negative)
        {
            return Fail(facts, errors, path, $"{number.GetRawText()} is out of range: an amount of {fact.Unit} is not negative");
        }

        if (fact.Unit == "count" && exponent < 0)
        {
            return Fail(facts, errors, path, $"{number.GetRawText()} is out of range: a count is a whole number");
        }

        return facts.With(fact.Name, amount);
    }

    private static Facts Set(Facts facts, FactDefinition fact, JsonElement value, string path, List<FactError> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return Fail(facts, errors, path, $"expected an array of values of {string.Join(", ", fact.Values)}");
        }

        var values = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (text is null || !fact.Values.Contains(text))
            {
                errors.Add(new FactError($"{path}[{index}]", $"expected one of {string.Join(", ", fact.Values)}"));
            }
            else
            {
                values.Add(text);
            }

            index++;
        }

        return facts.With(fact.Name, values);
    }

    /// <summary>
    /// What JSON allows and a case must not hold: a key given twice (the last would win, so the order of keys would
    /// change a verdict) and a lone surrogate (<c>"\ud800"</c>, which is no text), each at its JSON path.
    /// </summary>
    private static void Validate(JsonElement element, string path, List<FactError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (Text(() => property.Name) is not { } name)
                    {
                        errors.Add(new FactError(path, LoneSurrogate));
                        continue;
                    }

                    if (!seen.Add(name))
                    {
                        errors.Add(new FactError($"{path}.{name}", "the key is given twice; which value counts would depend on the order of the keys"));
                    }

                    Validate(property.Value, $"{path}.{name}", errors);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Validate(item, $"{path}[{index++}]", errors);
                }

                break;
            case JsonValueKind.String when Text(element.GetString) is null:
                errors.Add(new FactError(path, LoneSurrogate));
                break;
        }
    }

    private const string LoneSurrogate = "a lone surrogate (such as \\ud800 without its pair) is not valid Unicode text";

    /// <summary>The text of a key or string; null where its escapes make a lone surrogate, which System.Text.Json refuses to decode.</summary>
    private static string? Text(Func<string?> read)
    {
        try
        {
            return read() ?? "";
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static T Fail<T>(T unchanged, List<FactError> errors, string path, string message)
    {
        errors.Add(new FactError(path, message));
        return unchanged;
    }
}
