using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Model;

namespace RulesDsl.Linking.Alignment;

/// <summary>The same provision in two languages, its sentences aligned by content.</summary>
public sealed record ProvisionAlignment(Provision Left, Provision Right, ImmutableArray<AlignedSentences> Beads)
{
    /// <summary>The sentences of <see cref="Right"/> that say what sentence <paramref name="leftSentence"/> of <see cref="Left"/> says.</summary>
    public ImmutableArray<int> Counterparts(int leftSentence) =>
        Beads.FirstOrDefault(b => b.Left.Contains(leftSentence))?.Right ?? [];
}

/// <summary>
/// Aligns the language versions of a provision. What a translation keeps serves as anchors: the numbers of a sentence,
/// the defined terms it uses and the provisions it cites, as the link graph found them.
/// </summary>
public static partial class LanguageVersions
{
    public static ProvisionAlignment Align(LinkGraph graph, Provision left, Provision right) =>
        new(left, right, SentenceAligner.Align(Features(graph, left), Features(graph, right)));

    /// <summary>Aligns the versions in force on <paramref name="asOf"/>, or null when either language lacks the provision.</summary>
    public static ProvisionAlignment? Align(LinkGraph graph, ProvisionId id, string left, string right, DateOnly asOf) =>
        graph.Corpus.Find(id, left, asOf) is { } l && graph.Corpus.Find(id, right, asOf) is { } r ? Align(graph, l, r) : null;

    private static List<SentenceFeatures> Features(LinkGraph graph, Provision provision)
    {
        var references = graph.In(provision).ToList();
        return [.. provision.Sentences.Select(sentence =>
        {
            var anchors = Numbers().Matches(sentence.Text).Select(m => "num:" + NonDigits().Replace(m.Value, ""))
                .Concat(references
                    .Where(r => r.Start >= sentence.Start && r.Start < sentence.End)
                    .SelectMany(r => r.TargetAct is { } act
                        ? ["act:" + act]
                        : r.Targets.Select(t => (r.Kind == ReferenceKind.CrossReference ? "ref:" : "term:") + t.Value)));
            return new SentenceFeatures(sentence.Number, sentence.Text.Length, [.. anchors]);
        })];
    }

    // A number as the law writes it, grouped by spaces, dots or commas: 10 000, 10.000, 10,000, 1025.
    [GeneratedRegex(@"\d+(?:[ .,\u00A0]\d{3})*")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigits();
}
