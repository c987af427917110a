using System.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>A fact that could not be read, at its JSON path (<c>$.training_compute</c>).</summary>
public sealed record FactError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>The facts read from a JSON document, its name if it gives one, and what was wrong with it; a case with errors is not classified.</summary>
public sealed record FactsReading(GivenFacts Given, IReadOnlyList<FactError> Errors, string? Id = null)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The facts by name.</summary>
    public Facts Facts => Given.Facts;
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

    public static FactsReading Read(string json, RuleSetDefinition definition) => Read(json, new FactsReader(definition));

    /// <summary>One case's JSON read by a reader kept between cases.</summary>
    public static FactsReading Read(string json, FactsReader reader) =>
        FactsText.InvalidByte(json) is { } invalid ? new FactsReading(GivenFacts.None, [new FactError("$", invalid)]) : reader.Read(Encoding.UTF8.GetBytes(json));

    /// <summary>JSON Lines: one case per line; errors name the line (<c>line 3: $.parameters</c>).</summary>
    public static IEnumerable<(int Line, FactsReading Reading)> ReadLines(TextReader reader, RuleSetDefinition definition) =>
        ReadRecords(reader, definition).Select(record => (record.Line, record.Reading with
        {
            Errors = [.. record.Reading.Errors.Select(e => e with { Path = $"line {record.Line}: {e.Path}" })],
        }));

    /// <summary>JSON Lines read one line at a time, blank lines passed over; errors keep their JSON paths, the line is beside them.</summary>
    public static IEnumerable<(int Line, FactsReading Reading)> ReadRecords(TextReader reader, RuleSetDefinition definition)
    {
        var facts = new FactsReader(definition);
        return Lines(reader).Select(line => (line.Number, Read(line.Text, facts)));
    }

    /// <summary>The lines of JSON Lines that hold a case, with their numbers.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (number, line);
            }
        }
    }

    /// <summary>The message for a name the rules have no fact of, with the closest name they have.</summary>
    public static string NoSuchFact(string name, RuleSetDefinition definition)
    {
        var near = NameSuggestion.Closest(name, definition.Facts.Select(f => f.Name));
        return $"there is no fact named '{name}'{(near is null ? "" : $"; did you mean '{near}'?")}";
    }
}
