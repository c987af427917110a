using System.Collections.Immutable;
using System.Numerics;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>
/// Resolves the names of an expression and works out its type, reporting each mistake once: an operand already in
/// error makes no further message.
/// </summary>
internal sealed class ExpressionBinder(
    IReadOnlyDictionary<string, FactSymbol> facts,
    IReadOnlyDictionary<string, ParameterSymbol> parameters,
    IReadOnlyDictionary<string, ConclusionSymbol> conclusions,
    IReadOnlySet<string> unparsed,
    DiagnosticSink sink)
{
    /// <summary>The longest period a rule may write: far beyond any the law sets, and short enough to stay in the calendar.</summary>
    private const int MaxPeriod = 100_000;

    /// <summary>A <c>when</c> or <c>unless</c>: yes or no.</summary>
    public BoundExpression BindCondition(Expression syntax)
    {
        var bound = Bind(syntax);
        if (bound.Type is not (YesNoType or ErrorType))
        {
            TypeMismatch(syntax.Span, $"a condition is yes or no; this is {bound.Type}");
        }

        return bound;
    }

    /// <summary>The value an example gives a fact or a parameter holds: a literal of <paramref name="expected"/>.</summary>
    /// <returns>Null when the value is not one (reported).</returns>
    public BoundLiteral? BindValue(Expression syntax, BoundType expected, string owner)
    {
        if (syntax is not (NumberLiteral or DateLiteral or BooleanLiteral or SetLiteral))
        {
            TypeMismatch(syntax.Span, "a value is written out: a number, a date, yes or no, or a set such as {text, image}");
            return null;
        }

        if (Bind(syntax, expected) is not BoundLiteral literal)
        {
            return null;
        }

        if (expected is not ErrorType && literal.Type != expected)
        {
            TypeMismatch(syntax.Span, $"'{owner}' is {expected}, but this is {literal.Type}");
            return null;
        }

        return literal;
    }

    /// <param name="expected">The type the context calls for, which a set literal takes its enumeration from.</param>
    public BoundExpression Bind(Expression syntax, BoundType? expected = null) => syntax switch
    {
        ParenthesizedExpression parenthesized => Bind(parenthesized.Inner, expected),
        NameExpression name => BindName(name.Name),
        NumberLiteral number => BindNumber(number),
        DateLiteral date => new BoundDate(date.Value, date.Span),
        TodayExpression today => new BoundToday(today.Span),
        ExtremeDateExpression extreme => BindExtreme(extreme),
        ConditionListExpression list => BindConditionList(list),
        CountExpression count => BindCount(count),
        BooleanLiteral boolean => new BoundYesNo(boolean.Value, boolean.Span),
        SetLiteral set => BindSet(set, expected),
        NotExpression not => new BoundNot(BindYesNoOperand(not.Operand, "not"), not.Span),
        ContainsExpression contains => BindContains(contains),
        ConversionExpression conversion => BindConversion(conversion),
        BinaryExpression binary => BindBinary(binary),
        _ => throw new ArgumentOutOfRangeException(nameof(syntax), syntax.GetType().Name, "not an expression the binder knows"),
    };

    private BoundExpression BindName(Name name)
    {
        if (facts.TryGetValue(name.Text, out var fact))
        {
            return new BoundFactReference(fact, name.Span);
        }

        if (parameters.TryGetValue(name.Text, out var parameter))
        {
            return new BoundParameterReference(parameter, name.Span);
        }

        if (conclusions.TryGetValue(name.Text, out var conclusion))
        {
            return new BoundConclusionReference(conclusion, name.Span);
        }

        if (unparsed.Contains(name.Text))
        {
            // Declared by a declaration that did not parse: its syntax error is the one message.
            return new BoundError(name.Span);
        }

        var suggestion = NameSuggestion.Closest(name.Text, facts.Keys.Concat(parameters.Keys).Concat(conclusions.Keys));
        sink.Report(name.Span, (at, length) =>
            LanguageDiagnostics.UnknownName(at, length, name.Text, "fact, parameter or conclusion", suggestion));
        return new BoundError(name.Span);
    }

    private BoundExpression BindNumber(NumberLiteral number)
    {
        if (number.Unit is not { } unitName)
        {
            return new BoundNumber(number.Significand, number.Exponent, new QuantityType(QuantityUnit.Count), number.Span);
        }

        if (TypeResolver.DurationUnitNamed(unitName.Text) is { } period)
        {
            return BindDuration(number, period);
        }

        if (TypeResolver.UnitNamed(unitName.Text) is not { } unit)
        {
            var suggestion = NameSuggestion.Closest(unitName.Text, TypeResolver.UnitNames);
            sink.Report(unitName.Span, (at, length) => LanguageDiagnostics.UnknownName(at, length, unitName.Text, "unit", suggestion));
            return new BoundError(number.Span);
        }

        return new BoundNumber(number.Significand, number.Exponent, new QuantityType(unit), number.Span);
    }

    private BoundExpression BindDuration(NumberLiteral number, DurationUnit unit)
    {
        if (number.Significand.Sign < 0 || number.Exponent < 0 || number.Exponent > 5
            || number.Significand * BigInteger.Pow(10, number.Exponent) > MaxPeriod)
        {
            sink.Report(number.Span, (at, length) => LanguageDiagnostics.DurationNotWhole(at, length, $"{number.Text} {number.Unit!.Text}"));
            return new BoundError(number.Span);
        }

        return new BoundDuration((int)(number.Significand * BigInteger.Pow(10, number.Exponent)), unit, number.Span);
    }

    private BoundExpression BindExtreme(ExtremeDateExpression extreme)
    {
        var word = extreme.Earliest ? "earliest" : "latest";
        var dates = BindList(extreme.Dates, type => type is DateType,
            (at, length, type) => LanguageDiagnostics.NotADate(at, length, word, type.ToString()));
        return new BoundExtremeDate(extreme.Earliest, dates, extreme.Span);
    }

    /// <summary>
    /// <c>any of a, b, c</c> decides as <c>a or b or c</c> and <c>all of</c> as <c>and</c>, with their three-valued logic;
    /// it stays a list, so that the classifier traces it as written.
    /// </summary>
    private BoundConditionList BindConditionList(ConditionListExpression list)
    {
        var word = list.All ? "all" : "any";
        var conditions = BindList(list.Conditions, type => type is YesNoType,
            (at, length, type) => LanguageDiagnostics.NotACondition(at, length, word, type.ToString()));
        return new BoundConditionList(list.All, conditions, list.Span);
    }

    /// <summary>The operands of a list (<c>earliest of</c>, <c>any of</c>), each of the type it takes or reported.</summary>
    private ImmutableArray<BoundExpression> BindList(
        ImmutableArray<Expression> operands, Func<BoundType, bool> takes, Func<SourcePosition, int, BoundType, Diagnostic> mistake) =>
        [.. operands.Select(syntax =>
        {
            var operand = Bind(syntax);
            if (operand.Type is not ErrorType && !takes(operand.Type))
            {
                sink.Report(syntax.Span, (at, length) => mistake(at, length, operand.Type));
            }

            return operand;
        })];

    private BoundExpression BindSet(SetLiteral set, BoundType? expected)
    {
        if (expected is not SetType setType)
        {
            if (expected is not ErrorType)
            {
                TypeMismatch(set.Span, "a set of values is written only where a set is expected, such as a fact's given value");
            }

            return new BoundError(set.Span);
        }

        var known = set.Values.Where(value => IsValueOf(value, setType.Enumeration)).ToList();
        return known.Count == set.Values.Length
            ? new BoundSet(setType, [.. known.Select(value => value.Text).Distinct()], set.Span)
            : new BoundError(set.Span);
    }

    private BoundExpression BindContains(ContainsExpression contains)
    {
        var set = Bind(contains.Set);
        switch (set.Type)
        {
            case SetType setType:
                IsValueOf(contains.Value, setType.Enumeration);
                break;
            case ErrorType:
                break;
            default:
                TypeMismatch(contains.Set.Span, $"'contains' looks in a set; this is {set.Type}");
                break;
        }

        return new BoundContains(set, contains.Value.Text, contains.Span);
    }

    private BoundCount BindCount(CountExpression count)
    {
        var set = Bind(count.Set);
        if (set.Type is not (SetType or ErrorType))
        {
            sink.Report(count.Set.Span, (at, length) => LanguageDiagnostics.CountOfNotASet(at, length, set.Type.ToString()));
        }

        return new BoundCount(set, count.Span);
    }

    private bool IsValueOf(Name value, EnumerationSymbol enumeration)
    {
        if (enumeration.Values.Contains(value.Text))
        {
            return true;
        }

        var suggestion = NameSuggestion.Closest(value.Text, enumeration.Values);
        sink.Report(value.Span, (at, length) =>
            LanguageDiagnostics.UnknownEnumValue(at, length, value.Text, enumeration.Name, suggestion));
        return false;
    }

    private BoundExpression BindConversion(ConversionExpression conversion)
    {
        var operand = Bind(conversion.Operand);
        if (TypeResolver.QuantityUnitOf(conversion.Unit.Kind) is not { } target)
        {
            TypeMismatch(conversion.Unit.Span, "'as' reads a quantity as count, tokens, FLOP or EUR");
            return new BoundError(conversion.Span);
        }

        switch (operand.Type)
        {
            case QuantityType quantity when quantity.Unit.IsProduct || quantity.Unit == target:
            case ErrorType:
                break;
            case QuantityType quantity:
                TypeMismatch(conversion.Span, $"'as {target}' reads a product of quantities as {target}; this is {quantity.Unit}");
                break;
            case DurationType:
                sink.Report(conversion.Operand.Span, (at, length) => LanguageDiagnostics.DurationAsQuantity(at, length, $"'as {target}' reads a quantity"));
                break;
            default:
                TypeMismatch(conversion.Operand.Span, $"'as {target}' reads a quantity; this is {operand.Type}");
                break;
        }

        return new BoundConversion(operand, new QuantityType(target), conversion.Span);
    }

    private BoundExpression BindBinary(BinaryExpression binary) => binary.Operator switch
    {
        BinaryOperator.And => BindLogical(binary, LogicalOperator.And, "and"),
        BinaryOperator.Or => BindLogical(binary, LogicalOperator.Or, "or"),
        BinaryOperator.GreaterThan => BindOrdering(binary, ComparisonOperator.GreaterThan, "greater than"),
        BinaryOperator.AtLeast => BindOrdering(binary, ComparisonOperator.AtLeast, "at least"),
        BinaryOperator.LessThan => BindOrdering(binary, ComparisonOperator.LessThan, "less than"),
        BinaryOperator.AtMost => BindOrdering(binary, ComparisonOperator.AtMost, "at most"),
        BinaryOperator.Equals => BindEquality(binary),
        BinaryOperator.Add => BindSum(binary, ArithmeticOperator.Add, "+"),
        BinaryOperator.Subtract => BindSum(binary, ArithmeticOperator.Subtract, "-"),
        _ => BindProduct(binary),
    };

    private BoundLogical BindLogical(BinaryExpression binary, LogicalOperator logical, string word) =>
        new(BindYesNoOperand(binary.Left, word), logical, BindYesNoOperand(binary.Right, word), binary.Span);

    private BoundExpression BindYesNoOperand(Expression syntax, string word)
    {
        var operand = Bind(syntax);
        if (operand.Type is not (YesNoType or ErrorType))
        {
            TypeMismatch(syntax.Span, $"'{word}' takes yes or no; this is {operand.Type}");
        }

        return operand;
    }

    private BoundComparison BindOrdering(BinaryExpression binary, ComparisonOperator comparison, string word)
    {
        var (left, right) = BindOperands(binary);
        switch (left.Type, right.Type)
        {
            case (ErrorType, _) or (_, ErrorType) or (DateType, DateType):
                break;
            case (QuantityType l, QuantityType r):
                CheckUnits(binary, l, r);
                break;
            case (DurationType, DurationType):
                sink.Report(binary.Span, (at, length) => LanguageDiagnostics.DurationsCompared(at, length, "compared"));
                break;
            case (DurationType, QuantityType) or (QuantityType, DurationType):
                sink.Report(binary.Span, (at, length) => LanguageDiagnostics.DurationAsQuantity(at, length, $"'{word}' cannot compare it with a number"));
                break;
            case var (l, r) when l == r:
                TypeMismatch(binary.Span, $"'{word}' compares quantities or dates, not {l}");
                break;
            case var (l, r):
                TypeMismatch(binary.Span, $"{l} cannot be compared with {r}");
                break;
        }

        return new BoundComparison(left, comparison, right, binary.Span);
    }

    private BoundComparison BindEquality(BinaryExpression binary)
    {
        var (left, right) = BindOperands(binary);
        switch (left.Type, right.Type)
        {
            case (ErrorType, _) or (_, ErrorType):
                break;
            case (QuantityType l, QuantityType r):
                CheckUnits(binary, l, r);
                break;
            case (DurationType, DurationType):
                sink.Report(binary.Span, (at, length) => LanguageDiagnostics.DurationsCompared(at, length, "compared"));
                break;
            case var (l, r) when l != r:
                TypeMismatch(binary.Span, $"{l} cannot be compared with {r}");
                break;
        }

        return new BoundComparison(left, ComparisonOperator.EqualTo, right, binary.Span);
    }

    /// <summary>Binds both sides, a set literal on one side taking its type from the other.</summary>
    private (BoundExpression Left, BoundExpression Right) BindOperands(BinaryExpression binary)
    {
        if (binary.Left is SetLiteral)
        {
            var right = Bind(binary.Right);
            return (Bind(binary.Left, right.Type), right);
        }

        var left = Bind(binary.Left);
        return (left, Bind(binary.Right, left.Type));
    }

    private BoundExpression BindSum(BinaryExpression binary, ArithmeticOperator arithmetic, string symbol)
    {
        var (first, second) = (Bind(binary.Left), Bind(binary.Right));
        if (first.Type is DateType or DurationType || second.Type is DateType or DurationType)
        {
            return BindDateArithmetic(binary, arithmetic, symbol, first, second);
        }

        return BindQuantitySum(binary, arithmetic, symbol, first, second);
    }

    /// <summary>A date and a period: the day the period ends on, counted forward or back by Regulation No 1182/71, Article 3.</summary>
    private BoundExpression BindDateArithmetic(BinaryExpression binary, ArithmeticOperator arithmetic, string symbol, BoundExpression left, BoundExpression right)
    {
        switch (left.Type, right.Type)
        {
            case (ErrorType, _) or (_, ErrorType):
                return new BoundError(binary.Span);
            case (DateType, DurationType):
                return new BoundArithmetic(left, arithmetic, right, BoundType.Date, binary.Span);
            case (DurationType, DateType) when arithmetic == ArithmeticOperator.Add:
                return new BoundArithmetic(right, arithmetic, left, BoundType.Date, binary.Span);
            case (DateType, DateType):
                sink.Report(binary.Span, (at, length) => arithmetic == ArithmeticOperator.Add
                    ? LanguageDiagnostics.DatesAdded(at, length)
                    : LanguageDiagnostics.DatesSubtracted(at, length));
                break;
            case (DurationType, DurationType):
                sink.Report(binary.Span, (at, length) => LanguageDiagnostics.DurationsCompared(at, length, "added or subtracted"));
                break;
            case (DateType, var other):
                sink.Report(binary.Right.Span, (at, length) => LanguageDiagnostics.PeriodWithoutUnit(at, length, symbol, Describe(binary.Right, other)));
                break;
            case (var other, DateType):
                sink.Report(binary.Left.Span, (at, length) => LanguageDiagnostics.PeriodWithoutUnit(at, length, symbol, Describe(binary.Left, other)));
                break;
            default:
                sink.Report(binary.Span, (at, length) => LanguageDiagnostics.DurationAsQuantity(at, length, $"'{symbol}' adds quantities of one unit, or a duration to a date"));
                break;
        }

        return new BoundError(binary.Span);
    }

    private static string Describe(Expression syntax, BoundType type) =>
        IsBareNumber(syntax) ? "a number without a unit" : type.ToString();

    private BoundExpression BindQuantitySum(BinaryExpression binary, ArithmeticOperator arithmetic, string symbol, BoundExpression left, BoundExpression right)
    {
        QuantityOperand(binary.Left, left, symbol);
        QuantityOperand(binary.Right, right, symbol);
        var type = (left.Type, right.Type) switch
        {
            (QuantityType l, QuantityType r) when CheckUnits(binary, l, r) => l,
            _ => BoundType.Error,
        };
        return new BoundArithmetic(left, arithmetic, right, type, binary.Span);
    }

    private BoundExpression BindProduct(BinaryExpression binary)
    {
        var left = BindQuantityOperand(binary.Left, "×");
        var right = BindQuantityOperand(binary.Right, "×");
        var type = (left.Type, right.Type) switch
        {
            // A number written without a unit scales the other side: 6 × parameters is a count, 2 × 10^25 FLOP is FLOP.
            (QuantityType, QuantityType r) when IsBareNumber(binary.Left) => r,
            (QuantityType l, QuantityType) when IsBareNumber(binary.Right) => l,
            (QuantityType l, QuantityType r) => new QuantityType(l.Unit.Times(r.Unit)),
            _ => BoundType.Error,
        };
        return new BoundArithmetic(left, ArithmeticOperator.Multiply, right, type, binary.Span);
    }

    private static bool IsBareNumber(Expression syntax) => syntax switch
    {
        NumberLiteral number => number.Unit is null,
        ParenthesizedExpression parenthesized => IsBareNumber(parenthesized.Inner),
        _ => false,
    };

    private BoundExpression BindQuantityOperand(Expression syntax, string symbol)
    {
        var operand = Bind(syntax);
        QuantityOperand(syntax, operand, symbol);
        return operand;
    }

    private void QuantityOperand(Expression syntax, BoundExpression operand, string symbol)
    {
        if (operand.Type is DurationType)
        {
            sink.Report(syntax.Span, (at, length) => LanguageDiagnostics.DurationAsQuantity(at, length, $"'{symbol}' takes quantities"));
        }
        else if (operand.Type is not (QuantityType or ErrorType))
        {
            TypeMismatch(syntax.Span, $"'{symbol}' takes quantities; this is {operand.Type}");
        }
    }

    private bool CheckUnits(BinaryExpression binary, QuantityType left, QuantityType right)
    {
        if (left.Unit == right.Unit)
        {
            return true;
        }

        sink.Report(binary.Span, (at, length) =>
            LanguageDiagnostics.UnitMismatch(at, length, left.Unit.ToString(), right.Unit.ToString()));
        return false;
    }

    private void TypeMismatch(TextSpan span, string problem) =>
        sink.Report(span, (at, length) => LanguageDiagnostics.TypeMismatch(at, length, problem));
}
