using System.Collections.Immutable;
using System.Numerics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>
/// An expression with its names resolved and its type known. Parentheses are gone: the tree's shape says what they
/// said. The span is that of the expression in the file.
/// </summary>
public abstract record BoundExpression(BoundType Type, TextSpan Span);

/// <summary>A value written out: what examples give and parameters hold.</summary>
public abstract record BoundLiteral(BoundType Type, TextSpan Span) : BoundExpression(Type, Span);

/// <summary>A number, exactly: <see cref="Significand"/> × 10^<see cref="Exponent"/>, in its unit.</summary>
public sealed record BoundNumber(BigInteger Significand, int Exponent, QuantityType Quantity, TextSpan Span)
    : BoundLiteral(Quantity, Span);

public sealed record BoundDate(DateOnly Value, TextSpan Span) : BoundLiteral(BoundType.Date, Span);

/// <summary>A period written out: <c>2 weeks</c>, <c>6 months</c>.</summary>
public sealed record BoundDuration(int Length, DurationUnit Unit, TextSpan Span) : BoundLiteral(BoundType.Duration, Span);

/// <summary><c>today</c>: the date the classification is as of.</summary>
public sealed record BoundToday(TextSpan Span) : BoundExpression(BoundType.Date, Span);

/// <summary><c>earliest of …</c> or <c>latest of …</c>: unknown when any of the dates is.</summary>
public sealed record BoundExtremeDate(bool Earliest, ImmutableArray<BoundExpression> Dates, TextSpan Span) : BoundExpression(BoundType.Date, Span);

public sealed record BoundYesNo(bool Value, TextSpan Span) : BoundLiteral(BoundType.YesNo, Span);

/// <summary>Values of an enumeration, each once, in the order written.</summary>
public sealed record BoundSet(SetType Set, ImmutableArray<string> Values, TextSpan Span) : BoundLiteral(Set, Span);

public sealed record BoundFactReference(FactSymbol Fact, TextSpan Span) : BoundExpression(Fact.Type, Span);

public sealed record BoundParameterReference(ParameterSymbol Parameter, TextSpan Span) : BoundExpression(Parameter.Type, Span);

public sealed record BoundConclusionReference(ConclusionSymbol Conclusion, TextSpan Span) : BoundExpression(BoundType.YesNo, Span);

public enum LogicalOperator
{
    And,
    Or,
}

public sealed record BoundLogical(BoundExpression Left, LogicalOperator Operator, BoundExpression Right, TextSpan Span)
    : BoundExpression(BoundType.YesNo, Span);

/// <summary>
/// <c>any of a, b, c</c> (<see cref="All"/> false) or <c>all of a, b, c</c>: decided as <c>a or b or c</c> and
/// <c>a and b and c</c> are, with their three-valued logic, and kept as written so that the trace shows the list the
/// drafter wrote.
/// </summary>
public sealed record BoundConditionList(bool All, ImmutableArray<BoundExpression> Conditions, TextSpan Span) : BoundExpression(BoundType.YesNo, Span)
{
    /// <summary>The list as the <c>and</c> or <c>or</c> it decides as, joined from the left.</summary>
    public BoundExpression Joined => Conditions.Skip(1).Aggregate(Conditions[0], (joined, next) =>
        new BoundLogical(joined, All ? LogicalOperator.And : LogicalOperator.Or, next, TextSpan.FromBounds(Span.Start, next.Span.End)));
}

public sealed record BoundNot(BoundExpression Operand, TextSpan Span) : BoundExpression(BoundType.YesNo, Span);

public enum ComparisonOperator
{
    GreaterThan,
    AtLeast,
    LessThan,
    AtMost,
    EqualTo,
}

public sealed record BoundComparison(BoundExpression Left, ComparisonOperator Operator, BoundExpression Right, TextSpan Span)
    : BoundExpression(BoundType.YesNo, Span);

public enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
}

public sealed record BoundArithmetic(BoundExpression Left, ArithmeticOperator Operator, BoundExpression Right, BoundType Type, TextSpan Span)
    : BoundExpression(Type, Span);

public sealed record BoundContains(BoundExpression Set, string Value, TextSpan Span) : BoundExpression(BoundType.YesNo, Span);

/// <summary><c>count of modalities</c>: how many values the set holds, a count; unknown when the set is.</summary>
public sealed record BoundCount(BoundExpression Set, TextSpan Span) : BoundExpression(new QuantityType(QuantityUnit.Count), Span);

/// <summary><c>(…) as FLOP</c>: a product of quantities read as the quantity the law measures.</summary>
public sealed record BoundConversion(BoundExpression Operand, QuantityType Target, TextSpan Span) : BoundExpression(Target, Span);

/// <summary>What could not be bound (an unknown name, say); the mistake has been reported.</summary>
public sealed record BoundError(TextSpan Span) : BoundExpression(BoundType.Error, Span);

public static class BoundExpressionTree
{
    /// <summary>The expression and every expression inside it, parents first.</summary>
    public static IEnumerable<BoundExpression> SelfAndDescendants(this BoundExpression expression)
    {
        yield return expression;
        var children = expression switch
        {
            BoundLogical logical => [logical.Left, logical.Right],
            BoundComparison comparison => [comparison.Left, comparison.Right],
            BoundArithmetic arithmetic => [arithmetic.Left, arithmetic.Right],
            BoundNot not => [not.Operand],
            BoundContains contains => [contains.Set],
            BoundCount count => [count.Set],
            BoundConversion conversion => [conversion.Operand],
            BoundExtremeDate extreme => extreme.Dates,
            BoundConditionList list => list.Conditions,
            _ => ImmutableArray<BoundExpression>.Empty,
        };
        foreach (var descendant in children.SelectMany(SelfAndDescendants))
        {
            yield return descendant;
        }
    }
}
