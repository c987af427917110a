using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using RulesDsl.Language.Binding;

namespace RulesDsl.Compiler.Generation;

/// <summary>
/// A bound expression as C# over the runtime's three-valued types. Every name of the rules text becomes an index or a
/// string literal escaped by Roslyn, never an identifier or spliced text, so no rules text can become code.
/// </summary>
internal sealed class ExpressionEmitter(BoundRuleSet ruleSet)
{
    // Generated code names the runtime through this alias, declared at the top of the generated file.
    internal const string R = "R.";

    public string Emit(BoundExpression expression) => expression switch
    {
        BoundNumber number => $"{R}Quantity.Of({Number(number)})",
        BoundYesNo yesNo => yesNo.Value ? $"{R}Truth.Yes" : $"{R}Truth.No",
        BoundDate date => $"new {R}DateValue({Date(date.Value)}, true)",
        BoundSet set => $"{R}SetValue.Of(new string[] {{ {string.Join(", ", set.Values.Select(String))} }})",
        BoundFactReference fact => Fact(fact.Fact),
        BoundParameterReference parameter => $"e.Parameter({IndexOf(ruleSet.Parameters, parameter.Parameter)})",
        BoundConclusionReference conclusion => $"e.Conclusion({IndexOf(ruleSet.Conclusions, conclusion.Conclusion)})",
        BoundLogical logical => $"{R}Logic.{(logical.Operator == LogicalOperator.And ? "And" : "Or")}({Emit(logical.Left)}, {Emit(logical.Right)})",
        BoundNot not => $"{R}Logic.Not({Emit(not.Operand)})",
        BoundComparison comparison => Comparison(comparison),
        BoundArithmetic arithmetic => $"({Emit(arithmetic.Left)} {Operator(arithmetic.Operator)} {Emit(arithmetic.Right)})",
        BoundContains contains => $"{Emit(contains.Set)}.Contains({String(contains.Value)})",
        // A product read as the quantity the law measures is the same number: the unit changes, not the value.
        BoundConversion conversion => Emit(conversion.Operand),
        _ => throw new InvalidOperationException($"a {expression.GetType().Name} cannot be compiled: the checker should have reported it"),
    };

    /// <summary>A string of the rules text as a C# literal, escaped by Roslyn.</summary>
    public static string String(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>The number written, as the nearest double; null when beyond a double's range.</summary>
    public static double? Value(BoundNumber number)
    {
        var value = double.Parse(
            number.Significand.ToString(CultureInfo.InvariantCulture) + "E" + number.Exponent.ToString(CultureInfo.InvariantCulture),
            NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? value : null;
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

    public static string Date(DateOnly date) =>
        $"new global::System.DateOnly({date.Year.ToString(CultureInfo.InvariantCulture)}, {date.Month.ToString(CultureInfo.InvariantCulture)}, {date.Day.ToString(CultureInfo.InvariantCulture)})";

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

    private static string Number(BoundNumber number) =>
        Value(number) is { } value ? Number(value) : throw new InvalidOperationException("numbers out of range are reported before emitting");

    private string Fact(FactSymbol fact)
    {
        var index = IndexOf(ruleSet.Facts.Select(f => f.Symbol).ToList(), fact).ToString(CultureInfo.InvariantCulture);
        return fact.Type switch
        {
            QuantityType => $"e.Quantity({index})",
            YesNoType => $"e.YesNo({index})",
            DateType => $"e.Date({index})",
            _ => $"e.Set({index})",
        };
    }

    private string Comparison(BoundComparison comparison)
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
        return $"{R}{type}.{method}({Emit(comparison.Left)}, {Emit(comparison.Right)})";
    }

    private static string Operator(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => "-",
        _ => "*",
    };
}
