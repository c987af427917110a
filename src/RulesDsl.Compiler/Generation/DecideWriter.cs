using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesDsl.Language.Binding;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RulesDsl.Compiler.Generation;

/// <summary>
/// The classifier's <c>Decide</c>: the rules as straight-line code for classifying without trace. It does what the
/// runtime's evaluation does, read for read and in the same order, so that a verdict is the same either way: each fact
/// read once into a local (given, else derived, else estimated), parameters as a comparison of dates, each conclusion
/// a local function that evaluates its rules' conditions and exceptions and weighs them with the runtime's
/// <c>Decider</c>. Missing facts are bits of a <c>ulong</c>, so a rule set of more than 64 facts gets no <c>Decide</c>
/// and is evaluated by the runtime. Names of the rules text appear only as string literals; identifiers are indices.
/// </summary>
internal sealed class DecideWriter(BoundRuleSet set, ExpressionEmitter emitter, Func<BoundExpression, SyntaxTrivia> lineOf)
{
    public const int MaxFacts = 64;

    private static readonly SyntaxTrivia Hidden = Trivia(LineDirectiveTrivia(Token(SyntaxKind.HiddenKeyword), true));

    private readonly List<FactSymbol> facts = [.. set.Facts.Select(f => f.Symbol)];

    /// <summary>The override, or null when the rule set has too many facts for a bit each.</summary>
    public MethodDeclarationSyntax? Write()
    {
        if (facts.Count > MaxFacts)
        {
            return null;
        }

        var used = UsedFacts();
        var expressions = Conditions().Concat(used.SelectMany(f => set.Facts[f].Fallbacks).Select(d => d.From)).ToList();
        var parameters = Referenced<BoundParameterReference>(expressions).Select(p => ExpressionEmitter.IndexOf(set.Parameters, p.Parameter)).Distinct().Order();
        var conclusions = Referenced<BoundConclusionReference>(expressions).Select(c => ExpressionEmitter.IndexOf(set.Conclusions, c.Conclusion)).Distinct().Order().ToList();

        var state = used.SelectMany(f => new[]
            {
                Statement($"var fact{f} = default({Type(facts[f])});"),
                Statement($"var factRead{f} = false;"),
            })
            .Concat(conclusions.Select(c => Statement($"R.Decided? conclusion{c} = null;")))
            .Append(Statement("var verdict = default(R.Reads);"))
            .Append(ReturnStatement(SwitchExpression(IdentifierName("conclusion"), SeparatedList(
                set.Conclusions.Select((_, c) => SwitchExpressionArm(ConstantPattern(Code.Int(c)), ParseExpression($"Decide{c}(ref verdict)")))
                    .Append(SwitchExpressionArm(DiscardPattern(), Code.Null))))));
        var functions = set.Conclusions.Select((_, c) => Decide(c))
            .Concat(conclusions.Select(c => (LocalFunctionStatementSyntax)Statement(
                $"R.Truth Conclusion{c}(ref R.Reads reads) => reads.Read(conclusion{c} ??= Decide{c}(ref reads));")))
            .Concat(used.SelectMany(Fact))
            .Concat(parameters.Select(Parameter));

        return MethodDeclaration(NullableType(Code.Runtime("Decided")), "Decide")
            .WithModifiers(TokenList(Token(SyntaxKind.ProtectedKeyword), Token(SyntaxKind.OverrideKeyword)))
            .WithParameterList(ParseParameterList("(int conclusion, R.Facts facts, global::System.DateOnly asOf)"))
            .WithBody(Block(state.Concat(functions)));
    }

    /// <summary>A conclusion's rules in file order, each condition then its exception, each in a frame of its own.</summary>
    private LocalFunctionStatementSyntax Decide(int conclusion)
    {
        var rules = set.Rules.Select((rule, index) => (Rule: rule, Index: index))
            .Where(r => ReferenceEquals(r.Rule.Conclusion, set.Conclusions[conclusion])).ToList();
        var body = new List<StatementSyntax>();
        foreach (var (rule, r) in rules)
        {
            body.AddRange(Evaluate($"read{r}", $"when{r}", rule.When, "Truth"));
            body.AddRange(rule.Unless is { } unless
                ? Evaluate($"exception{r}", $"unless{r}", unless, "Truth")
                : [Statement($"var unless{r} = R.Truth.No;")]);
        }

        body.Add(Statement("var decider = new R.Decider();"));
        foreach (var (rule, r) in rules)
        {
            var exceptions = rules.Where(o => o.Rule.ExceptionTo == rule.Name).Select(o => $"R.Decider.Applies(when{o.Index}, unless{o.Index})").ToList();
            var overridden = exceptions.Count == 0 ? "false" : string.Join(" || ", exceptions);
            body.Add(Statement($"decider.Weigh({r}, {Bool(rule.Value)}, {Bool(rule.Kind == RuleKind.Presumption)}, " +
                $"{Bool(rule.ExceptionTo is not null)}, {overridden}, when{r}, unless{r}, read{r});"));
        }

        body.Add(Statement("return decider.Decision;"));
        return Function("R.Decided", $"Decide{conclusion}", "ref R.Reads reads", body);
    }

