using System.Collections.Immutable;
using RulesDsl.Diagnostics;

namespace RulesDsl.Language.Checking;

/// <summary>
/// The checks that need every file of the rule set checked together, after each file is checked with its imports:
/// facts nothing reads (RD0176) and the values in force of imported parameters (RD0107, RD0155). Each diagnostic is
/// reported once, in the file that declares what it is about, and is a diagnostic of every checked file that holds
/// that file (itself or through its imports).
/// </summary>
internal static class RuleSetChecks
{
    /// <param name="wholeFolder">True when a folder is checked, false when one file is (see <see cref="UnusedFacts.Find"/>).</param>
    public static ImmutableArray<CheckedRules> Check(IReadOnlyList<CheckedRules> checkedFiles, bool wholeFolder, DateOnly asOf)
    {
        var found = UnusedFacts.Find(checkedFiles, wholeFolder).Concat(ImportedParameters.Find(checkedFiles, asOf)).Distinct().ToList();
        return [.. checkedFiles.Select(rules => WithDiagnostics(rules, found.Where(d => Holds(rules, d.Position.File))))];
    }

    private static bool Holds(CheckedRules rules, string file)
    {
        var path = Path.GetFullPath(file);
        return rules.RuleSet.Imported.Prepend(rules.Syntax).Any(f => Path.GetFullPath(f.Path) == path);
    }

    private static CheckedRules WithDiagnostics(CheckedRules rules, IEnumerable<Diagnostic> more)
    {
        var added = more.Except(rules.Diagnostics).ToList();
        return added.Count == 0 ? rules : rules with { Diagnostics = ImportingChecker.Ordered(rules.Syntax, rules.Diagnostics.Concat(added)) };
    }
}
