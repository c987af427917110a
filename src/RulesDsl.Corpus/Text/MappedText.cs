using System.Text;

namespace RulesDsl.Corpus.Text;

/// <summary>
/// Plain text assembled from pieces of a source (markup left out, wrapped lines joined) that remembers, for every
/// character, where in the source it came from — so a sentence or a link can be reported at its line and column.
/// </summary>
internal sealed class MappedText
{
    private readonly StringBuilder text = new();
    private readonly List<(int TextStart, int SourceStart)> anchors = [];

    public int Length => text.Length;

    public char this[int index] => text[index];

    /// <summary>Appends text that stands in the source, character for character, from <paramref name="sourceStart"/>.</summary>
    public void Append(string piece, int sourceStart)
    {
        if (piece.Length == 0)
        {
            return;
        }

        anchors.Add((text.Length, sourceStart));
        text.Append(piece);
    }

    public void Append(MappedText other)
    {
        foreach (var (start, source) in other.anchors)
        {
            anchors.Add((text.Length + start, source));
        }

        text.Append(other.text);
    }

    /// <summary>The text from <paramref name="start"/> on, still mapped to its source.</summary>
    public MappedText From(int start)
    {
        var slice = new MappedText();
        slice.text.Append(text, start, text.Length - start);
        slice.anchors.Add((0, SourceOffset(start)));
        slice.anchors.AddRange(anchors.Where(a => a.TextStart > start).Select(a => (a.TextStart - start, a.SourceStart)));
        return slice;
    }

    public void TrimEnd()
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        text.Length = end;
        anchors.RemoveAll(a => a.TextStart >= end);
    }

    /// <summary>Cuts the text to its first <paramref name="length"/> characters.</summary>
    public void Truncate(int length)
    {
        text.Length = length;
        anchors.RemoveAll(a => a.TextStart >= length);
    }

    /// <summary>The runs of text with the source offset each starts at, in text order.</summary>
    public IEnumerable<(int TextStart, int SourceStart)> Runs => anchors;

    /// <summary>The source offset the character at <paramref name="textOffset"/> came from.</summary>
    public int SourceOffset(int textOffset)
    {
        var index = anchors.FindLastIndex(a => a.TextStart <= textOffset);
        return index < 0 ? 0 : anchors[index].SourceStart + (textOffset - anchors[index].TextStart);
    }

    public override string ToString() => text.ToString();
}
