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
}
