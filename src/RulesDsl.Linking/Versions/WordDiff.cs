using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace RulesDsl.Linking.Versions;

/// <summary>Whether a run of words is in both texts, only in the old one, or only in the new one.</summary>
public enum WordOperation
{
    Equal,
    Deleted,
    Inserted,
}

/// <summary>A run of text that one operation applies to.</summary>
public sealed record WordRun(WordOperation Operation, string Text);

/// <summary>A word-level diff of two texts of a provision, in runs that read in order as old and new text.</summary>
public static partial class WordDiff
{
    private static readonly CustomFunctionChunker Words = new(text => [.. Token().Matches(text).Select(m => m.Value)]);

    public static ImmutableArray<WordRun> Of(string old, string @new)
    {
        var result = Differ.Instance.CreateDiffs(old, @new, ignoreWhiteSpace: false, ignoreCase: false, Words);
        var runs = new List<WordRun>();
        var at = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, WordOperation.Equal, result.PiecesOld.Skip(at).Take(block.DeleteStartA - at));
            Add(runs, WordOperation.Deleted, result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(runs, WordOperation.Inserted, result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            at = block.DeleteStartA + block.DeleteCountA;
        }

        Add(runs, WordOperation.Equal, result.PiecesOld.Skip(at));
        return [.. runs];
    }

    /// <summary>The text as it read before (<see cref="WordOperation.Inserted"/> left out) or after.</summary>
    public static string Side(IEnumerable<WordRun> runs, bool old) =>
        string.Concat(runs.Where(r => r.Operation != (old ? WordOperation.Inserted : WordOperation.Deleted)).Select(r => r.Text));

    private static void Add(List<WordRun> runs, WordOperation operation, IEnumerable<string> pieces)
    {
        var text = string.Concat(pieces);
        if (text.Length == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Operation == operation)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new WordRun(operation, text));
        }
    }

    // A number grouped by spaces ("10 000", as the Official Journal prints it) is one word, so that a changed threshold
    // reads as one change; then words, runs of white space, and single marks.
    [GeneratedRegex(@"\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\w+|\s+|[^\w\s]")]
    private static partial Regex Token();
}
