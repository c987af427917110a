using System.Globalization;
using System.Text;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Formatting;

/// <summary>
/// Prints a syntax tree in the canonical layout of docs/language.md: the header, then the declarations separated by
/// one blank line, their clauses indented by two spaces with <c>cites</c> last, comparisons in words, numbers as
/// written. Comments are not part of the tree, so formatting a file drops them. Parsing the output gives the same tree
/// (spans aside).
/// </summary>
public static class RulesFormatter
{
    private const string Indent = "  ";

    public static string Format(RulesFile file)
    {
        var output = new StringBuilder();
        output.Append("rules \"").Append(file.Header.Title).Append("\"\n");
        if (file.Header.Act is { } act)
        {
            output.Append("act ").Append(act.Text).Append('\n');
        }

        if (file.Header.Language is { } language)
        {
            output.Append("language ").Append(language.Text).Append('\n');
        }

        foreach (var declaration in file.Declarations)
        {
            output.Append('\n');
            foreach (var line in Lines(declaration))
            {
                output.Append(line).Append('\n');
            }
        }

        return output.ToString();
    }

    private static IEnumerable<string> Lines(Declaration declaration)
    {
        string[] lines = declaration switch
        {
            EnumDeclaration enumeration =>
            [
                $"enum {enumeration.Name.Text}",
                $"{Indent}values {string.Join(", ", enumeration.Values.Select(value => value.Text))}",
            ],
            FactDeclaration fact => [$"fact {fact.Name.Text}: {Type(fact.Type)}"],
            ParameterDeclaration parameter =>
            [
                $"parameter {parameter.Name.Text}: {Type(parameter.Type)}",
                .. parameter.Values.Select(value => $"{Indent}value {Expression(value.Value)} from {Date(value.From)}"),
            ],
            DerivationDeclaration derivation =>
            [
                $"{(derivation.IsEstimate ? "estimate" : "derive")} {derivation.Name.Text}",
                $"{Indent}from {Expression(derivation.From)}",
            ],
            ConclusionDeclaration conclusion =>
            [
                $"conclusion {conclusion.Name.Text}",
                .. conclusion.Means is { } term ? new[] { $"{Indent}means {Term(term)}" } : [],
            ],
            RuleDeclaration rule => Rule(rule),
            VerdictDeclaration verdict => [$"verdict {verdict.Name.Text}"],
            ExampleDeclaration example => Example(example),
            _ => throw new ArgumentException($"unknown declaration {declaration.GetType().Name}", nameof(declaration)),
        };

        return declaration.Cites.IsEmpty
            ? lines
            : [.. lines, $"{Indent}cites {string.Join("; ", declaration.Cites.Select(Citation))}"];
    }

    private static string[] Rule(RuleDeclaration rule)
    {
        var lines = new List<string>
        {
            $"{(rule.IsPresumption ? "presumption" : "rule")} {rule.Name.Text}",
            $"{Indent}{(rule.IsPresumption ? "presumes" : "concludes")} {(rule.ConcludesNot ? "not " : "")}{rule.Conclusion.Text}",
            $"{Indent}when {Expression(rule.When)}",
        };
        if (rule.Unless is { } unless)
        {
            lines.Add($"{Indent}unless {Expression(unless)}");
        }

        if (rule.ExceptionTo is { } exceptionTo)
        {
            lines.Add($"{Indent}exception to {exceptionTo.Text}");
        }

        return [.. lines];
    }

    private static string[] Example(ExampleDeclaration example)
    {
        var expected = example.Value switch
        {
            ExpectedValue.Yes => "yes",
            ExpectedValue.No => "no",
            _ => "unknown",
        };
        return
        [
            $"example \"{example.Name.Text}\"",
            .. example.Givens.Select(given => $"{Indent}given {given.Fact.Text} = {Expression(given.Value)}"),
            $"{Indent}expect {example.Expected.Text} = {expected}{(example.By is { } rule ? $" by {rule.Text}" : "")}",
        ];
    }

