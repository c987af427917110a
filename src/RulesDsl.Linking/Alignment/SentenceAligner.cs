using System.Collections.Immutable;

namespace RulesDsl.Linking.Alignment;

/// <summary>What the aligner knows of one sentence: its number in the provision, its length, and the anchors it holds
/// (numbers, defined-term ids, cross-reference ids) that a translation keeps.</summary>
public sealed record SentenceFeatures(int Number, int Length, ImmutableHashSet<string> Anchors);

/// <summary>One bead of an alignment: the sentence numbers on each side (1:1, 1:2, 2:1, 2:2, or one side empty).</summary>
public sealed record AlignedSentences(ImmutableArray<int> Left, ImmutableArray<int> Right)
{
    // ImmutableArray compares by reference; two alignments of the same texts should compare equal.
    public bool Equals(AlignedSentences? other) =>
        other is not null && Left.SequenceEqual(other.Left) && Right.SequenceEqual(other.Right);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var number in Left)
        {
            hash.Add(number);
        }

        hash.Add(-1);
        foreach (var number in Right)
        {
            hash.Add(number);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"{string.Join('+', Left)}:{string.Join('+', Right)}";
}

/// <summary>The two texts an alignment joins.</summary>
public enum AlignmentSide
{
    Left,
    Right,
}

/// <summary>
/// Aligns the sentences of one provision in two languages by content, not by position: Gale and Church's length-based
/// dynamic programming (1993) over beads of up to two sentences a side, with shared anchors as further evidence.
/// </summary>
public static class SentenceAligner
{
    private static readonly ImmutableArray<(int Left, int Right)> Shapes = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2)];

    public static ImmutableArray<AlignedSentences> Align(IReadOnlyList<SentenceFeatures> left, IReadOnlyList<SentenceFeatures> right) =>
        Align(left, right, AlignmentOptions.Default);

    /// <summary>The cheapest sequence of beads that covers both lists in order. Ties go to the bead shape listed first
    /// (1:1, 1:0, 0:1, 2:1, 1:2, 2:2), so the same input always gives the same alignment.</summary>
    public static ImmutableArray<AlignedSentences> Align(
        IReadOnlyList<SentenceFeatures> left, IReadOnlyList<SentenceFeatures> right, AlignmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var beads = Cheapest(left.Count, right.Count, new BeadScorer(left, right, options));
        return
        [
            .. beads.Select(b => new AlignedSentences(Numbers(left, b.LeftStart, b.LeftCount), Numbers(right, b.RightStart, b.RightCount))),
        ];
    }

    /// <summary>The sentence numbers on the other side of the bead that holds sentence <paramref name="number"/> of
    /// <paramref name="side"/>: empty when that sentence has no counterpart or is not in the alignment.</summary>
    public static ImmutableArray<int> Counterparts(this IReadOnlyList<AlignedSentences> alignment, AlignmentSide side, int number)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        foreach (var bead in alignment)
        {
            var (own, other) = side == AlignmentSide.Left ? (bead.Left, bead.Right) : (bead.Right, bead.Left);
            if (own.Contains(number))
            {
                return other;
            }
        }

        return [];
    }

    private static List<Bead> Cheapest(int leftCount, int rightCount, BeadScorer scorer)
    {
        var cost = new double[leftCount + 1, rightCount + 1];
        var shape = new int[leftCount + 1, rightCount + 1];
        for (var i = 0; i <= leftCount; i++)
        {
            for (var j = 0; j <= rightCount; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                cost[i, j] = double.PositiveInfinity;
                for (var s = 0; s < Shapes.Length; s++)
                {
                    var (di, dj) = Shapes[s];
                    if (di > i || dj > j)
                    {
                        continue;
                    }

                    var candidate = cost[i - di, j - dj] + scorer.Cost(new Bead(i - di, di, j - dj, dj));
                    if (candidate < cost[i, j])
                    {
                        cost[i, j] = candidate;
                        shape[i, j] = s;
                    }
                }
            }
        }

        var beads = new List<Bead>();
        for (int i = leftCount, j = rightCount; i > 0 || j > 0;)
        {
            var (di, dj) = Shapes[shape[i, j]];
            i -= di;
            j -= dj;
            beads.Add(new Bead(i, di, j, dj));
        }

        beads.Reverse();
        return beads;
    }

    private static ImmutableArray<int> Numbers(IReadOnlyList<SentenceFeatures> sentences, int start, int count) =>
        [.. Enumerable.Range(start, count).Select(k => sentences[k].Number)];
}
