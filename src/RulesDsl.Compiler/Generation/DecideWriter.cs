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
/// a local function that evaluates its rules' conditions and exceptions, then weighs them as the evaluation does, in
/// code written for those rules. What the evaluation keeps of each condition is worked out here, once: the missing
/// facts only where a rule is found unknown, and whether a condition rests on an estimate only where the rules make
/// that possible. Missing facts are bits of a <c>ulong</c>; in a rule set of more than 64 facts, words of bits made at
/// the first fact missing (<c>R.FactWords</c>). Names of the rules text appear only as string literals; identifiers are
/// indices.
/// </summary>
internal sealed class DecideWriter(BoundRuleSet set, ExpressionEmitter emitter, Func<BoundExpression, SyntaxTrivia> lineOf)
{
    /// <summary>The most facts whose missing ones fit in the bits of a <c>ulong</c>.</summary>
    public const int Bits = 64;

    private static readonly SyntaxTrivia Hidden = Trivia(LineDirectiveTrivia(Token(SyntaxKind.HiddenKeyword), true));

    // The most conditions joined in one expression.
    private const int Joined = 16;

    private readonly List<FactSymbol> facts = [.. set.Facts.Select(f => f.Symbol)];

    // By conclusion, its rules with their indices in the rule set; by rule name, the exceptions to it of each conclusion.
    private readonly ILookup<ConclusionSymbol, (BoundRule Rule, int Index)> rulesOf =
        set.Rules.Select((rule, index) => (Rule: rule, Index: index)).ToLookup<(BoundRule Rule, int Index), ConclusionSymbol>(r => r.Rule.Conclusion, ReferenceEqualityComparer.Instance);

    private readonly Dictionary<int, bool> estimable = [];

    private readonly Dictionary<int, bool> leaking = [];

    private readonly Dictionary<int, bool> touching = [];

    // How a fact given is read in the typed facts' Decide, by index; null in the Decide over R.Facts, which reads it by name.
    private Func<int, ExpressionSyntax>? slot;

    // How many places read each fact and conclusion: one read once per classification needs no memo.
    private Dictionary<int, int> factReads = [];
    private Dictionary<int, int> conclusionReads = [];

    /// <summary>Whether missing facts are more than the bits of a <c>ulong</c> hold.</summary>
    private bool Wide => facts.Count > Bits;

    public MethodDeclarationSyntax Write()
    {
        var used = UsedFacts();
        var expressions = Conditions().Concat(used.SelectMany(f => set.Facts[f].Fallbacks).Select(d => d.From)).ToList();
        var parameters = Referenced<BoundParameterReference>(expressions).Select(p => emitter.ParameterIndex(p.Parameter)).Distinct().Order();
        factReads = Referenced<BoundFactReference>(expressions).GroupBy(r => emitter.FactIndex(r.Fact)).ToDictionary(g => g.Key, g => g.Count());
        conclusionReads = Referenced<BoundConclusionReference>(expressions)
            .GroupBy(r => emitter.ConclusionIndex(r.Conclusion)).ToDictionary(g => g.Key, g => g.Count());
        var conclusions = conclusionReads.Keys.Where(c => !ReadOnce(c)).Order().ToList();
        var memos = used.Where(f => !ReadOnce(facts[f])).ToList();

        var state = memos.SelectMany(f => new[]
            {
                Statement($"var fact{f} = default({Type(facts[f])});"),
                Statement($"var factRead{f} = false;"),
            })
            .Concat(conclusions.SelectMany(c => new[]
            {
                Statement($"var conclusion{c} = default(R.Decided);"),
                Statement($"var decided{c} = false;"),
            }))
            .Concat(set.Conclusions.Select((_, c) => c).Any(Touches) ? [Statement("var estimated = false;")] : [])
            .Append(ReturnStatement(SwitchExpression(IdentifierName("conclusion"), SeparatedList(
                set.Conclusions.Select((_, c) => SwitchExpressionArm(ConstantPattern(Code.Int(c)), ParseExpression($"Decide{c}({Ref(Touches(c))})")))
                    .Append(SwitchExpressionArm(DiscardPattern(), Code.Null))))));
        var functions = set.Conclusions.Select((_, c) => Decide(c))
            .Concat(conclusions.Select(Conclusion))
            .Concat(memos.Select(Fact))
            .Concat(used.Where(f => !set.Facts[f].Fallbacks.IsEmpty).Select(Obtain))
            .Concat(parameters.Select(Parameter));

        return MethodDeclaration(NullableType(Code.Runtime("Decided")), "Decide")
            .WithModifiers(TokenList(Token(SyntaxKind.ProtectedKeyword), Token(SyntaxKind.OverrideKeyword)))
            .WithParameterList(ParseParameterList("(int conclusion, R.Facts facts, global::System.DateOnly asOf)"))
            .WithBody(Block(state.Concat(functions)));
    }

