using System.Globalization;
using System.Text;

namespace RulesDsl.Tests;

/// <summary>
/// Rule sets of any size for measuring how the work grows with the rules, clean under <c>check</c> at every size: one
/// threshold rule per fact (<c>f{i} greater than 10^25 FLOP</c>, the threshold Article 51(2) writes), each an exception
/// to a rule that concludes the opposite when <c>f0</c> is not above it, every seventh rebutted by a yes/no fact of its
/// own; the verdict reads that conclusion or a designation, so that what one conclusion lacks reaches another.
/// </summary>
internal static class ThresholdRules
{
    /// <summary>The name the rule sets are checked under.</summary>
    public static string Path(int rules) => $"rules/threshold-{rules.ToString(CultureInfo.InvariantCulture)}.rules";

    /// <summary>The rules file of <paramref name="rules"/> threshold rules, over as many quantity facts and a yes/no fact for every seventh.</summary>
    public static string Text(int rules)
    {
        var text = new StringBuilder("rules \"Thresholds\"\nact eu-ai-act\nlanguage en\n\n")
            .Append("fact designated_by_commission: yes/no\n  cites Article 51(1), point (b)\n\n");
        for (var i = 0; i < rules; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"fact f{i}: FLOP\n  cites Article 51(2)\n\n");
            if (Rebutted(i))
            {
                text.Append(CultureInfo.InvariantCulture, $"fact g{i}: yes/no\n  cites Article 52(2)\n\n");
            }
        }

        text.Append("conclusion above\n  cites Article 51(2)\n\nconclusion covered\n  cites Article 51(1)\n\n")
            .Append("rule below\n  concludes not above\n  when not (f0 greater than 10^25 FLOP)\n  cites Article 51(2)\n\n");
        for (var i = 0; i < rules; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"rule r{i}\n  concludes above\n  when f{i} greater than 10^25 FLOP\n")
                .Append(Rebutted(i) ? $"  unless g{i.ToString(CultureInfo.InvariantCulture)}\n" : "")
                .Append("  exception to below\n  cites Article 51(2)\n\n");
        }

        return text.Append("rule covered_route\n  concludes covered\n  when above or designated_by_commission\n  cites Article 51(1)\n\n")
            .Append("verdict covered\n  cites Article 51(1)\n").ToString();
    }

    /// <summary>
    /// A case of the rule set of <paramref name="rules"/> rules, built from <paramref name="none"/> by giving a quantity
    /// or a yes/no fact: each fact given or missing at random, a quantity mostly below the threshold and now and then
    /// above it, so that verdicts are yes, no and unknown.
    /// </summary>
    public static T Case<T>(Random random, int rules, T none, Func<T, string, double, T> quantity, Func<T, string, bool, T> yesNo)
    {
        var facts = random.Next(3) == 0 ? yesNo(none, "designated_by_commission", random.Next(2) == 0) : none;
        for (var i = 0; i < rules; i++)
        {
            if (random.Next(8) > 0)
            {
                facts = quantity(facts, $"f{i}", random.Next(4 * rules) == 0 ? 2e25 : 1e24);
            }

            if (Rebutted(i) && random.Next(3) > 0)
            {
                facts = yesNo(facts, $"g{i}", random.Next(2) == 0);
            }
        }

        return facts;
    }

    private static bool Rebutted(int rule) => rule % 7 == 3;
}
