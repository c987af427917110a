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

    public static readonly Parser<(Name Value, TextSpan Span, ImmutableArray<LabelSyntax> Labels)> RulesLine =
        from keyword in Keyword("rules")
        from title in Quoted("a title in double quotes")
        from end in LineEnd
        from labels in Labels
        from done in EndOfDeclaration
        select (title, TextSpan.FromBounds(keyword.Start, labels.IsEmpty ? end : labels[^1].Span.End), labels);

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

    private static readonly Parser<Clause<ImmutableArray<CitationSyntax>>> Cites =
        Clause("cites",
            from first in Citation
            from rest in (from semicolon in Symbol(";") from citation in Citation select citation).XMany()
            select ImmutableArray.CreateRange([first, .. rest]));

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
        from labels in Labels
        from values in Clause("values", NameList)
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'cites'", cites.IsDefined)))
        select (Declaration)new EnumDeclaration(head.Value, values.Value, CitesOf(cites), Span(head, values.End, EndOf(cites))) { Labels = labels };

    private static readonly Parser<Declaration> Fact =
        from head in Clause("fact", TypedName)
        from labels in Labels
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'cites'", cites.IsDefined)))
        select (Declaration)new FactDeclaration(head.Value.Name, head.Value.Type, CitesOf(cites), Span(head, LabelsEnd(labels), EndOf(cites))) { Labels = labels };

    private static readonly Parser<Declaration> Conclusion =
        from head in Clause("conclusion", AnyName)
        from labels in Labels
        from means in Clause("means", Term).XOptional()
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'means'", means.IsDefined), ("'cites'", cites.IsDefined)))
        select (Declaration)new ConclusionDeclaration(head.Value, means.IsDefined ? means.Get().Value : null, CitesOf(cites), Span(head, LabelsEnd(labels), EndOf(means), EndOf(cites)))
        {
            Labels = labels,
        };

    private static readonly Parser<Declaration> Verdict =
        from head in Clause("verdict", AnyName)
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'cites'", cites.IsDefined)))
        select (Declaration)new VerdictDeclaration(head.Value, CitesOf(cites), Span(head, EndOf(cites)));

    // Static parsers are built in the order they are declared, so the grammars that use them come after them.
    // One grammar per way of writing numbers and of saying yes and no, not per language: most languages share one.
    private static readonly FrozenDictionary<Dialect, RulesGrammar> ByDialect =
        ReaderLanguage.All.Select(Dialect.Of).Distinct().ToFrozenDictionary(dialect => dialect, dialect => new RulesGrammar(dialect));

    /// <summary>The grammar of a file in the language with this code, which writes numbers as its readers do and may
    /// say yes and no in their words; a file without a known language writes as English does.</summary>
    public static RulesGrammar ForLanguage(string? code) => ByDialect[Dialect.Of(ReaderLanguage.Of(code))];

    private readonly FrozenDictionary<string, Parser<Declaration>> declarations;

    private RulesGrammar(Dialect dialect)
    {
        var numbers = dialect.Numbers;
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
            Word(dialect.Yes).Select(written => (Expression)new BooleanLiteral(true, written.Span) { Written = written.Text })
                .XOr(Word(dialect.No).Select(written => (Expression)new BooleanLiteral(false, written.Span) { Written = written.Text }))
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
            ["example"] = Example(value, dialect),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The parser of the declaration a keyword starts, or null for a header keyword.</summary>
    public Parser<Declaration>? Declaration(string keyword) => declarations.GetValueOrDefault(keyword);

    private static Parser<Declaration> Parameter(Parser<Expression> value) =>
        from head in Clause("parameter", TypedName)
        from labels in Labels
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
            Span(head, LabelsEnd(labels), values.Select(line => line.End).DefaultIfEmpty().Max(), EndOf(cites)))
        {
            Labels = labels,
        };

    private static Parser<Declaration> Derivation(string keyword, Parser<Expression> value) =>
        from head in Clause(keyword, AnyName)
        from derivation in Clause("from", value)
        from cites in Cites.XOptional()
        from end in EndOfDeclaration.OrExpected(Absent(("'cites'", cites.IsDefined)))
        select (Declaration)new DerivationDeclaration(head.Value, keyword == "estimate", derivation.Value, CitesOf(cites), Span(head, derivation.End, EndOf(cites)));

    private static Parser<Declaration> Rule(string keyword, string decides, Parser<Expression> condition) =>
        from head in Clause(keyword, AnyName)
        from labels in Labels
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
            Span(head, when.End, EndOf(unless), EndOf(exception), EndOf(cites)))
        {
            Labels = labels,
        };

    private static Parser<Declaration> Example(Parser<Expression> value, Dialect dialect) =>
        from head in Clause("example", Quoted("a title in double quotes"))
        from givens in Clause("given",
                from fact in AnyName
                from equalSign in Symbol("=")
                from given in value
                select (fact, given))
            .XMany()
        from expect in Clause("expect",
                from conclusion in AnyName
                from equalSign in Symbol("=")
                from expected in Word(dialect.Yes).Select(written => (Value: ExpectedValue.Yes, Written: written.Text))
                    .XOr(Word(dialect.No).Select(written => (Value: ExpectedValue.No, Written: written.Text)))
                    .XOr(Word(dialect.Unknown).Select(written => (Value: ExpectedValue.Unknown, Written: written.Text)))
                from decidedBy in (from keyword in Keyword("by") from rule in AnyName select rule).XOptional()
                select (conclusion, expected, rule: decidedBy.GetOrDefault()))
            .OrExpected(["'given'"])
        from end in EndOfDeclaration
        select (Declaration)new ExampleDeclaration(
            head.Value,
            [.. givens.Select(line => new Given(line.Value.fact, line.Value.given, TextSpan.FromBounds(line.Keyword.Start, line.End)))],
            expect.Value.conclusion,
            expect.Value.expected.Value,
            expect.Value.rule,
            Span(head, expect.End))
        {
            ExpectedWritten = expect.Value.expected.Written,
        };

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
        _ => true,
    };

    /// <summary>The optional clauses after the last one present: what could still come where the declaration ended.</summary>
    private static string[] Absent(params (string Keyword, bool Present)[] optional) =>
        [.. optional.Reverse().TakeWhile(clause => !clause.Present).Reverse().Select(clause => clause.Keyword)];

    private static ImmutableArray<CitationSyntax> CitesOf(IOption<Clause<ImmutableArray<CitationSyntax>>> cites) =>
        cites.IsDefined ? cites.Get().Value : [];

    private static int EndOf<T>(IOption<Clause<T>> clause) => clause.IsDefined ? clause.Get().End : 0;

    private static int LabelsEnd(ImmutableArray<LabelSyntax> labels) => labels.IsEmpty ? 0 : labels[^1].Span.End;

    private static TextSpan Span<T>(Clause<T> head, params int[] ends) => TextSpan.FromBounds(head.Keyword.Start, Math.Max(head.End, ends.Max()));
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