    /// <summary>
    /// The same decisions over the typed facts (<see cref="TypedFactsWriter"/>), each fact given read from its slot by
    /// <paramref name="read"/>: <c>DecideTyped</c>; null when the rule set has too many facts for a bit each.
    /// </summary>
    public MethodDeclarationSyntax? WriteTyped(Func<int, ExpressionSyntax> read)
    {
        slot = read;
        var method = Write();
        slot = null;
        return method?.WithIdentifier(Identifier("DecideTyped"))
            .WithParameterList(ParseParameterList("(int conclusion, Facts facts, global::System.DateOnly asOf)"));
    }

    /// <summary>
    /// A conclusion's rules in file order, each condition then its exception, then weighed as the evaluation weighs them:
    /// a rule an applying exception overrides is passed over, the first rule that applies decides unless an exception to
    /// another rule applies later, and with none deciding an unknown condition leaves the conclusion unknown.
    /// </summary>
    private LocalFunctionStatementSyntax Decide(int conclusion)
    {
        var rules = rulesOf[set.Conclusions[conclusion]].ToList();
        var exceptionsTo = rules.Where(r => r.Rule.ExceptionTo is not null).ToLookup(r => r.Rule.ExceptionTo!, StringComparer.Ordinal);
        var body = Locals(rules.SelectMany(r => r.Rule.Unless is { } unless ? new[] { r.Rule.When, unless } : [r.Rule.When])).ToList();
        foreach (var (rule, r) in rules)
        {
            // What a condition rests on reaches whoever read the conclusion first, as the evaluation's frames pass it on.
            var estimated = MayEstimate(rule.When);
            if (estimated)
            {
                body.Add(Statement($"var estimated{r} = false;"));
            }

            body.AddRange(Evaluate($"when{r}", rule.When, "Truth", estimated ? $"estimated{r}" : null));
            if (estimated)
            {
                body.Add(Statement($"touched |= estimated{r};"));
            }

            if (rule.Unless is { } unless)
            {
                body.AddRange(Evaluate($"unless{r}", unless, "Truth", MayEstimate(unless) ? "touched" : null));
            }
        }

        var exceptions = rules.Any(r => r.Rule.ExceptionTo is not null);
        body.Add(Statement("var rule = -1;"));
        body.Add(Statement("var outcome = R.Truth.Unknown;"));
        body.Add(Statement("var how = R.How.None;"));
        body.Add(Statement("var unknown = false;"));
        body.Add(Statement(Wide ? "ulong[]? missing = null;" : "var missing = 0UL;"));
        if (exceptions)
        {
            body.Add(Statement("var exception = false;"));
        }

        var rebuttable = rules.Any(r => r.Rule.Unless is not null);
        if (rebuttable)
        {
            body.Add(Statement("var rebutted = false;"));
        }

        foreach (var (rule, r) in rules)
        {
            if (rule.Unless is not null)
            {
                body.Add(Statement($"rebutted |= when{r} == R.Truth.Yes && unless{r} == R.Truth.Yes;"));
            }

            var decides = Block(new[]
                {
                    Statement($"rule = {r};"),
                    Statement($"outcome = R.Truth.{(rule.Value ? "Yes" : "No")};"),
                    Statement($"how = R.How.Of(R.Way.{(rule.IsPresumption ? "Presumed" : "Met")});"),
                }
                .Concat(exceptions ? [Statement($"exception = {Bool(rule.ExceptionTo is not null)};")] : [])
                .Concat(ConclusionsIn(rule.When).Select(c => Statement($"if (conclusion{c}.Outcome == R.Truth.Yes) {{ how = how.WithMarksOf(conclusion{c}.How); }}")))
                .Concat(MayEstimate(rule.When) ? [Statement($"if (estimated{r}) {{ how = how.Then(R.Way.Estimated); }}")] : []));
            var undecided = Block(new[] { Statement("unknown = true;") }.Concat(Lacks(rule.When)));
            var standing = rule.Unless is null ? "" : $" && unless{r} != R.Truth.Yes";
            var first = rule.ExceptionTo is null ? "rule < 0" : "(rule < 0 || !exception)";
            StatementSyntax weigh = IfStatement(ParseExpression($"when{r} == R.Truth.Yes{standing} && {first}"), decides,
                ElseClause(IfStatement(ParseExpression($"when{r} == R.Truth.Unknown{standing}"), undecided)));
            var overriders = exceptionsTo[rule.Name].Select(o => $"({Applies(o.Rule, o.Index)})").ToList();
            body.AddRange(overriders.Count == 0 ? [weigh] : [.. Any($"overridden{r}", overriders, out var overridden), IfStatement(ParseExpression($"!({overridden})"), Block(weigh))]);
        }

        // A "no" rests on every rule's condition, so one that read an estimate marks it, as the evaluation does.
        var noHow = rebuttable ? "(rebutted ? R.How.Of(R.Way.Rebutted) : R.How.None)" : "R.How.None";
        var estimates = rules.Where(r => MayEstimate(r.Rule.When)).Select(r => $"estimated{r.Index}").ToList();
        if (estimates.Count > 0)
        {
            body.AddRange(Any("anyEstimated", estimates, out var anyEstimated));
            noHow = $"({anyEstimated} ? {noHow}.Then(R.Way.Estimated) : {noHow})";
        }

        var no = $"new R.Decided(R.Truth.No, -1, {noHow}, 0UL)";
        // Missing facts in words (Wide) make the same call the words' constructor.
        body.Add(Statement($"return rule >= 0 ? new R.Decided(outcome, rule, how, 0UL) : unknown ? new R.Decided(R.Truth.Unknown, -1, R.How.None, missing) : {no};"));
        return Inlined(Function("R.Decided", $"Decide{conclusion}", Touches(conclusion) ? "ref bool touched" : "", body));
    }

