namespace RulesDsl.Cli.Tests;

/// <summary>The shipped rules files, whose lines move as it grows: tests find a line by what it says.</summary>
internal static class ShippedRules
{
    /// <summary>The line (from 1) of the first line holding <paramref name="content"/> after the first line holding
    /// <paramref name="after"/>, in a shipped rules file (by default the one with the verdict of Article 51).</summary>
    public static int LineOf(string content, string after = "", string file = "gpai-systemic-risk.rules")
    {
        var lines = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", file)).Split('\n');
        var start = Array.FindIndex(lines, line => line.Contains(after, StringComparison.Ordinal));
        return Array.FindIndex(lines, start, line => line.Contains(content, StringComparison.Ordinal)) + 1;
    }
}
