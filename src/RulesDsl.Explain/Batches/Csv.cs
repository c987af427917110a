using System.Text;

namespace RulesDsl.Explain.Batches;

/// <summary>A row of a CSV file: the line it starts on, its cells, and what kept it from being read.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Cells, string? Error, int? ErrorColumn);

/// <summary>
/// CSV as RFC 4180 writes it: cells separated by commas, quoted when they hold commas, quotes or line breaks, quotes
/// doubled inside. Read one row at a time, so a file of any length is read in constant memory.
/// </summary>
internal static class Csv
{
    public static IEnumerable<CsvRow> Read(TextReader reader)
    {
        var number = 0;
        var cell = new StringBuilder();
        while (reader.ReadLine() is { } first)
        {
            number++;
            if (string.IsNullOrWhiteSpace(first))
            {
                continue;
            }

            var start = number;
            var line = first;
            if (!line.Contains('"', StringComparison.Ordinal))
            {
                // No quote, so no quoted cell: the cells are what the commas part, as the state machine below finds them.
                yield return new CsvRow(start, Unquoted(line), null, null);
                continue;
            }

            var cells = new List<string>();
            string? error = null;
            var position = 0;
            var quoted = false;
            var closed = false;
            // Whether the unquoted cell so far is only spaces, kept as it grows: asking the cell at every quote made a
            // line of many quotes quadratic (a fuzzed header of 98 kB took two seconds).
            var blank = true;
            cell.Clear();
            while (error is null)
            {
                if (position == line.Length)
                {
                    if (!quoted)
                    {
                        cells.Add(Cell(cell, closed));
                        break;
                    }

                    // A quoted cell goes on over the line break.
                    if (reader.ReadLine() is not { } next)
                    {
                        error = "a quoted cell is not closed before the end of the file";
                        break;
                    }

                    number++;
                    cell.Append('\n');
                    line = next;
                    position = 0;
                    continue;
                }

                var c = line[position++];
                if (quoted)
                {
                    if (c != '"')
                    {
                        cell.Append(c);
                    }
                    else if (position < line.Length && line[position] == '"')
                    {
                        cell.Append('"');
                        position++;
                    }
                    else
                    {
                        quoted = false;
                        closed = true;
                    }
                }
                else if (c == ',')
                {
                    cells.Add(Cell(cell, closed));
                    cell.Clear();
                    closed = false;
                    blank = true;
                }
                else if (c == '"' && !closed && blank)
                {
                    cell.Clear();
                    quoted = true;
                }
                else if (closed)
                {
                    // Spaces after a closing quote are layout; anything else means a quote was meant as text.
                    error = char.IsWhiteSpace(c) ? null : "text after the closing quote of a quoted cell; double a quote inside a cell (\"\")";
                }
                else
                {
                    cell.Append(c);
                    blank = blank && char.IsWhiteSpace(c);
                }
            }

            yield return new CsvRow(start, cells, error, error is null ? null : cells.Count + 1);
        }
    }

    /// <summary>
    /// A cell as CSV writes it: quoted when it holds a comma, quote or line break, and led by a single quote when it
    /// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, which a spreadsheet would run as a
    /// formula (OWASP, "CSV Injection").
    /// </summary>
    public static string Quote(string value)
    {
        var cell = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return cell.AsSpan().IndexOfAny(",\"\n\r") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string[] Unquoted(string line)
    {
        var cells = line.Split(',');
        for (var index = 0; index < cells.Length; index++)
        {
            cells[index] = cells[index].Trim();
        }

        return cells;
    }

    private static string Cell(StringBuilder cell, bool quoted) => quoted ? cell.ToString() : cell.ToString().Trim();
}
