using System.Collections;
using System.Reflection;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Formatting;

/// <summary>
/// Compares syntax trees by what they say, not where they say it: spans are left out, and so are the file's path and
/// text, which a formatted copy does not share with its original.
/// </summary>
internal static class SyntaxEquality
{
    /// <summary>The first difference between two trees as a path and the two values, or null when there is none.</summary>
    public static string? Difference(object? expected, object? actual, string path = "file")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {expected ?? "null"} ≠ {actual ?? "null"}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: {expected.GetType().Name} ≠ {actual.GetType().Name}";
        }

        return expected switch
        {
            TextSpan => null,
            SyntaxNode => Properties(expected.GetType())
                .Select(property => Difference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}"))
                .FirstOrDefault(difference => difference is not null),
            IEnumerable items when expected is not string => Sequence(items, (IEnumerable)actual, path),
            _ => expected.Equals(actual) ? null : $"{path}: {expected} ≠ {actual}",
        };
    }

    public static void ShouldBeSameTreeAs(this RulesFile actual, RulesFile expected)
    {
        var difference = Difference(expected, actual);
        difference.ShouldBeNull(difference);
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.Name != nameof(SyntaxNode.Span)
                && !(type == typeof(RulesFile) && property.Name is nameof(RulesFile.Path) or nameof(RulesFile.Text)));

    private static string? Sequence(IEnumerable expected, IEnumerable actual, string path)
    {
        var left = expected.Cast<object?>().ToList();
        var right = actual.Cast<object?>().ToList();
        if (left.Count != right.Count)
        {
            return $"{path}: {left.Count} items ≠ {right.Count}";
        }

        return left.Zip(right)
            .Select((pair, index) => Difference(pair.First, pair.Second, $"{path}[{index}]"))
            .FirstOrDefault(difference => difference is not null);
    }
}
