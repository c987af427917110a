using System.Collections.Frozen;
using System.Collections.Immutable;
using RulesDsl.Corpus.Languages;
using RulesDsl.Language.Syntax;
using Sprache;
using static RulesDsl.Language.Parsing.Tokens;

namespace RulesDsl.Language.Parsing;

/// <summary>
/// The grammar of docs/language.md in Sprache, one parser per declaration keyword, each reading one declaration (the
/// parser splits the file at declaration keywords). A declaration is a line with its keyword, then its clauses in
/// order, one a line. One grammar per way of writing numbers, as the header's language decides.
/// </summary>
internal sealed class RulesGrammar
{
    private const int MaxDepth = 100;

    private const string TooDeep = "an expression nested at most 100 levels deep";

    private static readonly Parser<Name> AnyName = Name("a name");

    public static readonly Parser<(Name Value, TextSpan Span)> RulesLine =
        from keyword in Keyword("rules")
        from title in Quoted("a title in double quotes")
        from end in LineEnd
        from done in EndOfDeclaration
        select (title, TextSpan.FromBounds(keyword.Start, end));

    public static readonly Parser<(Name Value, TextSpan Span)> ActLine =
        from keyword in Keyword("act")
        from act in ActName
        from end in LineEnd
        from done in EndOfDeclaration
        select (act, TextSpan.FromBounds(keyword.Start, end));

    public static readonly Parser<(Name Value, TextSpan Span)> LanguageLine =
        from keyword in Keyword("language")
        from code in Name("a language code")
        from end in LineEnd
        from done in EndOfDeclaration
        select (code, TextSpan.FromBounds(keyword.Start, end));

    /// <summary>What may come before the header: blank and comment lines only.</summary>
    public static readonly Parser<int> Preamble =
        from blank in BlankLines
        from done in EndOfDeclaration.Named("'rules'")
        select done;

    private static readonly Parser<TypeSyntax> Type =
        SimpleType("count", TypeKind.Count)
            .XOr(SimpleType("tokens", TypeKind.Tokens))
            .XOr(SimpleType("FLOP", TypeKind.Flop))
            .XOr(SimpleType("EUR", TypeKind.Eur))
            .XOr(SimpleType("date", TypeKind.Date))
            .XOr(from yes in Keyword("yes")
                 from slash in Symbol("/")
                 from no in Keyword("no")
                 select new TypeSyntax(TypeKind.YesNo, null, TextSpan.FromBounds(yes.Start, no.End)))
            .XOr(from setOf in Keyword("set")
                 from of in Keyword("of")
                 from enumeration in AnyName
                 select new TypeSyntax(TypeKind.SetOf, enumeration, TextSpan.FromBounds(setOf.Start, enumeration.Span.End)))
            .Named("a type");

    private static readonly Parser<Name> Unit =
        KeywordName("FLOP").XOr(KeywordName("tokens")).XOr(KeywordName("EUR")).XOr(KeywordName("count"));

    private static readonly Parser<ImmutableArray<Name>> NameList =
        from first in AnyName
        from rest in (from comma in Symbol(",") from name in AnyName select name).XMany()
        select ImmutableArray.CreateRange([first, .. rest]);


    private static readonly Parser<ImmutableArray<CitationSyntax>> CitationList =
        from first in Citation
        from rest in (from semicolon in Symbol(";") from citation in Citation select citation).XMany()
        select ImmutableArray.CreateRange([first, .. rest]);

    private static readonly Parser<Clause<ImmutableArray<CitationSyntax>>> Cites = Clause("cites", CitationList);

    private static readonly Parser<TermSyntax> Term =
        Anchor.XOr(Quoted("a term").Select(term => new TermSyntax(null, term.Text, TextSpan.FromBounds(term.Span.Start - 1, term.Span.End + 1))))
            .Named("an anchor (^name) or a term in double quotes");

    private static readonly Parser<(Name Name, TypeSyntax Type)> TypedName =
        from name in AnyName
        from colon in Symbol(":")
        from type in Type
        select (name, type);

    private static readonly Parser<Declaration> Enum =
        from head in Clause("enum", AnyName)
        from values in Clause("values", NameList)
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'cites'", cites.IsDefined)))
        select (Declaration)new EnumDeclaration(head.Value, values.Value, CitesOf(cites), Span(head, values.End, EndOf(cites)));

    private static readonly Parser<Declaration> Fact =
        from head in Clause("fact", TypedName)
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'cites'", cites.IsDefined)))
        select (Declaration)new FactDeclaration(head.Value.Name, head.Value.Type, CitesOf(cites), Span(head, EndOf(cites)));

