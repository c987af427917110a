using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesDsl.Language.Binding;
using RulesDsl.Runtime;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RulesDsl.Compiler.Generation;

/// <summary>
/// A bound expression as C# syntax over the runtime's three-valued types. Every name of the rules text becomes an
/// index or a string literal escaped by Roslyn, never an identifier or spliced text, so no rules text can become code.
/// </summary>
internal sealed class ExpressionEmitter(BoundRuleSet ruleSet)
{
    private static readonly IdentifierNameSyntax Evaluation = IdentifierName("e");

    // Each symbol's index, found once: a rule set of thousands of facts reads them in as many places.
    private readonly Dictionary<FactSymbol, int> factIndices = Indices(ruleSet.Facts.Select(f => f.Symbol));
    private readonly Dictionary<ParameterSymbol, int> parameterIndices = Indices(ruleSet.Parameters);
    private readonly Dictionary<ConclusionSymbol, int> conclusionIndices = Indices(ruleSet.Conclusions);

    /// <summary>
    /// Reads through the evaluation the lambdas take: <c>e.Quantity(0)</c>, <c>e.Parameter(1)</c>, <c>e.Conclusion(2)</c>,
    /// <c>e.Today()</c>; comparisons too (<c>e.Compare(R.Comparator.AtLeast, …)</c>), and lists with each member as
    /// <paramref name="text"/> writes it (<c>e.AnyOf(2, R.Logic.Or(e.Member(…, "placed_on_market"), …))</c>), so that
    /// the trace holds each condition as evaluated.
    /// </summary>
    private Reads ThroughEvaluation(string text) => new(
        (method, fact) => Code.Call(Evaluation, method, Code.Int(fact)),
        parameter => Code.Call(Evaluation, ParameterMethod(ruleSet.Parameters[parameter]), Code.Int(parameter)),
        conclusion => Code.Call(Evaluation, "Conclusion", Code.Int(conclusion)),
        Code.Call(Evaluation, "Today"),
        arguments => Code.Call(Evaluation, "Compare", arguments),
        (start, period) => Code.Call(Evaluation, "EndOfPeriod", start, period),
        // As the drafter wrote it, on one line: a condition may go on over several.
        span => string.Join(' ', text.Substring(span.Start, span.Length).Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));

    /// <summary><c>static (R.Evaluation e) => (R.Truth)(…)</c>: the expression, written in <paramref name="text"/>, as the lambda the runtime evaluates.</summary>
    public ParenthesizedLambdaExpressionSyntax Lambda(BoundExpression expression, string returns, string text) =>
        ParenthesizedLambdaExpression()
            .WithModifiers(TokenList(Token(SyntaxKind.StaticKeyword)))
            .WithParameterList(ParameterList(SingletonSeparatedList(Parameter(Evaluation.Identifier).WithType(Code.Runtime("Evaluation")))))
            .WithExpressionBody(Typed(expression, returns, ThroughEvaluation(text)));

    /// <summary><c>(R.Truth)(…)</c>: the expression as a value of the runtime type named, its names read as <paramref name="reads"/> says.</summary>
    public CastExpressionSyntax Typed(BoundExpression expression, string returns, Reads reads) =>
        CastExpression(Code.Runtime(returns), ParenthesizedExpression(Emit(expression, reads)));

