using Microsoft.CodeAnalysis;
using RulesDsl.Compiler.Generation;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// Generating a classifier's C# takes work in proportion to its rules: at twice the rules, about twice the bytes
/// allocated. Laid out by rewriting the tree at every line start, with a line table made per rule, it took 3.5 times as
/// many from 1,000 to 2,000 rules, and minutes of processor time at a few thousand; and it searches siblings in
/// proportion to them, laying out long lists a window at a time.
/// </summary>
public class GenerationScalingTests
{
    private const int Rules = 300;

    [Test]
    public void Generating_allocates_in_proportion_to_the_rules()
    {
        var small = Built.Check(ThresholdRules.Text(Rules), ThresholdRules.Path(Rules));
        var large = Built.Check(ThresholdRules.Text(2 * Rules), ThresholdRules.Path(2 * Rules));
        small.Diagnostics.ShouldBeEmpty();
        large.Diagnostics.ShouldBeEmpty();
        // What the first generation compiles and caches is not the generator's work.
        ClassifierGenerator.Generate(small, Built.Corpus).Source.ShouldContain("override R.Decided? Decide");

        var (smaller, larger) = (Allocated(small), Allocated(large));

        (larger / (double)smaller).ShouldBeLessThan(2.4, $"{smaller} bytes at {Rules} rules, {larger} at {2 * Rules}");
    }

    /// <summary>
    /// NormalizeWhitespace finds each token's neighbour by a search of its parent's children, so the work of laying out
    /// a tree is the sum over its nodes of their children squared. Given the whole file, that grew fourfold from 300 to
    /// 600 rules (the lists of facts and rules, and the five statements a rule of Decide) and took minutes at 10,000.
    /// </summary>
    [Test]
    public void Laying_out_searches_siblings_in_proportion_to_the_rules()
    {
        var small = Built.Check(ThresholdRules.Text(Rules), ThresholdRules.Path(Rules));
        var large = Built.Check(ThresholdRules.Text(2 * Rules), ThresholdRules.Path(2 * Rules));

        var (smaller, larger) = (Searched(small, LineLayout.Window), Searched(large, LineLayout.Window));
        var (whole, wholeLarger) = (Searched(small, int.MaxValue), Searched(large, int.MaxValue));

        (larger / (double)smaller).ShouldBeLessThan(2.4, $"{smaller} children searched at {Rules} rules, {larger} at {2 * Rules}");
        // The measure sees the square: the whole file normalized at once.
        (wholeLarger / (double)whole).ShouldBeGreaterThan(3.5, $"{whole} children searched at {Rules} rules, {wholeLarger} at {2 * Rules}");
    }

    /// <summary>Laid out a window of items at a time, the file is what NormalizeWhitespace writes of it whole: the
    /// shipped rules, rule sets of long lists, and windows of one item and of a few.</summary>
    [TestCase("gpai", 1)]
    [TestCase("gpai", 3)]
    [TestCase("notification", 2)]
    [TestCase("payload", 3)]
    [TestCase("threshold", 1)]
    [TestCase("threshold", 5)]
    [TestCase("thresholds", LineLayout.Window)]
    public void Windows_lay_out_the_file_as_one_normalization_does(string name, int window)
    {
        var rules = name switch
        {
            "gpai" => Built.Gpai,
            "notification" => Built.Notification,
            "payload" => SandboxTests.PayloadRules,
            "threshold" => Built.Check(ThresholdRules.Text(20), ThresholdRules.Path(20)),
            _ => Built.Check(ThresholdRules.Text(2 * Rules), ThresholdRules.Path(2 * Rules)),
        };
        var plan = ClassifierGenerator.Plan(rules, Built.Corpus);
        var trees = 0;

        var windowed = ClassifierGenerator.Generate(plan, rules, window, _ => trees++).Source;

        windowed.ShouldBe(ClassifierGenerator.Generate(plan, rules, int.MaxValue, null).Source);
        trees.ShouldBeGreaterThan(1, "no list was longer than the window");
    }

    private static long Searched(Language.Checking.CheckedRules rules, int window)
    {
        long searched = 0;
        ClassifierGenerator.Generate(ClassifierGenerator.Plan(rules, Built.Corpus), rules, window,
            tree => searched += tree.DescendantNodesAndSelf().Sum(n => (long)n.ChildNodesAndTokens().Count * n.ChildNodesAndTokens().Count));
        return searched;
    }

    private static long Allocated(Language.Checking.CheckedRules rules)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(ClassifierGenerator.Generate(rules, Built.Corpus));
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
