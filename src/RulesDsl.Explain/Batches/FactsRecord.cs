using System.Collections.Concurrent;
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
public sealed record FactsRecord(int Line, string? Id, GivenFacts Given, IReadOnlyList<RecordError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The facts by name.</summary>
    public Facts Facts => Given.Facts;

    public static FactsRecord Of(int line, FactsReading reading) =>
        new(line, reading.Id, reading.Given, reading.Succeeded ? [] : Located(line, reading.Errors));

    // A method of its own: a lambda capturing the line would cost every record, good or bad, its closure.
    internal static RecordError[] Located(int line, IReadOnlyList<FactError> errors) =>
        [.. errors.Select(e => new RecordError(line, null, e.Path, e.Message))];
}

/// <summary>A batch input that cannot be read at all (a CSV header naming no fact): no record of it is classified.</summary>
public sealed class BatchInputException(RecordError error) : Exception(error.Message)
{
    public RecordError Error { get; } = error;
}

/// <summary>
/// The formats facts come in: one JSON case, JSON Lines or CSV; a batch read either record by record or in chunks,
/// each read in order and turned into its records by whichever worker takes it.
/// </summary>
public static class FactsRecords
{
    /// <summary>Cases a chunk when read from text: enough to keep a worker busy, few enough that chunks in flight stay small.</summary>
    public const int RecordsPerChunk = 512;

    /// <summary>Bytes a chunk when read from UTF-8: a few hundred cases.</summary>
    public const int ChunkBytes = 128 * 1024;

    /// <summary>One case, as a JSON document.</summary>
    public static FactsRecord Json(string json, RuleSetDefinition definition) => FactsRecord.Of(0, FactsJson.Read(json, definition));

    /// <summary>One case a line, read as it is consumed.</summary>
    public static IEnumerable<FactsRecord> JsonLines(TextReader reader, RuleSetDefinition definition) =>
        FactsJson.ReadRecords(reader, definition).Select(record => FactsRecord.Of(record.Line, record.Reading));

    /// <summary>Cases a chunk when each is explained: an explanation is hundreds of times the size of its facts.</summary>
    public const int ExplainedPerChunk = 16;

    /// <summary>One case a line from text (standard input), in chunks of lines.</summary>
    public static IEnumerable<BatchChunk> JsonLinesChunks(TextReader reader, RuleSetDefinition definition, int recordsPerChunk = RecordsPerChunk)
    {
        var readers = new Pool<FactsReader>(() => new FactsReader(definition));
        return FactsJson.Lines(reader).Chunk(recordsPerChunk).Select(lines => (BatchChunk)(() =>
            readers.With(facts => lines.Select(line => FactsRecord.Of(line.Number, FactsJson.Read(line.Text, facts))).ToArray())));
    }

    /// <summary>
    /// One case a line straight from UTF-8 bytes (a byte order mark at the start passed over), in chunks of about
    /// <paramref name="chunkBytes"/>: no line becomes a string, and a byte that is not UTF-8 is an error of its line.
    /// </summary>
    public static IEnumerable<BatchChunk> JsonLinesChunks(Stream input, RuleSetDefinition definition, int chunkBytes = ChunkBytes)
    {
        var readers = new Pool<FactsReader>(() => new FactsReader(definition));
        return Utf8Lines.Chunks(input, chunkBytes).Select(chunk => (BatchChunk)(() =>
        {
            using (chunk)
            {
                return readers.With(chunk.Records);
            }
        }));
    }

    /// <summary>A header row of fact names, then one case a row, read as it is consumed.</summary>
    public static IEnumerable<FactsRecord> Csv(TextReader reader, RuleSetDefinition definition) => FactsCsv.Read(reader, definition);

    /// <summary>CSV in chunks of rows; the header is read, and checked, with the first chunk.</summary>
    public static IEnumerable<BatchChunk> CsvChunks(TextReader reader, RuleSetDefinition definition, int recordsPerChunk = RecordsPerChunk) =>
        FactsCsv.Chunks(reader, definition, recordsPerChunk);
}

/// <summary>Part of a batch's input, read in order on one thread and turned into its records on a worker.</summary>
public delegate IReadOnlyList<FactsRecord> BatchChunk();

/// <summary>Things each worker needs one of (a reader, a buffer), taken for a chunk and given back after.</summary>
internal sealed class Pool<T>(Func<T> create)
{
    private readonly ConcurrentBag<T> free = [];

    public TResult With<TResult>(Func<T, TResult> use)
    {
        var item = free.TryTake(out var taken) ? taken : create();
        try
        {
            return use(item);
        }
        finally
        {
            free.Add(item);
        }
    }
}
