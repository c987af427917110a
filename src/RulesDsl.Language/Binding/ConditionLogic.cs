using System.Globalization;
using System.Numerics;

namespace RulesDsl.Language.Binding;

/// <summary>
/// What the shape of two conditions tells about them, without evaluating anything: whether one implies the other and
/// whether they exclude each other. Both answers are sound but not complete: "no" means "cannot tell".
/// </summary>
internal static class ConditionLogic
{
    // The orderings of a comparison's left side against its right that make it hold.
    private const int Less = 1;
    private const int Equal = 2;
    private const int Greater = 4;
    private const int Any = Less | Equal | Greater;

    /// <summary>Whether <paramref name="premise"/> holding makes <paramref name="goal"/> hold.</summary>
    public static bool Implies(BoundExpression premise, BoundExpression goal) => (premise, goal) switch
    {
        // A list is the and or the or it decides as.
        (BoundConditionList list, _) => Implies(list.Joined, goal),
        (_, BoundConditionList list) => Implies(premise, list.Joined),
        (_, BoundLogical { Operator: LogicalOperator.And } all) => Implies(premise, all.Left) && Implies(premise, all.Right),
        (BoundLogical { Operator: LogicalOperator.Or } any, _) => Implies(any.Left, goal) && Implies(any.Right, goal),
        (BoundLogical { Operator: LogicalOperator.And } all, _) when Implies(all.Left, goal) || Implies(all.Right, goal) => true,
        (_, BoundLogical { Operator: LogicalOperator.Or } any) => Implies(premise, any.Left) || Implies(premise, any.Right),
        _ => Literal.Of(premise).Implies(Literal.Of(goal)),
    };

    /// <summary>Whether the two cannot hold at once: one requires a literal whose negation the other requires.</summary>
    public static bool Disjoint(BoundExpression first, BoundExpression second) =>
        Conjuncts(first).Any(a => Conjuncts(second).Any(b => Literal.Of(a).Contradicts(Literal.Of(b))));

    private static IEnumerable<BoundExpression> Conjuncts(BoundExpression condition) => condition switch
    {
        BoundLogical { Operator: LogicalOperator.And } all => Conjuncts(all.Left).Concat(Conjuncts(all.Right)),
        BoundConditionList { All: true } list => list.Conditions.SelectMany(Conjuncts),
        _ => [condition],
    };

    /// <summary>
    /// A condition that is not an <c>and</c> or <c>or</c>, with its <c>not</c>s taken in: a yes/no term that must be
    /// yes (<see cref="Orderings"/> = <see cref="Equal"/>) or no (<see cref="Less"/> | <see cref="Greater"/>), or a
    /// comparison, written with its operands in a fixed order, and the orderings of its operands that make it hold.
    /// </summary>
    private sealed record Literal(string Key, int Orderings)
    {
        public static Literal Of(BoundExpression condition) => Of(condition, negated: false);

        public bool Implies(Literal other) => Key == other.Key && (Orderings & ~other.Orderings) == 0;

        public bool Contradicts(Literal other) => Key == other.Key && (Orderings & other.Orderings) == 0;

        private static Literal Of(BoundExpression condition, bool negated)
        {
            if (condition is BoundNot not)
            {
                return Of(not.Operand, !negated);
            }

            var (key, orderings) = condition is BoundComparison comparison ? Compared(comparison) : (Term(condition), Equal);
            return new Literal(key, negated ? Any & ~orderings : orderings);
        }

        private static (string Key, int Orderings) Compared(BoundComparison comparison)
        {
            var orderings = comparison.Operator switch
            {
                ComparisonOperator.GreaterThan => Greater,
                ComparisonOperator.AtLeast => Greater | Equal,
                ComparisonOperator.LessThan => Less,
                ComparisonOperator.AtMost => Less | Equal,
                _ => Equal,
            };
            var (left, right) = (Term(comparison.Left), Term(comparison.Right));
            return string.CompareOrdinal(left, right) <= 0
                ? ($"{left} ? {right}", orderings)
                : ($"{right} ? {left}", Mirrored(orderings));
        }

        private static int Mirrored(int orderings) =>
            (orderings & Equal) | ((orderings & Less) == 0 ? 0 : Greater) | ((orderings & Greater) == 0 ? 0 : Less);
    }

    /// <summary>The expression written out so that two expressions with the same meaning by shape are equal.</summary>
    private static string Term(BoundExpression expression) => expression switch
    {
        BoundFactReference fact => $"fact {fact.Fact.Name}",
        BoundParameterReference parameter => $"parameter {parameter.Parameter.Name}",
        BoundConclusionReference conclusion => $"conclusion {conclusion.Conclusion.Name}",
        BoundNumber number => Number(number),
        BoundDate date => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        BoundDuration duration => $"{duration.Length} {duration.Unit}",
        BoundToday => "today",
        BoundExtremeDate extreme => $"({(extreme.Earliest ? "earliest" : "latest")} of {string.Join(", ", extreme.Dates.Select(Term))})",
        BoundYesNo yesNo => yesNo.Value ? "yes" : "no",
        BoundSet set => $"{{{string.Join(", ", set.Values.Order(StringComparer.Ordinal))}}}",
        BoundLogical logical => $"({Term(logical.Left)} {logical.Operator} {Term(logical.Right)})",
        BoundConditionList list => Term(list.Joined),
        BoundNot not => $"(not {Term(not.Operand)})",
        BoundComparison comparison => $"({Term(comparison.Left)} {comparison.Operator} {Term(comparison.Right)})",
        BoundArithmetic arithmetic => $"({Term(arithmetic.Left)} {arithmetic.Operator} {Term(arithmetic.Right)})",
        BoundContains contains => $"({Term(contains.Set)} contains {contains.Value})",
        BoundCount count => $"(count of {Term(count.Set)})",
        BoundConversion conversion => $"({Term(conversion.Operand)} as {conversion.Target})",
        // What could not be bound equals nothing else.
        _ => $"error at {expression.Span.Start}",
    };

    /// <summary>10^25, 1e25 and 10 000 000 000 000 000 000 000 000 alike.</summary>
    private static string Number(BoundNumber number)
    {
        var (significand, exponent) = (number.Significand, number.Exponent);
        while (!significand.IsZero && significand % 10 == BigInteger.Zero)
        {
            significand /= 10;
            exponent++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{significand}e{(significand.IsZero ? 0 : exponent)} {number.Quantity}");
    }
}