    private static readonly Parser<Declaration> Conclusion =
        from head in Clause("conclusion", AnyName)
        from means in Clause("means", Term).XOptional()
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'means'", means.IsDefined), ("'cites'", cites.IsDefined)))
        select (Declaration)new ConclusionDeclaration(head.Value, means.IsDefined ? means.Get().Value : null, CitesOf(cites), Span(head, EndOf(means), EndOf(cites)));

    // 'applies from DATE citing …' or 'applies to CONCLUSION', in any order; a date with no 'citing' is the binder's to report.
    private static readonly Parser<Clause<object>> Applies =
        Clause("applies",
            (from keyword in Keyword("from")
             from date in Date
             from citing in (from word in Keyword("citing") from list in CitationList select list).XOptional()
             select (object)new AppliesFromSyntax(date, citing.GetOrElse([]),
                 TextSpan.FromBounds(keyword.Start, citing.IsDefined ? citing.Get()[^1].Span.End : date.Span.End)))
            .XOr(from keyword in Keyword("to")
                 from scope in AnyName
                 select (object)scope)
            .Named("'from DATE' or 'to CONCLUSION'"));

    private static readonly Parser<Declaration> Verdict =
        from head in Clause("verdict", AnyName)
        from applies in Applies.XMany()
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'applies'", false), ("'cites'", cites.IsDefined)))
        select (Declaration)new VerdictDeclaration(
            head.Value,
            [.. applies.Select(a => a.Value).OfType<AppliesFromSyntax>()],
            [.. applies.Select(a => a.Value).OfType<Name>()],
            CitesOf(cites),
            Span(head, applies.Select(a => a.End).DefaultIfEmpty().Max(), EndOf(cites)));

    // Static parsers are built in the order they are declared, so the grammars that use them come after them.
    // One grammar per way of writing numbers, not per language: most languages share one.
    private static readonly FrozenDictionary<NumberStyle, RulesGrammar> ByNumberStyle =
        ReaderLanguage.All.Select(r => r.Numbers).Distinct().ToFrozenDictionary(style => style, style => new RulesGrammar(style));

    /// <summary>The grammar of a file in the language with this code, which writes numbers as its readers do; a file
    /// without a known language writes them as English does.</summary>
    public static RulesGrammar ForLanguage(string? code) => ByNumberStyle[ReaderLanguage.Of(code).Numbers];

    private readonly FrozenDictionary<string, Parser<Declaration>> declarations;