    /// <summary>
    /// Whether any of the conditions holds, as an expression: the conditions joined by <c>||</c>, or where
    /// they are more than <see cref="Joined"/>, a local of that name or-ed with one condition a statement, so that a rule
    /// with thousands of exceptions makes no expression thousands deep (Roslyn's walk of one overflows the stack).
    /// </summary>
    private static IEnumerable<StatementSyntax> Any(string name, List<string> conditions, out string any)
    {
        if (conditions.Count <= Joined)
        {
            any = string.Join(" || ", conditions);
            return [];
        }

        any = name;
        return conditions.Select(condition => Statement($"{name} |= {condition};")).Prepend(Statement($"var {name} = false;"));
    }

    /// <summary>
    /// What a condition found unknown lacks: the facts it read that are missing and what the conclusions it read lack,
    /// added to <c>missing</c> as bits of a <c>ulong</c>, or in a rule set of more than 64 facts, to its words.
    /// </summary>
    private IEnumerable<StatementSyntax> Lacks(BoundExpression condition)
    {
        if (Wide)
        {
            var words = ((facts.Count + Bits - 1) / Bits).ToString(CultureInfo.InvariantCulture);
            return FactsIn(condition).Select(f => Statement($"if ({Unknown(f)}) {{ R.FactWords.Add(ref missing, {words}, {f}); }}"))
                .Concat(ConclusionsIn(condition).Select(c => Statement($"R.FactWords.Add(ref missing, conclusion{c}.MissingWords);")));
        }

        var lacks = string.Join(" | ", FactsIn(condition).Select(f => $"({Unknown(f)} ? {Bit(f)} : 0UL)")
            .Concat(ConclusionsIn(condition).Select(c => $"conclusion{c}.Missing")));
        return lacks.Length == 0 ? [] : [Statement($"missing |= {lacks};")];
    }

