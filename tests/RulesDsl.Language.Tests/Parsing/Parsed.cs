using System.Globalization;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary>Parses test snippets and reads back what a node spans.</summary>
internal static class Parsed
{
    public const string Path = "test.rules";

    public static ParseResult Text(string text) => RulesParser.Parse(Path, text);

    /// <summary>Declarations after a header in <paramref name="language"/>; they must parse without a diagnostic.</summary>
    public static RulesFile Clean(string declarations, string language = "en")
    {
        var result = Text($"rules \"Test\"\nlanguage {language}\n\n{declarations}");
        result.Diagnostics.ShouldBeEmpty();
        return result.File;
    }

    public static (RulesFile File, T Declaration) One<T>(string declaration, string language = "en")
        where T : Declaration
    {
        var file = Clean(declaration, language);
        return (file, file.Declarations.ShouldHaveSingleItem().ShouldBeOfType<T>());
    }

    /// <summary>The condition of a rule.</summary>
    public static (RulesFile File, Expression Condition) Condition(string condition)
    {
        var (file, rule) = One<RuleDeclaration>($"rule r\n  concludes c\n  when {condition}\n");
        return (file, rule.When);
    }

    /// <summary>A value given in an example.</summary>
    public static (RulesFile File, Expression Value) Value(string value, string language = "en")
    {
        var (file, example) = One<ExampleDeclaration>($"example \"e\"\n  given x = {value}\n  expect c = yes\n", language);
        return (file, example.Givens.ShouldHaveSingleItem().Value);
    }

    public static string At(this RulesFile file, SyntaxNode node) => file.At(node.Span);

    public static string At(this RulesFile file, TextSpan span) => file.Text.Substring(span.Start, span.Length);

    /// <summary>An expression fully bracketed: <c>[left Operator right]</c> for what the parser grouped, <c>( )</c> where the text has parentheses.</summary>
    public static string Shape(Expression expression) => expression switch
    {
        NameExpression name => name.Name.Text,
        NumberLiteral number => number.Unit is null ? number.Text : $"{number.Text} {number.Unit.Text}",
        DateLiteral date => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        BooleanLiteral boolean => boolean.Value ? "yes" : "no",
        SetLiteral set => $"{{{string.Join(",", set.Values.Select(value => value.Text))}}}",
        BinaryExpression binary => $"[{Shape(binary.Left)} {binary.Operator} {Shape(binary.Right)}]",
        NotExpression not => $"[not {Shape(not.Operand)}]",
        ContainsExpression contains => $"[{Shape(contains.Set)} contains {contains.Value.Text}]",
        ConversionExpression conversion => $"[{Shape(conversion.Operand)} as {conversion.Unit.Kind}]",
        ParenthesizedExpression parenthesized => $"({Shape(parenthesized.Inner)})",
        _ => throw new ArgumentException(expression.GetType().Name, nameof(expression)),
    };
}
