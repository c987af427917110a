using RulesDsl.Linking.Alignment;

namespace RulesDsl.Linking.Tests.Alignment;

/// <summary>The sentences of the whole act aligned between Dutch and English, summed up.</summary>
public class AlignmentSummaryTests
{
    private static readonly Lazy<AlignmentSummary> Summary = new(() => AlignmentSummary.Of(LinkedCorpus.Value, "nl", "en", LinkedCorpus.Today));

    [Test]
    public void Every_provision_of_the_act_aligns_and_almost_every_sentence_pairs_one_to_one()
    {
        var summary = Summary.Value;

        // 180 recitals, 113 articles, 13 annexes and their parts, as held in both languages.
        summary.Provisions.ShouldBeGreaterThan(1380);
        summary.LeftSentences.ShouldBeGreaterThan(2400);
        summary.OneToOne.ShouldBeGreaterThan(0.99);
        summary.Merged.ShouldBeGreaterThan(0);
        (summary.OneToOne + summary.Merged + summary.Unpaired).ShouldBe(1, tolerance: 1e-9);
        summary.Shapes.Sum(s => s.Beads).ShouldBe(summary.Beads);
    }

    [Test]
    public void Recital_111_which_splits_differently_in_each_language_is_first_to_check_by_hand()
    {
        var first = Summary.Value.LeastClean[0];

        first.Left.Id.Value.ShouldBe("rct_111");
        string.Join(' ', first.Beads).ShouldBe("1:1 2:2 3:3+4 4:5 5:6 6:7 7:8 8:9 9+10:10 11:11 12:12 13:13");
    }

    [Test]
    public void A_merged_pair_joins_what_the_other_language_splits()
    {
        // Recital 19: the English Official Journal prints "such as. signs prohibiting …", a stray full stop that splits
        // what the Dutch fourth sentence says in one.
        var recital = Summary.Value.LeastClean.Single(a => a.Left.Id.Value == "rct_19");

        recital.Counterparts(4).ShouldBe([4, 5]);
        recital.Left.Sentences[3].Text.ShouldContain("ruimte");
    }
}
