using System.Collections;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary>What holds for the result of parsing any text at all.</summary>
internal static class ParseChecks
{
    /// <summary>
    /// Every diagnostic is a syntax error at a line of the file and a column of that line (or just after its end), and
    /// every node spans text of the file inside its parent's span. A carriage return alone ends a line: the file holds it
    /// as a line feed.
    /// </summary>
    public static void ShouldBeWellFormed(this ParseResult result, string text)
    {
        text = System.Text.RegularExpressions.Regex.Replace(text, "\r(?!\n)", "\n");
        var lines = text.Split('\n');
        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostic.Id.ShouldBe("RD0100");
            diagnostic.Position.Line.ShouldBeInRange(1, lines.Length, diagnostic.ToString());
            diagnostic.Position.Column.ShouldBeInRange(1, lines[diagnostic.Position.Line - 1].Length + 1, diagnostic.ToString());
        }

        result.File.Text.ShouldBe(text);
        foreach (var (node, parent) in Nodes(result.File, result.File))
        {
            (node.Span.Start >= parent.Span.Start && node.Span.End <= parent.Span.End && node.Span.Length >= 0)
                .ShouldBeTrue($"{node.GetType().Name} at {node.Span} is outside its {parent.GetType().Name} at {parent.Span}");
        }
    }

    private static IEnumerable<(SyntaxNode Node, SyntaxNode Parent)> Nodes(SyntaxNode node, SyntaxNode parent)
    {
        yield return (node, parent);
        var children = node.GetType().GetProperties()
            .Select(property => property.GetValue(node))
            .SelectMany(value => value switch
            {
                SyntaxNode child => [child],
                IEnumerable items and not string => items.OfType<SyntaxNode>(),
                _ => [],
            });
        foreach (var child in children)
        {
            foreach (var pair in Nodes(child, node))
            {
                yield return pair;
            }
        }
    }
}
