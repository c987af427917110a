using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesDsl.Language.Binding;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RulesDsl.Compiler.Generation;

/// <summary>
/// A bound expression as C# syntax over the runtime's three-valued types. Every name of the rules text becomes an
/// index or a string literal escaped by Roslyn, never an identifier or spliced text, so no rules text can become code.
/// </summary>
internal sealed class ExpressionEmitter(BoundRuleSet ruleSet)
{
    private static readonly IdentifierNameSyntax Evaluation = IdentifierName("e");

    /// <summary><c>static (R.Evaluation e) => (R.Truth)(…)</c>: the expression as the lambda the runtime evaluates.</summary>
    public ParenthesizedLambdaExpressionSyntax Lambda(BoundExpression expression, string returns) =>
        ParenthesizedLambdaExpression()
            .WithModifiers(TokenList(Token(SyntaxKind.StaticKeyword)))
            .WithParameterList(ParameterList(SingletonSeparatedList(Parameter(Evaluation.Identifier).WithType(Code.Runtime("Evaluation")))))
            .WithExpressionBody(CastExpression(Code.Runtime(returns), ParenthesizedExpression(Emit(expression))));

    public ExpressionSyntax Emit(BoundExpression expression) => expression switch
    {
        BoundNumber number => Code.Call(Code.Runtime("Quantity"), "Of", Number(number)),
        BoundYesNo yesNo => Code.Member(Code.Runtime("Truth"), yesNo.Value ? "Yes" : "No"),
        BoundDate date => Code.New(Code.Runtime("DateValue"), Code.Date(date.Value), Code.Bool(true)),
        BoundSet set => Code.Call(Code.Runtime("SetValue"), "Of", Code.Array(Code.StringType, set.Values.Select(Code.String))),
        BoundFactReference fact => Fact(fact.Fact),
        BoundParameterReference parameter => Code.Call(Evaluation, "Parameter", Code.Int(IndexOf(ruleSet.Parameters, parameter.Parameter))),
        BoundConclusionReference conclusion => Code.Call(Evaluation, "Conclusion", Code.Int(IndexOf(ruleSet.Conclusions, conclusion.Conclusion))),
        BoundLogical logical => Code.Call(Code.Runtime("Logic"), logical.Operator == LogicalOperator.And ? "And" : "Or", Emit(logical.Left), Emit(logical.Right)),
        BoundNot not => Code.Call(Code.Runtime("Logic"), "Not", Emit(not.Operand)),
        BoundComparison comparison => Comparison(comparison),
        BoundArithmetic arithmetic => ParenthesizedExpression(BinaryExpression(Operator(arithmetic.Operator), Emit(arithmetic.Left), Emit(arithmetic.Right))),
        BoundContains contains => Code.Call(Emit(contains.Set), "Contains", Code.String(contains.Value)),
        // A product read as the quantity the law measures is the same number: the unit changes, not the value.
        BoundConversion conversion => Emit(conversion.Operand),
        _ => throw new InvalidOperationException($"a {expression.GetType().Name} cannot be compiled: the checker should have reported it"),
    };

    /// <summary>The number written, as the nearest double; null when beyond a double's range.</summary>
    public static double? Value(BoundNumber number)
    {
        var value = double.Parse(
            number.Significand.ToString(CultureInfo.InvariantCulture) + "E" + number.Exponent.ToString(CultureInfo.InvariantCulture),
            NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? value : null;
    }

    /// <summary>A number of the rules as a literal; numbers out of range are reported before anything is generated.</summary>
    public static LiteralExpressionSyntax Number(BoundNumber number) =>
        Value(number) is { } value ? Code.Number(value) : throw new InvalidOperationException("numbers out of range are reported before emitting");

    public static int IndexOf<T>(IReadOnlyList<T> items, T item)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }

        throw new InvalidOperationException("a bound reference to a symbol the rule set does not hold");
    }

    private InvocationExpressionSyntax Fact(FactSymbol fact)
    {
        var method = fact.Type switch
        {
            QuantityType => "Quantity",
            YesNoType => "YesNo",
            DateType => "Date",
            _ => "Set",
        };
        return Code.Call(Evaluation, method, Code.Int(IndexOf(ruleSet.Facts.Select(f => f.Symbol).ToList(), fact)));
    }

    private InvocationExpressionSyntax Comparison(BoundComparison comparison)
    {
        var method = comparison.Operator switch
        {
            ComparisonOperator.GreaterThan => "GreaterThan",
            ComparisonOperator.AtLeast => "AtLeast",
            ComparisonOperator.LessThan => "LessThan",
            ComparisonOperator.AtMost => "AtMost",
            _ => "EqualTo",
        };
        var type = comparison.Left.Type switch
        {
            QuantityType => "Quantity",
            DateType => "DateValue",
            YesNoType => "Logic",
            _ => "SetValue",
        };
        return Code.Call(Code.Runtime(type), method, Emit(comparison.Left), Emit(comparison.Right));
    }

    private static SyntaxKind Operator(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => SyntaxKind.AddExpression,
        ArithmeticOperator.Subtract => SyntaxKind.SubtractExpression,
        _ => SyntaxKind.MultiplyExpression,
    };
}
