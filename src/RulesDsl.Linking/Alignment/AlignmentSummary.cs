using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Model;

namespace RulesDsl.Linking.Alignment;

/// <summary>How many beads of each shape (1:1, 2:1, 1:0, …) the alignment of two languages gave.</summary>
public sealed record BeadShareRow(string Shape, int Beads, double Share);

/// <summary>
/// The sentence alignment of every provision that two languages both hold, summed up: how much pairs one to one, how
/// much merges (one language joins what the other splits), and how much finds no counterpart — with the provisions
/// that align least cleanly, for a reader to check by hand.
/// </summary>
public sealed record AlignmentSummary(
    string Left,
    string Right,
    int Provisions,
    int LeftSentences,
    int RightSentences,
    ImmutableArray<BeadShareRow> Shapes,
    ImmutableArray<ProvisionAlignment> LeastClean)
{
    public int Beads => Shapes.Sum(s => s.Beads);

    public double OneToOne => Shapes.Where(s => s.Shape == "1:1").Sum(s => s.Share);

    /// <summary>Beads where one side joins two sentences the other has as one, or two and two.</summary>
    public double Merged => Shapes.Where(s => s.Shape is "2:1" or "1:2" or "2:2").Sum(s => s.Share);

    public double Unpaired => Shapes.Where(s => s.Shape is "1:0" or "0:1").Sum(s => s.Share);

    public static AlignmentSummary Of(LinkGraph graph, string left, string right, DateOnly asOf, int leastClean = 10)
    {
        var alignments = graph.Corpus.Provisions
            .Where(p => p.Language == left)
            .Select(p => p.Id)
            .Distinct()
            .Select(id => LanguageVersions.Align(graph, id, left, right, asOf))
            .OfType<ProvisionAlignment>()
            .Where(a => a.Left.Sentences.Length + a.Right.Sentences.Length > 0)
            .ToList();
        var beads = alignments.SelectMany(a => a.Beads).ToList();
        var shapes = beads
            .GroupBy(b => $"{b.Left.Length}:{b.Right.Length}")
            .Select(g => new BeadShareRow(g.Key, g.Count(), beads.Count == 0 ? 0 : (double)g.Count() / beads.Count))
            .OrderByDescending(r => r.Beads)
            .ThenBy(r => r.Shape, StringComparer.Ordinal)
            .ToImmutableArray();
        var least = alignments
            .Select(a => (Alignment: a, Other: a.Beads.Count(b => b.Left.Length != 1 || b.Right.Length != 1)))
            .Where(x => x.Other > 0)
            .OrderByDescending(x => x.Other)
            .ThenBy(x => x.Alignment.Left.Id.Value, StringComparer.Ordinal)
            .Take(leastClean)
            .Select(x => x.Alignment)
            .ToImmutableArray();
        return new AlignmentSummary(
            left,
            right,
            alignments.Count,
            alignments.Sum(a => a.Left.Sentences.Length),
            alignments.Sum(a => a.Right.Sentences.Length),
            shapes,
            least);
    }
}
