using System.Collections.Immutable;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Model;

/// <summary>
/// Where each run of a provision's plain text stands in its source file, so that any span of the text (a sentence, a
/// defined term, a cross-reference) can be reported at its line and column although markup was removed and wrapped
/// lines were joined.
/// </summary>
public sealed record TextMap(string File, ImmutableArray<TextMap.Run> Runs)
{
    /// <summary>Text from <see cref="TextStart"/> on stands in the source from this line and column on.</summary>
    public readonly record struct Run(int TextStart, int Line, int Column);

    public SourcePosition PositionAt(int textOffset)
    {
        var low = 0;
        var high = Runs.Length - 1;
        var found = 0;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Runs[middle].TextStart <= textOffset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        var run = Runs.IsEmpty ? new Run(0, 1, 1) : Runs[found];
        return new SourcePosition(File, run.Line, run.Column + Math.Max(0, textOffset - run.TextStart));
    }
}
