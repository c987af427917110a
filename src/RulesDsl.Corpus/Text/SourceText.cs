using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Text;

/// <summary>The decoded text of one source file, with the table that turns an offset into a line and column.</summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>The path as reported in diagnostics, with forward slashes.</summary>
    public string Path { get; }

    public string Text { get; }

    public SourcePosition PositionOf(int offset)
    {
        var line = Array.BinarySearch(lineStarts, Math.Clamp(offset, 0, Text.Length));
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(Path, line + 1, offset - lineStarts[line] + 1);
    }

    public SourcePosition Start => new(Path, 1, 1);
}