    private ExpressionSyntax Emit(BoundExpression expression, Reads reads) => expression switch
    {
        BoundNumber number => Number(number),
        BoundYesNo yesNo => Code.Member(Code.Runtime("Truth"), yesNo.Value ? "Yes" : "No"),
        BoundDate date => Code.New(Code.Runtime("DateValue"), Code.Date(date.Value), Code.Bool(true)),
        BoundDuration duration => Period(duration),
        BoundToday => reads.Today,
        BoundExtremeDate extreme => Code.Call(Code.Runtime("Dates"), extreme.Earliest ? "Earliest" : "Latest", [.. extreme.Dates.Select(d => Emit(d, reads))]),
        BoundSet set => Code.Call(Code.Runtime("SetValue"), "Of", Code.Array(Code.StringType, set.Values.Select(Code.String))),
        BoundFactReference fact => reads.Fact(Method(fact.Fact), FactIndex(fact.Fact)),
        BoundParameterReference parameter => reads.Parameter(ParameterIndex(parameter.Parameter)),
        BoundConclusionReference conclusion => reads.Conclusion(ConclusionIndex(conclusion.Conclusion)),
        BoundLogical logical => Code.Call(Code.Runtime("Logic"), logical.Operator == LogicalOperator.And ? "And" : "Or", Emit(logical.Left, reads), Emit(logical.Right, reads)),
        BoundNot not => Code.Call(Code.Runtime("Logic"), "Not", Emit(not.Operand, reads)),
        BoundComparison comparison => Comparison(comparison, reads),
        BoundArithmetic { Type: DateType, Operator: ArithmeticOperator.Add } end when reads.EndOfPeriod is { } endOf =>
            endOf(Emit(end.Left, reads), Emit(end.Right, reads)),
        BoundArithmetic arithmetic => ParenthesizedExpression(BinaryExpression(Operator(arithmetic.Operator), Emit(arithmetic.Left, reads), Emit(arithmetic.Right, reads))),
        BoundContains contains => Code.Call(Emit(contains.Set, reads), "Contains", Code.String(contains.Value)),
        BoundConditionList list => List(list, reads),
        BoundCount count => reads.Written is { } written
            ? Code.Call(Evaluation, "CountOf", Emit(count.Set, reads), Code.String(written(count.Set.Span)))
            : Code.Member(Emit(count.Set, reads), "Count"),
        // A product read as the quantity the law measures is the same number: the unit changes, not the value.
        BoundConversion conversion => Emit(conversion.Operand, reads),
        _ => throw new InvalidOperationException($"a {expression.GetType().Name} cannot be compiled: the checker should have reported it"),
    };

    /// <summary><c>R.Period.Of(2, R.PeriodUnit.Weeks)</c>.</summary>
    public static InvocationExpressionSyntax Period(BoundDuration duration) =>
        Code.Call(Code.Runtime("Period"), "Of", Code.Int(duration.Length), Code.Member(Code.Runtime("PeriodUnit"), duration.Unit.ToString()));

    /// <summary>The evaluation's method that reads a parameter of this type in force.</summary>
    public static string ParameterMethod(ParameterSymbol parameter) => parameter.Type switch
    {
        DateType => "DateParameter",
        DurationType => "PeriodParameter",
        _ => "Parameter",
    };

    /// <summary>The runtime type a parameter's value is read as.</summary>
    public static string ParameterType(ParameterSymbol parameter) => parameter.Type switch
    {
        DateType => "DateValue",
        DurationType => "Period",
        _ => "Quantity",
    };

    public int FactIndex(FactSymbol fact) => IndexOf(factIndices, fact);

    public int ParameterIndex(ParameterSymbol parameter) => IndexOf(parameterIndices, parameter);

    public int ConclusionIndex(ConclusionSymbol conclusion) => IndexOf(conclusionIndices, conclusion);

    /// <summary>The runtime's name of a fact's kind, as the evaluation's and <c>Facts</c>' methods that read it are named.</summary>
    public static string Method(FactSymbol fact) => fact.Type switch
    {
        QuantityType => "Quantity",
        YesNoType => "YesNo",
        DateType => "Date",
        _ => "Set",
    };

    /// <summary>The number written, exactly; null when beyond what a quantity holds (38 significant digits, 10^309).</summary>
    public static Quantity? Value(BoundNumber number) =>
        Quantity.TryOf(number.Significand, number.Exponent, out var value) ? value : null;

    /// <summary>
    /// <c>R.Quantity.Of(982L, 22)</c>: the number written, digit for digit (its significand and power of ten, as the
    /// syntax holds them), never a double; numbers out of range are reported before anything is generated.
    /// </summary>
    public static InvocationExpressionSyntax Number(BoundNumber number)
    {
        var value = Value(number) ?? throw new InvalidOperationException("numbers out of range are reported before emitting");
        var significand = value.Significand;
        ExpressionSyntax[] digits = significand >= long.MinValue && significand <= long.MaxValue
            ? [Code.Long((long)significand)]
            : [Code.Long((long)(significand >> 64)), Code.ULong((ulong)significand)];
        return Code.Call(Code.Runtime("Quantity"), "Of", [.. digits, Code.Int(value.Exponent)]);
    }

