using System.Collections;
using System.Reflection;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Linking.Tests.Snapshots;

/// <summary>
/// Compares two object graphs member by member (every property, public or not), collections item by item, so that a
/// model saved and read back can be shown equal to the one saved although records holding arrays do not compare equal.
/// Returns where the first difference is, or null.
/// </summary>
internal static class DeepEquality
{
    public static string? Difference(object? expected, object? actual) => Compare(expected, actual, "", new HashSet<(object, object)>(PairComparer.Instance));

    private static string? Compare(object? expected, object? actual, string path, HashSet<(object, object)> seen)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} ≠ {Show(actual)}";
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return $"{path}: a {type.Name} ≠ a {actual.GetType().Name}";
        }

        if (IsValue(type))
        {
            return expected.Equals(actual) ? null : $"{path}: {Show(expected)} ≠ {Show(actual)}";
        }

        if (!type.IsValueType && !seen.Add((expected, actual)))
        {
            return null;
        }

        if (expected is System.Runtime.CompilerServices.ITuple tuple)
        {
            var other = (System.Runtime.CompilerServices.ITuple)actual;
            return Enumerable.Range(0, tuple.Length).Select(i => Compare(tuple[i], other[i], $"{path}.Item{i + 1}", seen)).FirstOrDefault(d => d is not null);
        }

        if (expected is IEnumerable items)
        {
            var left = Items(items);
            var right = Items((IEnumerable)actual);
            if (left.Count != right.Count)
            {
                return $"{path}: {left.Count} items ≠ {right.Count}";
            }

            return left.Zip(right).Select((pair, index) => Compare(pair.First, pair.Second, $"{path}[{index}]", seen)).FirstOrDefault(d => d is not null);
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            if (Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", seen) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    // A list keeps its order; a set or a dictionary is compared in the order of its items' text, which does not depend
    // on how it was built.
    private static List<object?> Items(IEnumerable items)
    {
        var list = items.Cast<object?>().ToList();
        return items is IList ? list : [.. list.OrderBy(i => i?.ToString(), StringComparer.Ordinal)];
    }

    private static bool IsValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(Guid) || (Nullable.GetUnderlyingType(type) is { } inner && IsValue(inner))
        || type == typeof(ProvisionId);

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";

    private sealed class PairComparer : IEqualityComparer<(object, object)>
    {
        public static PairComparer Instance { get; } = new();

        public bool Equals((object, object) x, (object, object) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((object, object) pair) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