    private RulesGrammar(NumberStyle numbers)
    {
        Parser<Expression> condition = null!;
        var nested = Deferred(() => condition, TooDeep);

        var number =
            from literal in Number(numbers)
            from unit in Unit.XOptional()
            select unit.IsDefined
                ? literal with { Unit = unit.Get(), Span = TextSpan.FromBounds(literal.Span.Start, unit.Get().Span.End) }
                : literal;
        var parenthesized =
            from open in Symbol("(")
            from inner in nested
            from close in Symbol(")")
            select (Expression)new ParenthesizedExpression(inner, TextSpan.FromBounds(open.Start, close.End));
        var set =
            from open in Symbol("{")
            from values in NameList.XOptional()
            from close in Symbol("}")
            select (Expression)new SetLiteral(values.GetOrElse([]), TextSpan.FromBounds(open.Start, close.End));
        var word =
            Keyword("yes").Select(span => (Expression)new BooleanLiteral(true, span))
                .XOr(Keyword("no").Select(span => (Expression)new BooleanLiteral(false, span)))
                .XOr(AnyName.Select(name => (Expression)new NameExpression(name)))
                .Named("a value");

        var date = Date.Select(literal => (Expression)literal);
        var numeric = number.Select(literal => (Expression)literal);

        // The first character decides what a value is, so a failure names only what that character starts.
        Parser<Expression> primary = input => input.AtEnd ? word(input) : input.Current switch
        {
            '(' => parenthesized(input),
            '{' => set(input),
            _ when IsDateShaped(input.Source, input.Position, ((SliceInput)input).End) => date(input),
            _ when char.IsAsciiDigit(input.Current) => numeric(input),
            _ => word(input),
        };

        var converted =
            from operand in primary
            from type in (from keyword in Keyword("as") from type in Type select type).XOptional()
            select type.IsDefined
                ? new ConversionExpression(operand, type.Get(), TextSpan.FromBounds(operand.Span.Start, type.Get().Span.End))
                : operand;
        var product = Chain(converted, Symbol("×").XOr(Symbol("*")).Return(BinaryOperator.Multiply));
        var sum = Chain(product, Symbol("+").Return(BinaryOperator.Add).XOr(Symbol("-").Return(BinaryOperator.Subtract)));

        var comparisonOperator =
            (from greater in Keyword("greater") from than in Keyword("than") select BinaryOperator.GreaterThan)
            .XOr(from less in Keyword("less") from than in Keyword("than") select BinaryOperator.LessThan)
            .XOr(from at in Keyword("at")
                 from bound in Keyword("least").Return(BinaryOperator.AtLeast).XOr(Keyword("most").Return(BinaryOperator.AtMost))
                 select bound)
            .XOr(Keyword("is").Return(BinaryOperator.Equals))
            .XOr(Symbol(">=").Return(BinaryOperator.AtLeast))
            .XOr(Symbol(">").Return(BinaryOperator.GreaterThan))
            .XOr(Symbol("<=").Return(BinaryOperator.AtMost))
            .XOr(Symbol("<").Return(BinaryOperator.LessThan))
            .XOr(Symbol("=").Return(BinaryOperator.Equals));
        var comparisonRest =
            (from op in comparisonOperator
             from right in sum
             select (Func<Expression, Expression>)(left => new BinaryExpression(left, op, right, TextSpan.FromBounds(left.Span.Start, right.Span.End))))
            .XOr(from contains in Keyword("contains")
                 from element in AnyName
                 select (Func<Expression, Expression>)(left => new ContainsExpression(left, element, TextSpan.FromBounds(left.Span.Start, element.Span.End))));
        var comparison =
            from left in sum
            from rest in comparisonRest.XOptional()
            select rest.IsDefined ? rest.Get()(left) : left;

        Parser<Expression> negation = null!;
        negation =
            (from keyword in Keyword("not")
             from operand in Deferred(() => negation, TooDeep)
             select (Expression)new NotExpression(operand, TextSpan.FromBounds(keyword.Start, operand.Span.End)))
            .XOr(comparison);
        var conjunction = Chain(negation, Keyword("and").Return(BinaryOperator.And));
        condition = Chain(conjunction, Keyword("or").Return(BinaryOperator.Or));

        var value = Bounded(sum);
        var when = Bounded(condition.Named("a condition"));

        declarations = new Dictionary<string, Parser<Declaration>>
        {
            ["enum"] = Enum,
            ["fact"] = Fact,
            ["parameter"] = Parameter(value),
            ["derive"] = Derivation("derive", value),
            ["estimate"] = Derivation("estimate", value),
            ["conclusion"] = Conclusion,
            ["rule"] = Rule("rule", "concludes", when),
            ["presumption"] = Rule("presumption", "presumes", when),
            ["verdict"] = Verdict,
            ["example"] = Example(value),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The parser of the declaration a keyword starts, or null for a header keyword.</summary>
    public Parser<Declaration>? Declaration(string keyword) => declarations.GetValueOrDefault(keyword);

    private static Parser<Declaration> Parameter(Parser<Expression> value) =>
        from head in Clause("parameter", TypedName)
        from values in Clause("value",
                from amount in value
                from keyword in Keyword("from")
                from date in Date
                select (amount, date))
            .XMany()
        from cites in Cites.XOptional()
        // Another value line may always come, until the cites line.
        from end in EndOfDeclaration.OrExpected(Absent(("'value'", false), ("'cites'", cites.IsDefined)))
        select (Declaration)new ParameterDeclaration(
            head.Value.Name,
            head.Value.Type,
            [.. values.Select(line => new ParameterValueSyntax(line.Value.amount, line.Value.date.Value, TextSpan.FromBounds(line.Keyword.Start, line.End)))],
            CitesOf(cites),
            Span(head, values.Select(line => line.End).DefaultIfEmpty().Max(), EndOf(cites)));

    private static Parser<Declaration> Derivation(string keyword, Parser<Expression> value) =>
        from head in Clause(keyword, AnyName)
        from derivation in Clause("from", value)
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'cites'", cites.IsDefined)))
        select (Declaration)new DerivationDeclaration(head.Value, keyword == "estimate", derivation.Value, CitesOf(cites), Span(head, derivation.End, EndOf(cites)));

    private static Parser<Declaration> Rule(string keyword, string decides, Parser<Expression> condition) =>
        from head in Clause(keyword, AnyName)
        from conclusion in Clause(decides,
            from negated in Keyword("not").XOptional()
            from name in AnyName
            select (Not: negated.IsDefined, Name: name))
        from when in Clause("when", condition)
        from unless in Clause("unless", condition).XOptional()
        from exception in Clause("exception", from to in Keyword("to") from rule in AnyName select rule).XOptional()
        from cites in Cites.XOptional()
        from end in EndOfDeclaration
            .OrExpected(Absent(("'unless'", unless.IsDefined), ("'exception to'", exception.IsDefined), ("'cites'", cites.IsDefined)))
        select (Declaration)new RuleDeclaration(
            head.Value,
            keyword == "presumption",
            conclusion.Value.Name,
            conclusion.Value.Not,
            when.Value,
            unless.IsDefined ? unless.Get().Value : null,
            exception.IsDefined ? exception.Get().Value : null,
            CitesOf(cites),
            Span(head, when.End, EndOf(unless), EndOf(exception), EndOf(cites)));

    private static Parser<Declaration> Example(Parser<Expression> value) =>
        from head in Clause("example", Quoted("a title in double quotes"))
        from givens in Clause("given",
                from fact in AnyName
                from equalSign in Symbol("=")
                from given in value
                select (fact, given))
            .XMany()
        from asOf in Clause("as", from of in Keyword("of") from date in Date select date).XOptional()
        from expect in Clause("expect",
                from conclusion in AnyName
                from equalSign in Symbol("=")
                from expected in Keyword("yes").Return(ExpectedValue.Yes)
                    .XOr(Keyword("no").Return(ExpectedValue.No))
                    .XOr(Keyword("unknown").Return(ExpectedValue.Unknown))
                    .XOr((from not in Keyword("not") from applicable in Keyword("applicable") select ExpectedValue.NotApplicable).Named("'not applicable'"))
                from decidedBy in (from keyword in Keyword("by") from rule in AnyName select rule).XOptional()
                select (conclusion, expected, rule: decidedBy.GetOrDefault()))
            .OrExpected(["'given'", "'as of'"])
        from end in EndOfDeclaration
        select (Declaration)new ExampleDeclaration(
            head.Value,
            [.. givens.Select(line => new Given(line.Value.fact, line.Value.given, TextSpan.FromBounds(line.Keyword.Start, line.End)))],
            expect.Value.conclusion,
            expect.Value.expected,
            expect.Value.rule,
            Span(head, expect.End))
        {
            AsOf = asOf.IsDefined ? asOf.Get().Value : null,
        };

    private static Parser<TypeSyntax> SimpleType(string word, TypeKind kind) =>
        Keyword(word).Select(span => new TypeSyntax(kind, null, span));

    private static Parser<Clause<T>> Clause<T>(string keyword, Parser<T> body) =>
        from start in Keyword(keyword)
        from value in body
        from end in LineEnd
        select new Clause<T>(start, value, end);

    /// <summary>Operands joined by a left-associative operator, read in a loop so that a long chain needs no deep stack.</summary>
    private static Parser<Expression> Chain(Parser<Expression> operand, Parser<BinaryOperator> op) =>
        from first in operand
        from rest in (from o in op from right in operand select (Operator: o, Right: right)).XMany()
        select rest.Aggregate(first, (left, next) =>
            new BinaryExpression(left, next.Operator, next.Right, TextSpan.FromBounds(left.Span.Start, next.Right.Span.End)));

    /// <summary>An expression no deeper than <see cref="MaxDepth"/>, so that whatever walks the tree later has the stack for it.</summary>
    private static Parser<Expression> Bounded(Parser<Expression> expression) => input =>
    {
        var result = expression(input);
        return result.WasSuccessful && !WithinDepth(result.Value, MaxDepth) ? Failure<Expression>(input, TooDeep) : result;
    };

    private static bool WithinDepth(Expression expression, int budget) => budget > 0 && expression switch
    {
        BinaryExpression binary => WithinDepth(binary.Left, budget - 1) && WithinDepth(binary.Right, budget - 1),
        NotExpression not => WithinDepth(not.Operand, budget - 1),
        ContainsExpression contains => WithinDepth(contains.Set, budget - 1),
        ConversionExpression conversion => WithinDepth(conversion.Operand, budget - 1),
        ParenthesizedExpression parenthesized => WithinDepth(parenthesized.Inner, budget - 1),
        _ => true,
    };

    /// <summary>The optional clauses after the last one present: what could still come where the declaration ended.</summary>
    private static string[] Absent(params (string Keyword, bool Present)[] optional) =>
        [.. optional.Reverse().TakeWhile(clause => !clause.Present).Reverse().Select(clause => clause.Keyword)];

    private static ImmutableArray<CitationSyntax> CitesOf(IOption<Clause<ImmutableArray<CitationSyntax>>> cites) =>
        cites.IsDefined ? cites.Get().Value : [];

    private static int EndOf<T>(IOption<Clause<T>> clause) => clause.IsDefined ? clause.Get().End : 0;

    private static TextSpan Span<T>(Clause<T> head, params int[] ends) => TextSpan.FromBounds(head.Keyword.Start, Math.Max(head.End, ends.Max()));
}

/// <summary>One line of a declaration: its keyword, what it says, and where its content ends.</summary>
internal sealed record Clause<T>(TextSpan Keyword, T Value, int End);
