using RulesDsl.Diagnostics;

namespace RulesDsl.Core.Tests.Diagnostics;

public sealed class NameSuggestionTests
{
    private static readonly string[] Names = ["training_compute", "training_tokens", "compute_threshold", "high_impact_capabilities"];

    [TestCase("training_comput", "training_compute")]
    [TestCase("trainnig_tokens", "training_tokens")]
    [TestCase("compute_thresh", "compute_threshold")]
    [TestCase("high_impact", "high_impact_capabilities")]
    public void A_slip_or_a_shortened_name_is_offered_the_name_meant(string written, string meant)
    {
        NameSuggestion.Closest(written, Names).ShouldBe(meant);
    }

    [TestCase("designated")]
    [TestCase("tc")]
    public void A_name_like_none_is_offered_nothing(string written)
    {
        NameSuggestion.Closest(written, Names).ShouldBeNull();
    }

    [TestCase("", "abc", 3)]
    [TestCase("flop", "flop", 0)]
    [TestCase("form", "from", 1)]
    [TestCase("kitten", "sitting", 3)]
    public void Distance_counts_insertions_deletions_replacements_and_swaps(string a, string b, int distance)
    {
        NameSuggestion.Distance(a, b).ShouldBe(distance);
    }

    [Test]
    public void A_name_far_longer_than_every_name_is_offered_nothing_without_a_table_of_their_lengths()
    {
        // A fuzzed facts file named a fact with 65,000 characters: a table of its length times each name's, for each of
        // them, took a second. No such table can make the names close, nor need be built.
        var written = "training_compute" + new string('[', 100_000);
        NameSuggestion.Closest(written, Names);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var offered = NameSuggestion.Closest(written, Names);

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(written.Length);
        offered.ShouldBe("training_compute");
    }
}
