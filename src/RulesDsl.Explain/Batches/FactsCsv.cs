using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>
/// Facts from CSV: a header row of fact names (and <c>id</c>, the case's name), then one case a row. An empty cell
/// leaves its fact unknown; yes/no is true, false, yes or no; a set's values are separated by <c>;</c>. Each cell is read
/// by <see cref="FactsReader"/> as the JSON value it stands for would be, so CSV and JSON accept the same facts with the
/// same messages; errors name the row's line and the column.
/// </summary>
public static class FactsCsv
{
    public const char SetSeparator = ';';

    public static IEnumerable<FactsRecord> Read(TextReader reader, RuleSetDefinition definition) => Chunks(reader, definition, FactsRecords.RecordsPerChunk).SelectMany(chunk => chunk());

    /// <summary>The rows in chunks, each turned into its records by whichever worker takes it; the header is read with the first.</summary>
    public static IEnumerable<BatchChunk> Chunks(TextReader reader, RuleSetDefinition definition, int recordsPerChunk)
    {
        using var rows = Csv.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break;
        }

        var columns = Header(rows.Current, definition);
        var rowReaders = new Pool<RowReader>(() => new RowReader(new FactsReader(definition), columns, definition));
        foreach (var chunk in Rest(rows).Chunk(recordsPerChunk))
        {
            yield return () => rowReaders.With(read => chunk.Select(read.Record).ToArray());
        }
    }

    private static IEnumerable<CsvRow> Rest(IEnumerator<CsvRow> rows)
    {
        while (rows.MoveNext())
        {
            yield return rows.Current;
        }
    }

    /// <summary>The index of the fact each column gives (-1 for <c>id</c>); a header naming no fact stops the whole file.</summary>
    private static int[] Header(CsvRow header, RuleSetDefinition definition)
    {
        if (header.Error is not null)
        {
            throw new BatchInputException(new RecordError(header.Line, header.ErrorColumn, null, header.Error));
        }

        var columns = new int[header.Cells.Count];
        for (var index = 0; index < header.Cells.Count; index++)
        {
            var name = header.Cells[index];
            var fact = definition.FactIndex(name);
            var error = name.Length == 0 ? "a column has no name; the header names the facts of its columns"
                : header.Cells.Take(index).Contains(name) ? $"the column '{name}' is named twice"
                : fact < 0 && name != FactsJson.IdKey ? FactsJson.NoSuchFact(name, definition)
                : null;
            if (error is not null)
            {
                throw new BatchInputException(new RecordError(header.Line, index + 1, "header", error));
            }

            columns[index] = fact;
        }

        return columns;
    }

    /// <summary>Turns rows into records on one worker, each cell read as the JSON value it stands for would be.</summary>
    /// <param name="columns">The index of the fact of each column; -1 for the case's name.</param>
    private sealed class RowReader(FactsReader reader, int[] columns, RuleSetDefinition definition)
    {
        public FactsRecord Record(CsvRow row)
        {
            if (row.Error is not null)
            {
                return new FactsRecord(row.Line, null, GivenFacts.None, [new RecordError(row.Line, row.ErrorColumn, null, row.Error)]);
            }

            if (row.Cells.Count != columns.Length)
            {
                return new FactsRecord(row.Line, null, GivenFacts.None,
                    [new RecordError(row.Line, null, null, $"{row.Cells.Count} cells where the header names {columns.Length} columns")]);
            }

            for (var index = 0; index < columns.Length; index++)
            {
                if (FactsText.InvalidByte(row.Cells[index]) is { } invalid)
                {
                    return new FactsRecord(row.Line, null, GivenFacts.None, [new RecordError(row.Line, index + 1, null, invalid)]);
                }
            }

            var reading = reader.Read(row.Cells, columns);
            return new FactsRecord(row.Line, reading.Id, reading.Given, reading.Succeeded ? [] : [.. reading.Errors.Select(e => Locate(e, row.Line, columns, definition))]);
        }
    }

    /// <summary>A JSON path of the row's object (<c>$.modalities[1]</c>) as the column it came from.</summary>
    private static RecordError Locate(FactError error, int line, int[] columns, RuleSetDefinition definition)
    {
        var where = error.Path.StartsWith("$.", StringComparison.Ordinal) ? error.Path[2..] : error.Path;
        var end = where.AsSpan().IndexOfAny('.', '[');
        var name = end < 0 ? where : where[..end];
        var column = Array.FindIndex(columns, c => (c < 0 ? FactsJson.IdKey : definition.Facts[c].Name) == name);
        return new RecordError(line, column < 0 ? null : column + 1, where, error.Message);
    }
}
