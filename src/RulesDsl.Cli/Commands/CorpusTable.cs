using System.Globalization;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Cli.Commands;

/// <summary>The provision listing as an aligned text table.</summary>
internal static class CorpusTable
{
    public static void Write(TextWriter output, IReadOnlyList<Provision> provisions)
    {
        string[] header = ["id", "lang", "version", "title", "first words"];
        var rows = provisions.Select(p => new[]
        {
            p.Id.Value,
            p.Language,
            Version(p.Version),
            Truncate(p.Heading ?? p.Label, 40),
            Truncate(p.FirstWords(), 60),
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(header, widths));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }

        output.WriteLine($"{provisions.Count} provisions");
    }

    public static string Version(DateOnly? version) =>
        version?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
