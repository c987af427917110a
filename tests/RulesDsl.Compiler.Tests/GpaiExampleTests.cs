using RulesDsl.Compiler.Examples;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>The examples inside rules/gpai-systemic-risk.rules, through the compiled classifier.</summary>
public class GpaiExampleTests
{
    private static IEnumerable<TestCaseData> Examples() =>
        ExampleRunner.Run(Built.Gpai.RuleSet, Built.GpaiClassifier, Built.Traced).Select(r => new TestCaseData(r).SetArgDisplayNames(r.Title));

    [Test]
    public void The_rules_file_holds_its_nineteen_examples() =>
        Built.Gpai.RuleSet.Examples.Length.ShouldBe(19);

    [TestCaseSource(nameof(Examples))]
    public void Each_example_gives_the_expected_verdict_by_the_expected_rule(ExampleResult result)
    {
        result.Verdict.Outcome.ShouldBe(result.Expected, result.Title);
        if (result.ExpectedRule is not null)
        {
            result.Verdict.DecidingRule.ShouldBe(result.ExpectedRule);
        }

        result.Passed.ShouldBeTrue();
    }

    [TestCaseSource(nameof(Examples))]
    public void The_trace_of_each_example_names_the_deciding_rule_and_its_citations(ExampleResult result)
    {
        if (result.ExpectsNotApplicable)
        {
            // Before the law applies nothing is evaluated; outside the scope the trace is the scope's.
            result.Verdict.Trace.ShouldBeNull();
            return;
        }

        var trace = result.Verdict.Trace.ShouldNotBeNull();
        trace.Name.ShouldBe(result.Conclusion);
        trace.Citations.ShouldNotBeEmpty();
        if (result.Verdict.DecidingRule is { } rule)
        {
            var node = trace.Children.Single(c => c.Name == rule);
            node.Status.ShouldBe(StepStatus.Applies);
            node.Citations.ShouldNotBeEmpty();
            node.Citations.ShouldAllBe(c => c.Provision.Length > 0 && c.Written.Length > 0);
        }
    }
}
