using System.Text;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>
/// Parsing, binding and checking a rules file against the corpus takes work in proportion to its declarations: at 16
/// times the declarations, well under 16² times the processor time and the bytes allocated (tests/Shared/Growth.cs).
/// </summary>
public class CheckerScalingTests
{
    private const string Header = "rules \"Scale\"\nact eu-ai-act\nlanguage en\n\nfact f0: yes/no\n  cites Article 51(1)\n";

    /// <summary>A chain of conclusions, each concluded by a rule reading the one before: deep, for the checks that walk
    /// what a conclusion rests on (cycles, unused facts, reachability).</summary>
    private static string Chain(int length)
    {
        var text = new StringBuilder(Header);
        for (var i = 1; i <= length; i++)
        {
            var previous = i == 1 ? "f0" : $"c{i - 1}";
            text.Append($"\nconclusion c{i}\n  cites Article 51(1)\n\nrule r{i}\n  concludes c{i}\n  when {previous}\n  cites Article 51(1)\n");
        }

        return text.Append($"\nverdict c{length}\n  cites Article 51(1)\n").ToString();
    }

    /// <summary>Many facts, each read by its own rule for one conclusion: wide, for the checks over every pair of names.</summary>
    private static string Wide(int count)
    {
        var text = new StringBuilder(Header).Append("\nconclusion big\n  cites Article 51(1)\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append($"\nfact f{i}: count\n  cites Annex XIII, point (a)\n\nrule r{i}\n  concludes big\n  when f{i} at least {i} or f0\n  cites Article 51(1)\n");
        }

        return text.Append("\nverdict big\n  cites Article 51(1)\n").ToString();
    }

    [TestCase("chain")]
    [TestCase("wide")]
    public void Checking_takes_work_in_proportion_to_the_declarations(string shape)
    {
        Func<int, string> text = shape == "chain" ? Chain : Wide;
        Against.Check(text(2)).Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        var growth = Growth.Of(text, t => Against.Check(t), size: 40);

        growth.Time.ShouldBeLessThan(Growth.Bound, $"{shape}: {growth.Measured}");
        growth.Allocated.ShouldBeLessThan(Growth.Bound, $"{shape}: {growth.Measured}");
    }
}
