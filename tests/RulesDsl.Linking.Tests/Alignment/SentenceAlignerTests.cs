using System.Collections.Immutable;
using RulesDsl.Linking.Alignment;

namespace RulesDsl.Linking.Tests.Alignment;

/// <summary>The aligner on made-up sentences whose right side runs at 0.8 of the left, as English does of Dutch.</summary>
public class SentenceAlignerTests
{
    private static readonly AlignmentOptions LengthsOnly = AlignmentOptions.Default with { SharedAnchorWeight = 0, MisplacedAnchorWeight = 0 };

    private static readonly ImmutableArray<SentenceFeatures> Ten = Lengths(150, 200, 170, 210, 190, 160, 230, 180, 240, 140);

    private static readonly ImmutableArray<SentenceFeatures> TenWithoutSixth = Lengths(120, 160, 136, 168, 152, 184, 144, 192, 112);

    [Test]
    public void Identical_lists_pair_one_to_one()
    {
        var sentences = Anchored((150, "ref:art_51"), (260, "num:10^25"), (90, ""), (180, "term:art_3__pnt_63"), (310, ""));
        Describe(SentenceAligner.Align(sentences, sentences)).ShouldBe("1:1 2:2 3:3 4:4 5:5");
        Describe(SentenceAligner.Align(sentences, sentences, LengthsOnly)).ShouldBe("1:1 2:2 3:3 4:4 5:5");
    }

    [Test]
    public void A_sentence_split_in_two_on_one_side_is_one_bead()
    {
        var whole = Lengths(150, 260, 180, 220);
        var split = Lengths(120, 100, 108, 144, 176);
        Describe(SentenceAligner.Align(whole, split)).ShouldBe("1:1 2:2+3 3:4 4:5");
        Describe(SentenceAligner.Align(split, whole)).ShouldBe("1:1 2+3:2 4:3 5:4");
    }

    [Test]
    public void A_sentence_missing_on_one_side_has_no_counterpart()
    {
        Describe(SentenceAligner.Align(Ten, TenWithoutSixth)).ShouldBe("1:1 2:2 3:3 4:4 5:5 6: 7:6 8:7 9:8 10:9");
        Describe(SentenceAligner.Align(TenWithoutSixth, Ten)).ShouldBe("1:1 2:2 3:3 4:4 5:5 :6 6:7 7:8 8:9 9:10");
    }

    [Test]
    public void Lengths_alone_place_a_missing_sentence_only_roughly_and_anchors_place_it_exactly()
    {
        var full = Lettered((150, "a"), (200, "b"), (170, "c"), (210, "d"), (190, "e"), (160, "f"), (230, "g"), (180, "h"));
        var missingSecond = Lettered((120, "a"), (136, "c"), (168, "d"), (152, "e"), (128, "f"), (184, "g"), (144, "h"));
        Describe(SentenceAligner.Align(full, missingSecond, LengthsOnly)).ShouldBe("1:1 2:2 3: 4:3 5:4 6:5 7:6 8:7");
        Describe(SentenceAligner.Align(full, missingSecond)).ShouldBe("1:1 2: 3:2 4:3 5:4 6:5 7:6 8:7");
    }

    [Test]
    public void A_long_missing_sentence_skews_the_provisions_ratio_which_anchors_or_a_given_ratio_overcome()
    {
        var full = Lettered((150, "a"), (200, "b"), (170, "c"), (210, "d"), (380, "e"), (160, "f"), (230, "g"), (180, "h"));
        var missingFifth = Lettered((120, "a"), (160, "b"), (136, "c"), (168, "d"), (128, "f"), (184, "g"), (144, "h"));
        // The totals put the ratio at 0.62 instead of 0.8, and lengths alone then shift every pair from the second on.
        Describe(SentenceAligner.Align(full, missingFifth, LengthsOnly)).ShouldBe("1:1 2+3:2 4:3 5:4 6:5 7:6 8:7");
        const string expected = "1:1 2:2 3:3 4:4 5: 6:5 7:6 8:7";
        Describe(SentenceAligner.Align(full, missingFifth, LengthsOnly with { LengthRatio = 0.8 })).ShouldBe(expected);
        Describe(SentenceAligner.Align(full, missingFifth)).ShouldBe(expected);
    }

    [Test]
    public void Anchors_tell_which_of_equally_long_sentences_is_missing()
    {
        var full = Anchored((200, "ref:art_51"), (200, "ref:art_52"), (200, "ref:anx_XIII"), (200, "num:10^25"), (200, "num:10^23"), (200, ""));
        var missingThird = Anchored((160, "ref:art_51"), (160, "ref:art_52"), (160, "num:10^25"), (160, "num:10^23"), (160, ""));
        Describe(SentenceAligner.Align(full, missingThird)).ShouldBe("1:1 2:2 3: 4:3 5:4 6:5");
        Describe(SentenceAligner.Align(full, missingThird, LengthsOnly)).ShouldNotBe("1:1 2:2 3: 4:3 5:4 6:5");
    }

