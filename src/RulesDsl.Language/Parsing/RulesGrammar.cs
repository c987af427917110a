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

    /// <summary><c>label nl "…"</c> lines, any number: what a declaration is called in each language.</summary>
    private static readonly Parser<ImmutableArray<LabelSyntax>> Labels =
        Clause("label",
                from code in Name("a language code")
                from text in Quoted("a label in double quotes")
                select (code, text))
            .XMany()
            .Select(lines => ImmutableArray.CreateRange(lines.Select(line =>
                new LabelSyntax(line.Value.code, line.Value.text.Text, TextSpan.FromBounds(line.Keyword.Start, line.End)))));

    public static readonly Parser<(Name Value, TextSpan Span, ImmutableArray<LabelSyntax> Labels)> RulesLine = TitleLine("rules");

    /// <summary><c>declarations "TITLE"</c>: the first line of a file of shared declarations.</summary>
    public static readonly Parser<(Name Value, TextSpan Span, ImmutableArray<LabelSyntax> Labels)> DeclarationsLine = TitleLine("declarations");

    public static readonly Parser<ImportSyntax> ImportLine =
        from keyword in Keyword("import")
        from file in Quoted("the path of a rules file in double quotes")
        from end in LineEnd
        from labels in Labels
        from done in EndOfDeclaration
        select new ImportSyntax(file, TextSpan.FromBounds(keyword.Start, end));

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
            .XOr(SimpleType("duration", TypeKind.Duration))
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
        KeywordName("FLOP").XOr(KeywordName("tokens")).XOr(KeywordName("EUR")).XOr(KeywordName("count"))
            .XOr(PeriodUnitName("days", "day")).XOr(PeriodUnitName("weeks", "week"))
            .XOr(PeriodUnitName("months", "month")).XOr(PeriodUnitName("years", "year"));

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

    private static readonly ClauseKind CitesClause = ClauseKind.May("cites", Cites);

    /// <summary><c>label LANG "…"</c>, a clause any declaration may repeat, one per language.</summary>
    private static readonly ClauseKind LabelClause = ClauseKind.Repeated("label", Clause("label",
        from code in Name("a language code")
        from text in Quoted("a label in double quotes")
        select (code, text))) with { Listed = false };

    /// <summary><c>value NAME label CODE "TEXT"</c>, an enumeration's clause, one per value and language.</summary>
    private static readonly ClauseKind ValueLabelClause = ClauseKind.Repeated("value", Clause("value",
        from value in Name("a value of the enumeration")
        from label in Keyword("label")
        from code in Name("a language code")
        from text in Quoted("a label in double quotes")
        select (value, label, code, text)));

    // After its first line, a declaration's clauses come in any order: the keywords say which is which.
    private static readonly Parser<Declaration> Enum =
        from head in Clause("enum", AnyName)
        from clauses in ClauseSet.Of(LabelClause, ClauseKind.Must("values", Clause("values", NameList)), ValueLabelClause, CitesClause)
        select Checked(new EnumDeclaration(head.Value, clauses.One<ImmutableArray<Name>>("values")!.Value, CitesOf(clauses), Span(head, clauses))
        {
            Labels = LabelsOf(clauses),
            ValueLabels = ValueLabelsOf(clauses),
        }, clauses);

    private static readonly Parser<Declaration> Fact =
        from head in Clause("fact", TypedName)
        from clauses in ClauseSet.Of(LabelClause, ClauseKind.May("unread", Clause("unread", Quoted("a reason in double quotes"))), CitesClause)
        select Checked(new FactDeclaration(head.Value.Name, head.Value.Type, CitesOf(clauses), Span(head, clauses)) { Unread = clauses.One<Name>("unread")?.Value, Labels = LabelsOf(clauses) }, clauses);

    private static readonly Parser<Declaration> Conclusion =
        from head in Clause("conclusion", AnyName)
        from clauses in ClauseSet.Of(LabelClause, ClauseKind.May("means", Clause("means", Term)), CitesClause)
        select Checked(new ConclusionDeclaration(head.Value, clauses.One<TermSyntax>("means")?.Value, CitesOf(clauses), Span(head, clauses)) { Labels = LabelsOf(clauses) }, clauses);

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
        from clauses in ClauseSet.Of(ClauseKind.Repeated("applies", Applies), CitesClause)
        select Checked(new VerdictDeclaration(
            head.Value,
            [.. clauses.All<object>("applies").Select(a => a.Value).OfType<AppliesFromSyntax>()],
            [.. clauses.All<object>("applies").Select(a => a.Value).OfType<Name>()],
            CitesOf(clauses),
            Span(head, clauses)), clauses);

    // Static parsers are built in the order they are declared, so the grammars that use them come after them.
    // One grammar per way of writing numbers and of saying yes and no, not per language: most languages share one. Each
    // is built when a file first needs it: a run reads rules in one or two languages, not all of them.
    private static readonly FrozenDictionary<Dialect, Lazy<RulesGrammar>> ByDialect =
        ReaderLanguage.All.Select(Dialect.Of).Distinct().ToFrozenDictionary(dialect => dialect, dialect => new Lazy<RulesGrammar>(() => new RulesGrammar(dialect)));

    /// <summary>The grammar of a file in the language with this code, which writes numbers as its readers do and may
    /// say yes and no in their words; a file without a known language writes as English does.</summary>
    public static RulesGrammar ForLanguage(string? code) => ByDialect[Dialect.Of(ReaderLanguage.Of(code))].Value;

    private readonly FrozenDictionary<string, Parser<Declaration>> declarations;

    private RulesGrammar(Dialect dialect)
    {
        var numbers = dialect.Numbers;
        Parser<Expression> condition = null!;
        Parser<Expression> sum = null!;
        Parser<Expression> negation = null!;
        Parser<Expression> primary = null!;
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
        var dateList =
            from first in Deferred(() => sum, TooDeep)
            from rest in (from comma in Symbol(",") from date in Deferred(() => sum, TooDeep) select date).XMany()
            select ImmutableArray.CreateRange([first, .. rest]);
        var extreme =
            from which in Keyword("earliest").Select(span => (Earliest: true, Span: span)).XOr(Keyword("latest").Select(span => (Earliest: false, Span: span)))
            from of in Keyword("of")
            from dates in dateList
            select (Expression)new ExtremeDateExpression(which.Earliest, dates, TextSpan.FromBounds(which.Span.Start, dates[^1].Span.End));
        // Each condition of "any of a, b" is one that "and" and "or" would join, so "any of a, b and c" ends before "and".
        var conditionList =
            from which in Keyword("any").Select(span => (All: false, Span: span)).XOr(Keyword("all").Select(span => (All: true, Span: span)))
            from of in Keyword("of")
            from first in Deferred(() => negation, TooDeep)
            from rest in (from comma in Symbol(",") from next in Deferred(() => negation, TooDeep) select next).XMany()
            select (Expression)new ConditionListExpression(which.All, [first, .. rest], TextSpan.FromBounds(which.Span.Start, rest.LastOrDefault()?.Span.End ?? first.Span.End));
        var count =
            from keyword in Keyword("count")
            from of in Keyword("of")
            from counted in Deferred(() => primary, TooDeep)
            select (Expression)new CountExpression(counted, TextSpan.FromBounds(keyword.Start, counted.Span.End));
        var word =
            Word(dialect.Yes).Select(written => (Expression)new BooleanLiteral(true, written.Span) { Written = written.Text })
                .XOr(Word(dialect.No).Select(written => (Expression)new BooleanLiteral(false, written.Span) { Written = written.Text }))
                .XOr(Keyword("today").Select(span => (Expression)new TodayExpression(span)))
                .XOr(extreme)
                .XOr(conditionList.Or(count).Or(AnyName.Select(name => (Expression)new NameExpression(name))))
                .Named("a value");

        var date = Date.Select(literal => (Expression)literal);
        var numeric = number.Select(literal => (Expression)literal);

        // The first character decides what a value is, so a failure names only what that character starts.
        primary = input => input.AtEnd ? word(input) : input.Current switch
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
        sum = Chain(product, Symbol("+").Return(BinaryOperator.Add).XOr(Symbol("-").Return(BinaryOperator.Subtract)));

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
            ["example"] = Example(value, dialect),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The parser of the declaration a keyword starts, or null for a header keyword.</summary>
    public Parser<Declaration>? Declaration(string keyword) => declarations.GetValueOrDefault(keyword);

    private static Parser<Declaration> Parameter(Parser<Expression> value) =>
        from head in Clause("parameter", TypedName)
        from clauses in ClauseSet.Of(
            LabelClause,
            ClauseKind.Repeated("value", Clause("value",
                from amount in value
                from keyword in Keyword("from")
                from date in Date
                from until in (from word in Keyword("until") from last in Date select last).XOptional()
                select new ParameterValueSyntax(amount, date.Value, TextSpan.FromBounds(amount.Span.Start, (until.GetOrDefault() ?? date).Span.End))
                {
                    Until = until.GetOrDefault()?.Value,
                })),
            CitesClause)
        select Checked(new ParameterDeclaration(
            head.Value.Name,
            head.Value.Type,
            [.. clauses.All<ParameterValueSyntax>("value").Select(line => line.Value with { Span = TextSpan.FromBounds(line.Keyword.Start, line.End) })],
            CitesOf(clauses),
            Span(head, clauses)) { Labels = LabelsOf(clauses) }, clauses);

    private static Parser<Declaration> Derivation(string keyword, Parser<Expression> value) =>
        from head in Clause(keyword, AnyName)
        from clauses in ClauseSet.Of(ClauseKind.Must("from", Clause("from", Continued(value))), CitesClause)
        select Checked(new DerivationDeclaration(head.Value, keyword == "estimate", clauses.One<Expression>("from")!.Value, CitesOf(clauses), Span(head, clauses)), clauses);

    private static Parser<Declaration> Rule(string keyword, string decides, Parser<Expression> condition) =>
        from head in Clause(keyword, AnyName)
        from clauses in ClauseSet.Of(
            LabelClause,
            ClauseKind.Must(decides, Clause(decides,
                from negated in Keyword("not").XOptional()
                from name in AnyName
                select new Decides(negated.IsDefined, name))),
            ClauseKind.Must("when", Clause("when", Continued(condition))),
            ClauseKind.May("unless", Clause("unless", Continued(condition))),
            ClauseKind.May("exception", Clause("exception", from to in Keyword("to") from rule in AnyName select rule), "'exception to'"),
            CitesClause)
        let conclusion = clauses.One<Decides>(decides)!.Value
        select Checked(new RuleDeclaration(
            head.Value,
            keyword == "presumption",
            conclusion.Name,
            conclusion.Not,
            clauses.One<Expression>("when")!.Value,
            clauses.One<Expression>("unless")?.Value,
            clauses.One<Name>("exception")?.Value,
            CitesOf(clauses),
            Span(head, clauses)) { Labels = LabelsOf(clauses) }, clauses);

    private static Parser<Declaration> Example(Parser<Expression> value, Dialect dialect) =>
        from head in Clause("example", Quoted("a title in double quotes"))
        from clauses in ClauseSet.Of(
            ClauseKind.Repeated("given", Clause("given",
                from fact in AnyName
                from equalSign in Symbol("=")
                from given in value
                select new Given(fact, given, TextSpan.FromBounds(fact.Span.Start, given.Span.End)))),
            ClauseKind.May("as", Clause("as", from of in Keyword("of") from date in Date select date), "'as of'"),
            ClauseKind.Must("expect", Clause("expect",
                from conclusion in AnyName
                from equalSign in Symbol("=")
                from expected in Word(dialect.Yes).Select(written => (Value: ExpectedValue.Yes, Written: written.Text))
                    .XOr(Word(dialect.No).Select(written => (Value: ExpectedValue.No, Written: written.Text)))
                    .XOr(Word(dialect.Unknown).Select(written => (Value: ExpectedValue.Unknown, Written: written.Text)))
                    .XOr((from not in Keyword("not") from applicable in Keyword("applicable") select (Value: ExpectedValue.NotApplicable, Written: "not applicable")).Named("'not applicable'"))
                from decidedBy in (from keyword in Keyword("by") from rule in AnyName select rule).XOptional()
                select new Expectation(conclusion, expected.Value, decidedBy.GetOrDefault(), expected.Written))))
        let expect = clauses.One<Expectation>("expect")!.Value
        select Checked(new ExampleDeclaration(
            head.Value,
            [.. clauses.All<Given>("given").Select(line => line.Value with { Span = TextSpan.FromBounds(line.Keyword.Start, line.End) })],
            expect.Conclusion,
            expect.Value,
            expect.By,
            Span(head, clauses))
        {
            ExpectedWritten = expect.Written,
            AsOf = clauses.One<DateLiteral>("as")?.Value,
        }, clauses);

    /// <summary>The declaration, with the clauses it repeated that may come once, to be reported.</summary>
    private static Declaration Checked(Declaration declaration, ClauseSet clauses) =>
        clauses.Duplicates.IsEmpty ? declaration : declaration with { DuplicateClauses = clauses.Duplicates };

    private static Parser<(Name Value, TextSpan Span, ImmutableArray<LabelSyntax> Labels)> TitleLine(string keyword) =>
        from start in Keyword(keyword)
        from title in Quoted("a title in double quotes")
        from end in LineEnd
        from labels in Labels
        from done in EndOfDeclaration
        select (title, TextSpan.FromBounds(start.Start, labels.IsEmpty ? end : labels[^1].Span.End), labels);

    private static ImmutableArray<LabelSyntax> LabelsOf(ClauseSet clauses) =>
        [.. clauses.All<(Name Code, Name Text)>("label").Select(line => new LabelSyntax(line.Value.Code, line.Value.Text.Text, TextSpan.FromBounds(line.Keyword.Start, line.End)))];

    private static ImmutableArray<ValueLabelSyntax> ValueLabelsOf(ClauseSet clauses) =>
    [
        .. clauses.All<(Name Value, TextSpan Label, Name Code, Name Text)>("value").Select(line => new ValueLabelSyntax(
            line.Value.Value,
            new LabelSyntax(line.Value.Code, line.Value.Text.Text, TextSpan.FromBounds(line.Value.Label.Start, line.End)),
            TextSpan.FromBounds(line.Keyword.Start, line.End))),
    ];

    /// <summary>A period's unit after a number, singular or plural (<c>1 week</c>, <c>2 weeks</c>), kept as written.</summary>
    private static Parser<Name> PeriodUnitName(string plural, string singular) =>
        KeywordName(plural).XOr(KeywordName(singular));

    /// <summary>A word of the language, or the English keyword it stands for: <c>ja</c> or <c>yes</c> in Dutch.</summary>
    private static Parser<(string Text, TextSpan Span)> Word((string English, string Own) word)
    {
        var english = Keyword(word.English).Select(span => (word.English, span));
        return word.Own == word.English || word.Own.Any(char.IsWhiteSpace)
            ? english
            : english.XOr(Keyword(word.Own).Select(span => (word.Own, span)));
    }

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
        ExtremeDateExpression extreme => extreme.Dates.All(date => WithinDepth(date, budget - 1)),
        ConditionListExpression list => list.Conditions.All(condition => WithinDepth(condition, budget - 1)),
        CountExpression count => WithinDepth(count.Set, budget - 1),
        _ => true,
    };

    private static ImmutableArray<CitationSyntax> CitesOf(ClauseSet clauses) => clauses.One<ImmutableArray<CitationSyntax>>("cites")?.Value ?? [];

    private static TextSpan Span<T>(Clause<T> head, ClauseSet clauses) => TextSpan.FromBounds(head.Keyword.Start, Math.Max(head.End, clauses.End));
}