    /// <summary>A conclusion read by a condition: decided once, what its conditions rest on passed to its first reader.</summary>
    private LocalFunctionStatementSyntax Conclusion(int conclusion)
    {
        var touches = Touches(conclusion);
        return Function("R.Truth", $"Conclusion{conclusion}", touches ? "ref bool estimated" : "",
        [
            Statement($"if (!decided{conclusion}) {{ decided{conclusion} = true; conclusion{conclusion} = Decide{conclusion}({Ref(touches)}); }}"),
            Statement($"return conclusion{conclusion}.Outcome;"),
        ]);
    }

    /// <summary>A fact read in more than one place: read once; an estimate its derivations touched reaches the first reader.</summary>
    private LocalFunctionStatementSyntax Fact(int fact)
    {
        var leaks = Leaks(fact);
        return Function(Type(facts[fact]), $"Fact{fact}", leaks ? "ref bool estimated" : "",
        [
            IfStatement(ParseExpression($"!factRead{fact}"), Block(
                Statement($"factRead{fact} = true;"),
                ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName($"fact{fact}"), Read(fact, "estimated"))))),
            Statement($"return fact{fact};"),
        ]);
    }

    /// <summary>A fact as given, else by its derivations in the order tried.</summary>
    private ExpressionSyntax Read(int fact, string? estimated) => set.Facts[fact].Fallbacks.IsEmpty
        ? Given(fact)
        : ParseExpression(Leaks(fact) ? $"Obtain{fact}(ref {estimated})" : $"Obtain{fact}()");

    /// <summary>A fact as given: from its slot in the typed facts, else from <c>R.Facts</c> by name.</summary>
    private ExpressionSyntax Given(int fact) =>
        slot?.Invoke(fact) ?? Code.Call(IdentifierName("facts"), ExpressionEmitter.Method(facts[fact]), Code.String(facts[fact].Name));

    /// <summary>A fact not given, derived or estimated; what its derivations touch passed to the reader.</summary>
    private LocalFunctionStatementSyntax Obtain(int fact)
    {
        var derivations = set.Facts[fact].Fallbacks;
        var body = Locals(derivations.Select(d => d.From)).ToList();
        body.Add(LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(
            VariableDeclarator("given").WithInitializer(EqualsValueClause(Given(fact)))))));
        body.Add(Statement("if (given.IsKnown) { return given; }"));
        body.Add(Statement("var bound = R.Quantity.Unknown;"));
        foreach (var (derivation, d) in derivations.Select((d, i) => (d, i)))
        {
            body.AddRange(Evaluate($"derived{d}", derivation.From, "Quantity", MayEstimate(derivation.From) ? "estimated" : null));
            var value = $"derived{d}{(derivation.IsEstimate ? ".AsEstimate()" : "")}";
            body.Add(Statement($"if (R.Quantity.Settles({value}, ref bound)) {{ return {value}; }}"));
        }

        body.Add(Statement("return bound;"));
        return Inlined(Function("R.Quantity", $"Obtain{fact}", Leaks(fact) ? "ref bool estimated" : "", body));
    }

    /// <summary>The locals of the facts and conclusions these conditions alone read, each assigned where it is read.</summary>
    private IEnumerable<StatementSyntax> Locals(IEnumerable<BoundExpression> conditions)
    {
        var read = conditions.ToList();
        return read.SelectMany(FactsIn).Distinct().Where(f => ReadOnce(facts[f])).Select(f => Statement($"var fact{f} = default({Type(facts[f])});"))
            .Concat(read.SelectMany(ConclusionsIn).Distinct().Where(ReadOnce).Select(c => Statement($"var conclusion{c} = default(R.Decided);")));
    }

    private bool ReadOnce(FactSymbol fact) => factReads[emitter.FactIndex(fact)] == 1;

    private bool ReadOnce(int conclusion) => conclusionReads[conclusion] == 1;

    /// <summary>
    /// The value in force on the day: the last value written whose date has come, unknown when its last day has passed,
    /// as the runtime's InForce looks.
    /// </summary>
    private LocalFunctionStatementSyntax Parameter(int parameter)
    {
        var symbol = set.Parameters[parameter];
        var type = "R." + ExpressionEmitter.ParameterType(symbol);
        var unknown = ParseExpression($"default({type})");
        // Built from the first value out, so that the last value written is the first tested.
        var value = unknown;
        foreach (var dated in symbol.Values)
        {
            var day = ParseExpression($"asOf.DayNumber >= {dated.From.DayNumber.ToString(CultureInfo.InvariantCulture)}")
                .WithTrailingTrivia(Space, Comment($"/* {dated.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} */"));
            ExpressionSyntax held = dated.Value switch
            {
                BoundDate date => Code.New(Code.Runtime("DateValue"), Code.Date(date.Value), Code.Bool(true)),
                BoundDuration duration => ExpressionEmitter.Period(duration),
                _ => ExpressionEmitter.Number((BoundNumber)dated.Value),
            };
            if (dated.Until is { } until)
            {
                var last = ParseExpression($"asOf.DayNumber <= {until.DayNumber.ToString(CultureInfo.InvariantCulture)}")
                    .WithTrailingTrivia(Space, Comment($"/* {until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} */"));
                held = ParenthesizedExpression(ConditionalExpression(last, held, unknown));
            }

            value = ConditionalExpression(day, held, value);
        }

        return Function(type, $"Parameter{parameter}", "", [ReturnStatement(value)]);
    }

    /// <summary>
    /// <c>var name = (R.T)(…);</c> mapped by <c>#line</c> to the rules line that writes it; when the condition may rest
    /// on an estimate, <paramref name="estimated"/> is told so, by the readers it passes it to and by the values it read.
    /// </summary>
    private IEnumerable<StatementSyntax> Evaluate(string name, BoundExpression expression, string type, string? estimated)
    {
        var reads = new Reads(
            (method, fact) => ReadOnce(facts[fact])
                ? ParenthesizedExpression(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName($"fact{fact}"), Read(fact, estimated)))
                : ParseExpression(estimated is not null && Leaks(fact) ? $"Fact{fact}(ref {estimated})" : $"Fact{fact}()"),
            parameter => ParseExpression($"Parameter{parameter}()"),
            conclusion => ParseExpression(ReadOnce(conclusion)
                ? $"(conclusion{conclusion} = Decide{conclusion}({(Touches(conclusion) ? $"ref {estimated}" : "")})).Outcome"
                : estimated is not null && Touches(conclusion) ? $"Conclusion{conclusion}(ref {estimated})" : $"Conclusion{conclusion}()"),
            ParseExpression("new R.DateValue(asOf, true)"));
        yield return LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(
                VariableDeclarator(name).WithInitializer(EqualsValueClause(emitter.Typed(expression, type, reads))))))
            .WithLeadingTrivia(lineOf(expression));
        var rests = FactsIn(expression).Where(Estimable).Select(f => $"fact{f}.IsEstimated")
            .Concat(ConclusionsIn(expression).Where(Touches).Select(c => $"conclusion{c}.How.Contains(R.Way.Estimated)"))
            .ToList();
        if (estimated is not null && rests.Count > 0)
        {
            yield return Statement($"{estimated} |= {string.Join(" || ", rests)};");
        }
    }

    /// <summary>Whether a fact's value may be an estimate: one of its derivations is, or reads one.</summary>
    private bool Estimable(int fact) => Memo(estimable, fact, () =>
        set.Facts[fact].Fallbacks.Any(d => d.IsEstimate || FactsIn(d.From).Any(f => Estimable(f) || Leaks(f))));

    /// <summary>Whether trying a fact's derivations may touch an estimate even when what it gives is none.</summary>
    private bool Leaks(int fact) => Memo(leaking, fact, () =>
        set.Facts[fact].Fallbacks.Any(d => MayEstimate(d.From)));

    /// <summary>Whether some condition of a conclusion's rules may rest on an estimate.</summary>
    private bool Touches(int conclusion) => Memo(touching, conclusion, () =>
        rulesOf[set.Conclusions[conclusion]].Any(r => MayEstimate(r.Rule.When) || (r.Rule.Unless is { } unless && MayEstimate(unless))));

    private bool MayEstimate(BoundExpression expression) =>
        FactsIn(expression).Any(f => Estimable(f) || Leaks(f)) || ConclusionsIn(expression).Any(Touches);

    private static bool Memo(Dictionary<int, bool> known, int key, Func<bool> work)
    {
        if (!known.TryGetValue(key, out var value))
        {
            value = work();
            known[key] = value;
        }

        return value;
    }

    private string Applies(BoundRule rule, int index) =>
        rule.Unless is null ? $"when{index} == R.Truth.Yes" : $"when{index} == R.Truth.Yes && unless{index} != R.Truth.Yes";

    /// <summary>Whether a fact read is missing, as the evaluation finds it.</summary>
    private string Unknown(int fact) => facts[fact].Type is YesNoType ? $"fact{fact} == R.Truth.Unknown" : $"!fact{fact}.IsKnown";

    private static string Bit(int fact) => (1UL << fact).ToString(CultureInfo.InvariantCulture) + "UL";

    private static string Ref(bool passes) => passes ? "ref estimated" : "";

    /// <summary>The facts an expression reads itself, by index, in the order first read.</summary>
    private List<int> FactsIn(BoundExpression expression) =>
        [.. Referenced<BoundFactReference>([expression]).Select(r => emitter.FactIndex(r.Fact)).Distinct()];

    private List<int> ConclusionsIn(BoundExpression expression) =>
        [.. Referenced<BoundConclusionReference>([expression]).Select(r => emitter.ConclusionIndex(r.Conclusion)).Distinct()];

    /// <summary>A local function whose statements after a condition are behind <c>#line hidden</c>, so that only conditions map to the rules.</summary>
    private static LocalFunctionStatementSyntax Function(string returns, string name, string parameters, IEnumerable<StatementSyntax> body)
    {
        var statements = new List<StatementSyntax>();
        var mapped = false;
        foreach (var statement in body)
        {
            var directives = statement.GetLeadingTrivia().Select(t => t.GetStructure()).OfType<LineDirectiveTriviaSyntax>().ToList();
            statements.Add(mapped && directives.Count == 0 ? statement.WithLeadingTrivia(statement.GetLeadingTrivia().Insert(0, Hidden)) : statement);
            mapped = directives.Any(d => !d.Line.IsKind(SyntaxKind.HiddenKeyword));
        }

        return LocalFunctionStatement(ParseTypeName(returns), name)
            .WithParameterList(ParseParameterList($"({parameters})"))
            .WithBody(Block(statements));
    }

    /// <summary>
    /// A function asked to be inlined where it is called: the conclusion's and fact's values then stay in registers, where
    /// a call returns them through memory. Each has at most two callers (the switch or a memo, and one reader), so the
    /// code at most doubles.
    /// </summary>
    private static LocalFunctionStatementSyntax Inlined(LocalFunctionStatementSyntax function) =>
        function.AddAttributeLists(AttributeList(SingletonSeparatedList(
            Attribute(ParseName("global::System.Runtime.CompilerServices.MethodImpl"), ParseAttributeArgumentList(
                "(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)")))));

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
