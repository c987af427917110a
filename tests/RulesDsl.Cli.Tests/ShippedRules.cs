namespace RulesDsl.Cli.Tests;

/// <summary>The shipped rules file, whose lines move as it grows: tests find a line by what it says.</summary>
internal static class ShippedRules
{
    private static readonly Lazy<string[]> Lines = new(() =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules")).Split('\n'));

    /// <summary>The line (from 1) of the first line holding <paramref name="content"/> after the first line holding <paramref name="after"/>.</summary>
    public static int LineOf(string content, string after = "")
    {
        var start = Array.FindIndex(Lines.Value, line => line.Contains(after, StringComparison.Ordinal));
        return Array.FindIndex(Lines.Value, start, line => line.Contains(content, StringComparison.Ordinal)) + 1;
    }
}