    /// <summary>A fact's reader: read once (with its derivations, in the order tried), then counted where each read is.</summary>
    private IEnumerable<LocalFunctionStatementSyntax> Fact(int fact)
    {
        var derivations = set.Facts[fact].Fallbacks;
        var given = Code.Call(IdentifierName("facts"), ExpressionEmitter.Method(facts[fact]), Code.String(facts[fact].Name));
        yield return Function(Type(facts[fact]), $"Fact{fact}", "ref R.Reads reads",
        [
            IfStatement(ParseExpression($"!factRead{fact}"), Block(
                Statement($"factRead{fact} = true;"),
                ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName($"fact{fact}"),
                    derivations.IsEmpty ? given : ParseExpression($"Obtain{fact}(ref reads)"))))),
            Statement($"return reads.Read(fact{fact}, {fact});"),
        ]);
        if (derivations.IsEmpty)
        {
            yield break;
        }

        var body = new List<StatementSyntax>
        {
            LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(
                VariableDeclarator("given").WithInitializer(EqualsValueClause(given))))),
            Statement("if (given.IsKnown) { return given; }"),
        };
        foreach (var (derivation, d) in derivations.Select((d, i) => (d, i)))
        {
            body.AddRange(Evaluate("from", $"derived{d}", derivation.From, "Quantity", declared: d > 0));
            body.Add(Statement($"if (derived{d}.IsKnown) {{ return derived{d}{(derivation.IsEstimate ? ".AsEstimate()" : "")}; }}"));
        }

        body.Add(Statement("return R.Quantity.Unknown;"));
        yield return Function("R.Quantity", $"Obtain{fact}", "ref R.Reads reads", body);
    }

    /// <summary>The value in force on the day: the last value written whose date has come, as the runtime's InForce looks.</summary>
    private LocalFunctionStatementSyntax Parameter(int parameter)
    {
        // Built from the first value out, so that the last value written is the first tested.
        ExpressionSyntax value = ParseExpression("R.Quantity.Unknown");
        foreach (var dated in set.Parameters[parameter].Values)
        {
            var day = ParseExpression($"asOf.DayNumber >= {dated.From.DayNumber.ToString(CultureInfo.InvariantCulture)}")
                .WithTrailingTrivia(Space, Comment($"/* {dated.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} */"));
            value = ConditionalExpression(day, Code.Call(Code.Runtime("Quantity"), "Of", ExpressionEmitter.Number((BoundNumber)dated.Value)), value);
        }

        return Function("R.Quantity", $"Parameter{parameter}", "", [ReturnStatement(value)]);
    }

    /// <summary>
    /// <c>var frame = default(R.Reads); var name = (R.T)(…); reads.Within(frame);</c>: a condition read in a frame of its
    /// own, mapped by <c>#line</c> to the rules line that writes it; the estimates it touches count in the caller's frame.
    /// </summary>
    private IEnumerable<StatementSyntax> Evaluate(string frame, string name, BoundExpression expression, string type, bool declared = false)
    {
        var reads = new Reads(
            (method, fact) => ParseExpression($"Fact{fact}(ref {frame})"),
            parameter => ParseExpression($"Parameter{parameter}()"),
            conclusion => ParseExpression($"Conclusion{conclusion}(ref {frame})"));
        yield return Statement(declared ? $"{frame} = default(R.Reads);" : $"var {frame} = default(R.Reads);");
        yield return LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(
                VariableDeclarator(name).WithInitializer(EqualsValueClause(emitter.Typed(expression, type, reads))))))
            .WithLeadingTrivia(lineOf(expression));
        yield return Statement($"reads.Within({frame});").WithLeadingTrivia(Hidden);
    }

    private static LocalFunctionStatementSyntax Function(string returns, string name, string parameters, IEnumerable<StatementSyntax> body) =>
        LocalFunctionStatement(ParseTypeName(returns), name)
            .WithParameterList(ParseParameterList($"({parameters})"))
            .WithBody(Block(body));

    /// <summary>A statement of generated names and numbers only, never of rules text.</summary>
    private static StatementSyntax Statement(string code) => ParseStatement(code);

    /// <summary>The runtime type a fact's value is read as.</summary>
    private static string Type(FactSymbol fact) => fact.Type switch
    {
        QuantityType => "R.Quantity",
        YesNoType => "R.Truth",
        DateType => "R.DateValue",
        _ => "R.SetValue",
    };

    private static string Bool(bool value) => value ? "true" : "false";

    private IEnumerable<BoundExpression> Conditions() =>
        set.Rules.SelectMany(r => r.Unless is { } unless ? new[] { r.When, unless } : [r.When]);

    /// <summary>The facts the rules read, and those their derivations read, by index.</summary>
    private List<int> UsedFacts()
    {
        var used = new SortedSet<int>();
        var pending = new Queue<BoundExpression>(Conditions());
        while (pending.TryDequeue(out var expression))
        {
            foreach (var reference in Referenced<BoundFactReference>([expression]))
            {
                var fact = emitter.FactIndex(reference.Fact);
                if (used.Add(fact))
                {
                    foreach (var derivation in set.Facts[fact].Fallbacks)
                    {
                        pending.Enqueue(derivation.From);
                    }
                }
            }
        }

        return [.. used];
    }

    private static IEnumerable<T> Referenced<T>(IEnumerable<BoundExpression> expressions) =>
        expressions.SelectMany(e => e.SelfAndDescendants()).OfType<T>();
}
