using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesDsl.Explain.Batches;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests.Batches;

/// <summary>
/// A CSV row gives the facts, and the messages, of the JSON object it stands for: every cell is read straight into the
/// case's facts, and must read as that object does, cell kind by cell kind, good and bad.
/// </summary>
public class CsvFactsTests
{
    [TestCaseSource(typeof(TypedBatchTests), nameof(TypedBatchTests.RuleSets))]
    public void Each_row_reads_as_the_JSON_object_it_stands_for(string path)
    {
        var definition = TypedBatchTests.Classifier(path).Definition;
        var random = new Random(20261208);
        var columns = definition.Facts.Select(f => f.Name).Prepend(FactsJson.IdKey).ToArray();
        var csv = new StringBuilder(string.Join(",", columns)).Append('\n');
        var objects = new List<string>();
        for (var row = 0; row < 2000; row++)
        {
            var cells = new List<string> { random.Next(3) == 0 ? "" : $"case {row}" };
            var json = new Dictionary<string, string>(StringComparer.Ordinal);
            if (cells[0].Length > 0)
            {
                json[FactsJson.IdKey] = JsonSerializer.Serialize(cells[0]);
            }

            foreach (var fact in definition.Facts)
            {
                var (cell, value) = Cell(fact, random);
                cells.Add(cell);
                if (value is not null)
                {
                    json[fact.Name] = value;
                }
            }

            csv.Append(string.Join(",", cells.Select(Quoted))).Append('\n');
            objects.Add("{" + string.Join(", ", json.Select(p => $"\"{p.Key}\": {p.Value}")) + "}");
        }

        var records = FactsRecords.Csv(new StringReader(csv.ToString()), definition).ToList();

        records.Count.ShouldBe(objects.Count);
        var refused = 0;
        for (var row = 0; row < records.Count; row++)
        {
            var record = records[row];
            var expected = FactsJson.Read(objects[row], definition);
            var what = $"row {row + 2}: {objects[row]}";
            record.Line.ShouldBe(row + 2);
            record.Id.ShouldBe(expected.Id, what);
            record.Errors.Select(e => $"{e.Column}: {e.Where}: {e.Message}")
                .ShouldBe(expected.Errors.Select(e => $"{Column(e.Path, columns)}: {e.Path[2..]}: {e.Message}"), what);
            if (record.Succeeded)
            {
                Described(record.Facts, definition).ShouldBe(Described(expected.Facts, definition), what);
            }
            else
            {
                refused++;
            }
        }

        refused.ShouldBeInRange(100, 1900);
    }

    /// <summary>A cell for a fact, and the JSON value it stands for (null: no key), good or bad, with layout around it.</summary>
    private static (string Cell, string? Json) Cell(FactDefinition fact, Random random)
    {
        if (random.Next(4) == 0)
        {
            return ("", null);
        }

        // Most cells good, one in ten bad, so that rows of every kind are read and refused.
        var bad = random.Next(10) == 0;
        string[] choices = (fact.Kind, bad) switch
        {
            (FactKind.Quantity, false) => ["3e25", "1.2E+24", " 7 ", "0.5", "10000", "0"],
            (FactKind.Quantity, true) => ["-1", "-2.5e3", "2.5", "abc", "1e400"],
            (FactKind.YesNo, false) => ["true", "false", "yes", "No", "TRUE"],
            (FactKind.YesNo, true) => ["maybe", "1"],
            (FactKind.Date, false) => ["2025-08-02", "2024-02-29"],
            (FactKind.Date, true) => ["2025-02-29", "2025-8-2", "02/08/2025", "tomorrow"],
            (_, false) => [.. fact.Values, string.Join(";", fact.Values), $"{fact.Values[0]} ; ; {fact.Values[^1]}"],
            _ => ["smell", $"{fact.Values[0]};smell"],
        };
        var cell = choices[random.Next(choices.Length)];
        var json = fact.Kind switch
        {
            FactKind.Quantity => Quantity.TryParse(cell.Trim(), out _) ? cell.Trim() : JsonSerializer.Serialize(cell),
            FactKind.YesNo => cell.ToLowerInvariant() switch
            {
                "true" or "yes" => "true",
                "false" or "no" => "false",
                _ => JsonSerializer.Serialize(cell),
            },
            FactKind.Date => JsonSerializer.Serialize(cell),
            _ => JsonSerializer.Serialize(cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
        };
        return (cell, json);
    }

    private static string Quoted(string cell) => cell.Contains(',') || cell.StartsWith(' ') ? "\"" + cell + "\"" : cell;

    private static int Column(string path, string[] columns)
    {
        var name = path[2..].Split('[')[0];
        return Array.IndexOf(columns, name) + 1;
    }

    private static string Described(Facts facts, RuleSetDefinition definition) =>
        string.Join("; ", definition.Facts.Select(f => f.Kind switch
        {
            FactKind.Quantity => $"{f.Name} = {facts.Quantity(f.Name)}",
            FactKind.YesNo => $"{f.Name} = {facts.YesNo(f.Name)}",
            FactKind.Date => $"{f.Name} = {facts.Date(f.Name)}",
            _ => $"{f.Name} = {facts.Set(f.Name)}",
        }));
}
