namespace RulesDsl.Language.Binding;

/// <summary>Rules that can decide one conclusion both ways at once.</summary>
internal static class RuleConflicts
{
    /// <returns>Each conflicting pair once, the rule declared later first.</returns>
    public static IEnumerable<(BoundRule Rule, BoundRule Other)> Find(IReadOnlyList<BoundRule> rules)
    {
        var byName = rules.ToDictionary(rule => rule.Name);
        for (var later = 1; later < rules.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (CanConflict(rules[later], rules[earlier], byName))
                {
                    yield return (rules[later], rules[earlier]);
                }
            }
        }
    }

    private static bool CanConflict(BoundRule rule, BoundRule other, Dictionary<string, BoundRule> byName) =>
        rule.Conclusion.Name == other.Conclusion.Name
        && rule.Value != other.Value
        && !Outranks(rule, other, byName) && !Outranks(other, rule, byName)
        && !StandsAsideFor(rule, other) && !StandsAsideFor(other, rule)
        && !ConditionLogic.Disjoint(rule.When, other.When);

    // Priority passes along a chain of exceptions: a over b and b over c puts a over c.
    private static bool Outranks(BoundRule rule, BoundRule other, Dictionary<string, BoundRule> byName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var name = rule.ExceptionTo; name is not null && seen.Add(name); name = byName.GetValueOrDefault(name)?.ExceptionTo)
        {
            if (name == other.Name)
            {
                return true;
            }
        }

        return false;
    }

    // Whenever the other rule's condition holds, this rule's exception is established, so this rule does not apply.
    private static bool StandsAsideFor(BoundRule rule, BoundRule other) =>
        rule.Unless is { } unless && ConditionLogic.Implies(other.When, unless);
}
