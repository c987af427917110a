using System.Globalization;
using RulesDsl.Diagnostics;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>
/// What is wrong with one record of facts: its line (0 for a single JSON document, which has no lines to count), the
/// column for CSV, and where in the record: a JSON path (<c>$.training_compute</c>) or a CSV column's name.
/// </summary>
public sealed record RecordError(int Line, int? Column, string? Where, string Message)
{
    /// <summary>In compiler form: <c>models.jsonl(3): $.parameters: …</c>, <c>models.csv(3,2): parameters: …</c>.</summary>
    public string Format(string source)
    {
        var position = Line == 0 ? ""
            : Column is { } column ? string.Create(CultureInfo.InvariantCulture, $"({Line},{column})")
            : string.Create(CultureInfo.InvariantCulture, $"({Line})");
        // The message quotes the record (names, values) and goes to a terminal: its control characters are escaped.
        return TerminalText.Escape(Where is null ? $"{source}{position}: {Message}" : $"{source}{position}: {Where}: {Message}");
    }
}

/// <summary>One case of a batch: where it starts, its name if it gives one, its facts, and what could not be read.</summary>
public sealed record FactsRecord(int Line, string? Id, Facts Facts, IReadOnlyList<RecordError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static FactsRecord Of(int line, FactsReading reading) =>
        new(line, reading.Id, reading.Facts, [.. reading.Errors.Select(e => new RecordError(line, null, e.Path, e.Message))]);
}

/// <summary>A batch input that cannot be read at all (a CSV header naming no fact): no record of it is classified.</summary>
public sealed class BatchInputException(RecordError error) : Exception(error.Message)
{
    public RecordError Error { get; } = error;
}

/// <summary>The formats facts come in: one JSON case, JSON Lines or CSV.</summary>
public static class FactsRecords
{
    /// <summary>One case, as a JSON document.</summary>
    public static FactsRecord Json(string json, RuleSetDefinition definition) => FactsRecord.Of(0, FactsJson.Read(json, definition));

    /// <summary>One case a line, read as it is consumed.</summary>
    public static IEnumerable<FactsRecord> JsonLines(TextReader reader, RuleSetDefinition definition) =>
        FactsJson.ReadRecords(reader, definition).Select(record => FactsRecord.Of(record.Line, record.Reading));

    /// <summary>A header row of fact names, then one case a row, read as it is consumed.</summary>
    public static IEnumerable<FactsRecord> Csv(TextReader reader, RuleSetDefinition definition) => FactsCsv.Read(reader, definition);
}