    private static string Citation(CitationSyntax citation) =>
        citation.Sentence is { } sentence ? $"{citation.Text} sentence {sentence.ToString(CultureInfo.InvariantCulture)}" : citation.Text;

    private static string Term(TermSyntax term) => term.Anchor is { } anchor ? $"^{anchor}" : $"\"{term.Term}\"";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Type(TypeSyntax type) => type.Kind switch
    {
        TypeKind.Count => "count",
        TypeKind.Tokens => "tokens",
        TypeKind.Flop => "FLOP",
        TypeKind.Eur => "EUR",
        TypeKind.Date => "date",
        TypeKind.YesNo => "yes/no",
        _ => $"set of {type.Enumeration?.Text}",
    };

    /// <summary>How tightly an expression binds, loosest first, as the grammar reads it.</summary>
    private enum Level
    {
        Or,
        And,
        Not,
        Comparison,
        Sum,
        Product,
        Conversion,
        Primary,
    }

    private static string Expression(Expression expression) => expression switch
    {
        NameExpression name => name.Name.Text,
        NumberLiteral number => number.Unit is { } unit ? $"{number.Text} {unit.Text}" : number.Text,
        DateLiteral date => Date(date.Value),
        BooleanLiteral boolean => boolean.Value ? "yes" : "no",
        SetLiteral set => $"{{{string.Join(", ", set.Values.Select(value => value.Text))}}}",
        BinaryExpression binary => Binary(binary),
        NotExpression not => $"not {Operand(not.Operand, Level.Not)}",
        ContainsExpression contains => $"{Operand(contains.Set, Level.Sum)} contains {contains.Value.Text}",
        ConversionExpression conversion => $"{Operand(conversion.Operand, Level.Primary)} as {Type(conversion.Unit)}",
        ParenthesizedExpression parenthesized => $"({Expression(parenthesized.Inner)})",
        _ => throw new ArgumentException($"unknown expression {expression.GetType().Name}", nameof(expression)),
    };

    /// <summary>A binary expression; operands that bind more loosely than the grammar allows there get parentheses,
    /// which a parsed tree already has but a tree built in code may not.</summary>
    private static string Binary(BinaryExpression binary)
    {
        var level = LevelOf(binary);
        var (word, left, right) = binary.Operator switch
        {
            BinaryOperator.Or => ("or", level, Level.And),
            BinaryOperator.And => ("and", level, Level.Not),
            BinaryOperator.GreaterThan => ("greater than", Level.Sum, Level.Sum),
            BinaryOperator.AtLeast => ("at least", Level.Sum, Level.Sum),
            BinaryOperator.LessThan => ("less than", Level.Sum, Level.Sum),
            BinaryOperator.AtMost => ("at most", Level.Sum, Level.Sum),
            BinaryOperator.Equals => ("is", Level.Sum, Level.Sum),
            BinaryOperator.Add => ("+", level, Level.Product),
            BinaryOperator.Subtract => ("-", level, Level.Product),
            _ => ("×", level, Level.Conversion),
        };
        return $"{Operand(binary.Left, left)} {word} {Operand(binary.Right, right)}";
    }

    private static string Operand(Expression operand, Level least) =>
        LevelOf(operand) >= least ? Expression(operand) : $"({Expression(operand)})";

    private static Level LevelOf(Expression expression) => expression switch
    {
        BinaryExpression { Operator: BinaryOperator.Or } => Level.Or,
        BinaryExpression { Operator: BinaryOperator.And } => Level.And,
        BinaryExpression { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => Level.Sum,
        BinaryExpression { Operator: BinaryOperator.Multiply } => Level.Product,
        BinaryExpression or ContainsExpression => Level.Comparison,
        NotExpression => Level.Not,
        ConversionExpression => Level.Conversion,
        _ => Level.Primary,
    };
}
