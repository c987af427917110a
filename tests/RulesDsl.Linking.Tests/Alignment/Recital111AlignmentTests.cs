using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;
using RulesDsl.Linking.Alignment;

namespace RulesDsl.Linking.Tests.Alignment;

/// <summary>
/// Recital 111 in Dutch (the vault seed, left) against English (EUR-Lex, right): 13 sentences each, not paired by
/// position. Dutch 3 is English 3 + 4; Dutch 9 + 10 is English 10; all others pair in order.
/// </summary>
public partial class Recital111AlignmentTests
{
    private const string Expected = "1:1 2:2 3:3+4 4:5 5:6 6:7 7:8 8:9 9+10:10 11:11 12:12 13:13";

    private static readonly Lazy<LegalCorpus> Corpus = new(() => CorpusReader.Read(RepoPaths.Corpus));

    private static readonly AlignmentOptions LengthsOnly = AlignmentOptions.Default with { SharedAnchorWeight = 0, MisplacedAnchorWeight = 0 };

    private static Provision Dutch => Recital("nl");

    private static Provision English => Recital("en");

    private static ImmutableArray<SentenceFeatures> Left => Features(Dutch, Recital111Terms.Dutch);

    private static ImmutableArray<SentenceFeatures> Right => Features(English, Recital111Terms.English);

    [Test]
    public void Both_languages_have_thirteen_sentences_anchored_by_terms_only()
    {
        Dutch.Sentences.Length.ShouldBe(13);
        English.Sentences.Length.ShouldBe(13);
        Dutch.Sentences[2].Text.ShouldStartWith("“capaciteiten met een grote impact”");
        English.Sentences[9].Text.ShouldStartWith("Thresholds, as well as tools and benchmarks");
        // The recital writes no numerals, so the number anchors add nothing here.
        Left.Concat(Right).SelectMany(s => s.Anchors).ShouldAllBe(a => a.StartsWith("term:", StringComparison.Ordinal));
    }

    [Test]
    public void The_Dutch_annotation_holds_every_term_the_vault_links()
    {
        var sentences = Dutch.Sentences;
        foreach (var link in Dutch.Links)
        {
            // A link's text, where a sentence may start, is one column after its opening bracket.
            var sentence = sentences.Last(s => (s.Position.Line, s.Position.Column) is var (line, column)
                && (line < link.Position.Line || (line == link.Position.Line && column <= link.Position.Column + 1)));
            sentence.Text.ShouldContain(link.SurfaceText);
            Recital111Terms.Dutch[sentence.Number - 1].ShouldContain(Recital111Terms.VaultAnchors[link.Anchor!]);
        }
    }

    [Test]
    public void Aligns_by_content_not_position()
    {
        Describe(SentenceAligner.Align(Left, Right)).ShouldBe(Expected);
    }

    [Test]
    public void Finds_the_counterparts_of_the_split_and_joined_sentences()
    {
        var alignment = SentenceAligner.Align(Left, Right);
        alignment.Counterparts(AlignmentSide.Left, 3).ShouldBe([3, 4]);
        alignment.Counterparts(AlignmentSide.Right, 4).ShouldBe([3]);
        alignment.Counterparts(AlignmentSide.Right, 10).ShouldBe([9, 10]);
        alignment.Counterparts(AlignmentSide.Left, 10).ShouldBe([10]);
        alignment.Counterparts(AlignmentSide.Left, 6).ShouldBe([7]);
        alignment.Counterparts(AlignmentSide.Right, 7).ShouldBe([6]);
    }

    [Test]
    public void Lengths_alone_find_the_same_alignment_once_the_length_ratio_is_taken_from_the_texts()
    {
        var alignment = SentenceAligner.Align(Left, Right, LengthsOnly);
        Describe(alignment).ShouldBe(Expected);
        alignment.Counterparts(AlignmentSide.Right, 10).ShouldBe([9, 10]);
    }

    [Test]
    public void With_a_fixed_ratio_of_one_anchors_keep_the_tail_in_step_that_lengths_alone_shift()
    {
        // Dutch runs a quarter longer than English, so a ratio of 1 makes the Dutch pair 9 + 10 look far too long.
        var ratioOne = LengthsOnly with { LengthRatio = 1 };
        Describe(SentenceAligner.Align(Left, Right, ratioOne))
            .ShouldBe("1:1 2:2 3:3+4 4:5 5:6 6:7 7:8 8:9 9:10 10:11 11:12 12: 13:13");
        Describe(SentenceAligner.Align(Left, Right, AlignmentOptions.Default with { LengthRatio = 1 }))
            .ShouldBe("1:1 2:2 3:3+4 4:5 5:6 6:7 7:8 8:9 9:10 10: 11:11 12:12 13:13");
    }

    // In Dutch, the vault seed's recital (undated, its defined terms linked) rather than the Official Journal's.
    private static Provision Recital(string language) =>
        Corpus.Value.Provisions.Where(p => p.Id == ProvisionId.Recital(111) && p.Language == language).OrderBy(p => p.Version.HasValue).First();

    private static ImmutableArray<SentenceFeatures> Features(Provision provision, IReadOnlyList<string[]> terms) =>
    [
        .. provision.Sentences.Select(s => new SentenceFeatures(
            s.Number,
            s.Text.Length,
            [.. Numeral().Matches(s.Text).Select(m => "num:" + m.Value), .. terms[s.Number - 1]])),
    ];

    private static string Describe(IEnumerable<AlignedSentences> alignment) => string.Join(' ', alignment);

    [GeneratedRegex(@"\d+(?:\^\d+)?")]
    private static partial Regex Numeral();
}
