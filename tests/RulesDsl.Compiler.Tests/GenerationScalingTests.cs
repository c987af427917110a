using RulesDsl.Compiler.Generation;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// Generating a classifier's C# takes work in proportion to its rules: at twice the rules, about twice the bytes
/// allocated. Laid out by rewriting the tree at every line start, with a line table made per rule, it took 3.5 times as
/// many from 1,000 to 2,000 rules, and minutes of processor time at a few thousand.
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

    private static long Allocated(Language.Checking.CheckedRules rules)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(ClassifierGenerator.Generate(rules, Built.Corpus));
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