/// <summary>
/// How a language writes what the grammar reads differently: its numbers, and its words for yes, no and an unknown
/// outcome (from its data file's explanation words, the ones its readers see), each beside the English keyword.
/// </summary>
internal sealed record Dialect(NumberStyle Numbers, (string English, string Own) Yes, (string English, string Own) No, (string English, string Own) Unknown)
{
    public static Dialect Of(ReaderLanguage reader)
    {
        var words = reader.Vocabulary.Words;
        return new Dialect(
            reader.Numbers,
            ("yes", words.GetValueOrDefault("yes") ?? "yes"),
            ("no", words.GetValueOrDefault("no") ?? "no"),
            // An unknown value's word: one word ("onbekend") where the outcome's may be several ("niet vast te stellen").
            ("unknown", words.GetValueOrDefault("unknown value") ?? "unknown"));
    }
}

/// <summary>One line of a declaration: its keyword, what it says, and where its content ends.</summary>
internal sealed record Clause<T>(TextSpan Keyword, T Value, int End);

/// <summary><c>concludes [not] NAME</c> or <c>presumes [not] NAME</c>.</summary>
internal sealed record Decides(bool Not, Name Name);

/// <summary><c>expect NAME = VALUE [by RULE]</c>.</summary>
internal sealed record Expectation(Name Conclusion, ExpectedValue Value, Name? By, string Written);
