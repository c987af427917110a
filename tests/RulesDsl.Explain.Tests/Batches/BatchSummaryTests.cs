using RulesDsl.Explain.Batches;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests.Batches;

/// <summary>A summary counts a verdict met again by reference; what it shows is the same as counting each by name.</summary>
public class BatchSummaryTests
{
    [Test]
    public void Shared_and_distinct_verdicts_of_the_same_cases_are_counted_alike()
    {
        var classifier = Built.GpaiClassifier;
        var options = new ClassifyOptions(Built.Today);
        var cases = File.ReadAllLines(BatchClassifierTests.Models).Where(l => l.Trim().Length > 0)
            .Select(line => FactsJson.Read(line, classifier.Definition).Facts).ToList();
        var shared = cases.Select(facts => classifier.Classify(facts, options)).ToList();
        var bySharing = new BatchSummary();
        var byDistinct = new BatchSummary();

        // 40 rounds of the shipped profiles: one verdict object per profile, against a new object at every case (more
        // distinct verdicts than the summary tallies by reference, so they are folded in as it goes).
        for (var round = 0; round < 40; round++)
        {
            for (var index = 0; index < cases.Count; index++)
            {
                bySharing.Count(shared[index]);
                byDistinct.Count(classifier.Classify(cases[index], options));
            }
        }

        var shown = Shown(bySharing);
        shown.ShouldBe(Shown(byDistinct));
        bySharing.Classified.ShouldBe(40 * cases.Count);
        var yes = shared.Count(v => v.Outcome == Truth.Yes && v.Applicability.Status == ApplicabilityStatus.Applies);
        bySharing.Count(classifier.Definition.Conclusions[classifier.Definition.Verdict].Name, Truth.Yes).ShouldBe(40 * yes);
        bySharing.MissingFacts.Values.Sum().ShouldBe(40 * shared.Where(v => v.Outcome == Truth.Unknown).Sum(v => v.MissingFacts.Count));
        shown.ShouldContain("unknown for want of:");
    }

    private static string Shown(BatchSummary summary)
    {
        using var text = new StringWriter();
        summary.Write(text, "cases.jsonl");
        return text.ToString();
    }
}
