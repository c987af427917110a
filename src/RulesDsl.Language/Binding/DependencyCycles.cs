using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary><paramref name="From"/> needs <paramref name="To"/>, as the declaration named at <paramref name="Site"/> says.</summary>
internal sealed record Dependency(string From, string To, TextSpan Site);

internal static class DependencyCycles
{
    /// <param name="dependencies">In file order.</param>
    /// <returns>
    /// One cycle for each group of names that depend on each other, written "a → b → a" and starting with the group's
    /// dependency declared first.
    /// </returns>
    public static IEnumerable<(Dependency First, string Cycle)> Find(IReadOnlyList<Dependency> dependencies)
    {
        var next = dependencies.ToLookup(d => d.From, d => d.To, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dependency in dependencies)
        {
            if (reported.Contains(dependency.From) || Path(next, dependency.To, dependency.From) is not { } back)
            {
                continue;
            }

            reported.UnionWith(Reachable(next, dependency.From).Where(name => Reachable(next, name).Contains(dependency.From)));
            yield return (dependency, string.Join(" → ", [dependency.From, .. back]));
        }
    }

    /// <returns>The shortest path from one name to another, both included; null if there is none.</returns>
    private static List<string>? Path(ILookup<string, string> next, string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var name))
        {
            if (name == to)
            {
                var path = new List<string> { to };
                for (var step = to; step != from; step = previous[step])
                {
                    path.Insert(0, previous[step]);
                }

                return path;
            }

            foreach (var following in next[name].Where(following => previous.TryAdd(following, name)))
            {
                queue.Enqueue(following);
            }
        }

        return null;
    }

    private static HashSet<string> Reachable(ILookup<string, string> next, string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var name))
        {
            foreach (var following in next[name].Where(seen.Add))
            {
                queue.Enqueue(following);
            }
        }

        return seen;
    }
}
