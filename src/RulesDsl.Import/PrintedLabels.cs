using RulesDsl.Corpus.Model;

namespace RulesDsl.Import;

/// <summary>What every importer reads from a label the Official Journal prints, whatever the language's style.</summary>
internal static class PrintedLabels
{
    /// <summary>
    /// The label a point's id takes from its printed label: without brackets and full stops, lower case ("a)", "(a)",
    /// "63)" → a, a, 63), and of "3.1." the last number (its first names the point that holds it); null when what is
    /// printed names no point (a dash, a letter outside the Latin alphabet), so that the point takes its place instead.
    /// </summary>
    public static string? PointKey(string printed)
    {
        var parts = printed.Trim().Trim('(', ')').Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = parts.Length > 0 ? parts[^1].Trim('(', ')').ToLowerInvariant() : "";
        return ProvisionId.IsPointLabel(key) ? key : null;
    }
}