    [Test]
    public void A_shared_anchor_decides_which_neighbour_a_sentence_joins()
    {
        // Lengths cannot tell whether left 2 goes with left 1 or with left 3; the cross-reference it shares can.
        var left = Anchored((100, ""), (100, "ref:art_52__para_2"), (100, ""));
        Describe(SentenceAligner.Align(left, Anchored((150, "ref:art_52__para_2"), (150, "")))).ShouldBe("1+2:1 3:2");
        Describe(SentenceAligner.Align(left, Anchored((150, ""), (150, "ref:art_52__para_2")))).ShouldBe("1:1 2+3:2");
    }

    [Test]
    public void An_anchor_the_other_side_never_holds_changes_nothing()
    {
        var left = Anchored((150, "term:art_3__pnt_4"), (260, ""), (180, "term:art_3__pnt_29"));
        var right = Lengths(120, 100, 108, 144);
        SentenceAligner.Align(left, right).ShouldBe(SentenceAligner.Align(left, right, LengthsOnly));
    }

    [Test]
    public void Empty_sides_align_to_nothing()
    {
        SentenceAligner.Align([], []).ShouldBeEmpty();
        Describe(SentenceAligner.Align(Lengths(100, 200), [])).ShouldBe("1: 2:");
        Describe(SentenceAligner.Align([], Lengths(100, 200))).ShouldBe(":1 :2");
    }

    [Test]
    public void Beads_carry_the_sentences_own_numbers()
    {
        SentenceFeatures[] left = [new(7, 100, []), new(8, 200, [])];
        SentenceFeatures[] right = [new(3, 100, []), new(4, 200, [])];
        Describe(SentenceAligner.Align(left, right)).ShouldBe("7:3 8:4");
    }

    [Test]
    public void Is_deterministic()
    {
        // Equal lengths leave near-ties; sets built in another order must not tip them another way.
        var left = Anchored((200, "a b c"), (200, "d"), (200, "e f"), (200, ""));
        var right = Anchored((160, "c b a"), (160, "f e"), (160, "d"));
        var first = SentenceAligner.Align(left, right);
        for (var run = 0; run < 5; run++)
        {
            SentenceAligner.Align(
                [.. left.Select(s => s with { Anchors = [.. s.Anchors.Reverse()] })],
                [.. right.Select(s => s with { Anchors = [.. s.Anchors.Reverse()] })]).ShouldBe(first);
        }
    }

    [Test]
    public void Counterparts_look_up_either_side()
    {
        var split = SentenceAligner.Align(Lengths(150, 260, 180, 220), Lengths(120, 100, 108, 144, 176));
        split.Counterparts(AlignmentSide.Left, 2).ShouldBe([2, 3]);
        split.Counterparts(AlignmentSide.Right, 3).ShouldBe([2]);
        split.Counterparts(AlignmentSide.Left, 4).ShouldBe([5]);
        split.Counterparts(AlignmentSide.Right, 5).ShouldBe([4]);
        split.Counterparts(AlignmentSide.Right, 9).ShouldBeEmpty();
        var missing = SentenceAligner.Align(Ten, TenWithoutSixth);
        missing.Counterparts(AlignmentSide.Left, 6).ShouldBeEmpty();
        missing.Counterparts(AlignmentSide.Left, 7).ShouldBe([6]);
        missing.Counterparts(AlignmentSide.Right, 6).ShouldBe([7]);
    }

    [Test]
    public void Rejects_options_outside_the_model()
    {
        var sentences = Lengths(100);
        void Rejects(AlignmentOptions options) =>
            Should.Throw<ArgumentOutOfRangeException>(() => SentenceAligner.Align(sentences, sentences, options));

        Rejects(AlignmentOptions.Default with { LengthVariance = 0 });
        Rejects(AlignmentOptions.Default with { LengthRatio = -1 });
        Rejects(AlignmentOptions.Default with { PriorTwoToTwo = 0 });
        Rejects(AlignmentOptions.Default with { PriorOneToOne = 1.5 });
        Rejects(AlignmentOptions.Default with { SharedAnchorWeight = double.NaN });
    }

    private static ImmutableArray<SentenceFeatures> Lengths(params int[] lengths) =>
        [.. lengths.Select((length, i) => new SentenceFeatures(i + 1, length, []))];

    private static ImmutableArray<SentenceFeatures> Anchored(params (int Length, string Anchors)[] sentences) =>
    [
        .. sentences.Select((s, i) => new SentenceFeatures(
            i + 1, s.Length, [.. s.Anchors.Split(' ', StringSplitOptions.RemoveEmptyEntries)])),
    ];

    // Each sentence with one anchor of its own, a letter: a translation keeps the letters of the sentences it keeps.
    private static ImmutableArray<SentenceFeatures> Lettered(params (int Length, string Anchor)[] sentences) =>
        [.. sentences.Select((s, i) => new SentenceFeatures(i + 1, s.Length, [s.Anchor]))];

    private static string Describe(IEnumerable<AlignedSentences> alignment) => string.Join(' ', alignment);
}
