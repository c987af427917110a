namespace RulesDsl.Diagnostics;

/// <summary>The "did you mean" of a name that is not declared: the closest declared name of the right kind, for a diagnostic's hint.</summary>
public static class NameSuggestion
{
    // A shorter prefix than this matches too many names to mean one.
    private const int MinPrefix = 3;

    /// <returns>The candidate fewest edits away, if it is close enough to be a slip (a third of the letters, at least
    /// two) or one name begins the other; ties go to the name first in ordinal order.</returns>
    public static string? Closest(string name, IEnumerable<string> candidates) =>
        candidates
            .Where(candidate => candidate != name)
            .Select(candidate => (Candidate: candidate, Distance: CloseDistance(name, candidate)))
            .Where(c => c.Distance is not null && IsClose(name, c.Candidate, c.Distance.Value))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();

    /// <summary>
    /// The distance when it can make the names close, else null: it is at least the difference of their lengths, so a
    /// name far longer than every candidate (a fuzzed JSON key of 65,000 characters) costs no table of its length times
    /// theirs for each.
    /// </summary>
    private static int? CloseDistance(string name, string candidate)
    {
        var apart = Math.Abs(name.Length - candidate.Length);
        if (candidate.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(candidate, StringComparison.Ordinal))
        {
            return apart;
        }

        return apart > Math.Max(2, Math.Min(name.Length, candidate.Length) / 3) ? null : Distance(name, candidate);
    }

    private static bool IsClose(string name, string candidate, int distance) =>
        distance <= Math.Max(2, Math.Min(name.Length, candidate.Length) / 3)
        || (Math.Min(name.Length, candidate.Length) >= MinPrefix
            && (candidate.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(candidate, StringComparison.Ordinal)));

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn one name into the other.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