    private static int IndexOf<T>(Dictionary<T, int> indices, T item)
        where T : class =>
        indices.TryGetValue(item, out var index) ? index : throw new InvalidOperationException("a bound reference to a symbol the rule set does not hold");

    private static Dictionary<T, int> Indices<T>(IEnumerable<T> items)
        where T : class
    {
        var indices = new Dictionary<T, int>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            indices.Add(item, indices.Count);
        }

        return indices;
    }

    /// <summary>A comparison: through the evaluation when it traces (<see cref="Reads.Compare"/>), else by the runtime type's own operator.</summary>
    private InvocationExpressionSyntax Comparison(BoundComparison comparison, Reads reads)
    {
        var method = comparison.Operator switch
        {
            ComparisonOperator.GreaterThan => "GreaterThan",
            ComparisonOperator.AtLeast => "AtLeast",
            ComparisonOperator.LessThan => "LessThan",
            ComparisonOperator.AtMost => "AtMost",
            _ => "EqualTo",
        };
        var (left, right) = (Emit(comparison.Left, reads), Emit(comparison.Right, reads));
        if (reads.Compare is { } compare)
        {
            var unit = comparison.Left.Type is QuantityType quantity ? [Code.String(quantity.Unit.ToString())] : Array.Empty<ExpressionSyntax>();
            return compare([Code.Member(Code.Runtime("Comparator"), method), left, right, .. unit]);
        }

        var type = comparison.Left.Type switch
        {
            QuantityType => "Quantity",
            DateType => "DateValue",
            YesNoType => "Logic",
            _ => "SetValue",
        };
        return Code.Call(Code.Runtime(type), method, left, right);
    }

    /// <summary>
    /// A list as the <c>and</c> or <c>or</c> it decides as, every member evaluated as those are; when it traces, each
    /// member kept as written and the list with what it came to (<see cref="Reads.Written"/>).
    /// </summary>
    private ExpressionSyntax List(BoundConditionList list, Reads reads)
    {
        var method = list.All ? "And" : "Or";
        var members = list.Conditions.Select(member => reads.Written is { } written
            ? Code.Call(Evaluation, "Member", Emit(member, reads), Code.String(written(member.Span)))
            : Emit(member, reads)).ToList();
        var joined = members.Skip(1).Aggregate(members[0], (left, right) => Code.Call(Code.Runtime("Logic"), method, left, right));
        return reads.Written is null
            ? joined
            : Code.Call(Evaluation, list.All ? "AllOf" : "AnyOf", Code.Int(list.Conditions.Length), joined);
    }

    private static SyntaxKind Operator(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => SyntaxKind.AddExpression,
        ArithmeticOperator.Subtract => SyntaxKind.SubtractExpression,
        _ => SyntaxKind.MultiplyExpression,
    };
}

/// <summary>
/// How emitted code reads a fact (by the method of its kind and its index), a parameter, a conclusion and the date it
/// is as of, and, when it keeps a trace, how it makes a comparison (given the comparator, both operands and, for
/// quantities, their unit), how it counts a period forward (given its start and the period), so that the trace can
/// say when the period's end moved off a weekend, and how the rules write what a list operation takes (given its span).
/// </summary>
internal sealed record Reads(
    Func<string, int, ExpressionSyntax> Fact,
    Func<int, ExpressionSyntax> Parameter,
    Func<int, ExpressionSyntax> Conclusion,
    ExpressionSyntax Today,
    Func<ExpressionSyntax[], InvocationExpressionSyntax>? Compare = null,
    Func<ExpressionSyntax, ExpressionSyntax, InvocationExpressionSyntax>? EndOfPeriod = null,
    Func<Language.Syntax.TextSpan, string>? Written = null);
