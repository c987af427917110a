using System.Collections.Immutable;
using System.Numerics;

namespace RulesDsl.Language.Syntax;

/// <summary>A span of a rules file: where a node starts and how many characters it covers.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}

/// <summary>Every node of the syntax tree knows the span of the file it was read from.</summary>
public abstract record SyntaxNode(TextSpan Span);

/// <summary>A name as written, with its span: a fact, parameter, conclusion, rule, enumeration or value.</summary>
public sealed record Name(string Text, TextSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Text;
}

/// <summary>A citation as the drafter wrote it ("Article 51(1), point (a)"), and the sentence it names, if any.</summary>
public sealed record CitationSyntax(string Text, int? Sentence, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>label nl "…"</c>: what a declaration is called in one language, for the readers of that language.</summary>
public sealed record LabelSyntax(Name Language, string Text, TextSpan Span) : SyntaxNode(Span);

/// <summary>The file: its header and its declarations, in order.</summary>
public sealed record RulesFile(string Path, string Text, Header Header, ImmutableArray<Declaration> Declarations) : SyntaxNode(new TextSpan(0, Text.Length))
{
    /// <summary>The files whose declarations this one uses, in the order written.</summary>
    public ImmutableArray<ImportSyntax> Imports { get; init; } = [];

    /// <summary>
    /// The declarations that did not parse (each reported once), by keyword and the name after it when it could be
    /// read: what they declare is known to exist, so using it elsewhere is no second error.
    /// </summary>
    public ImmutableArray<UnparsedDeclaration> Unparsed { get; init; } = [];
}

/// <summary>A declaration with a syntax error: its keyword and, if it could be read, its name.</summary>
public sealed record UnparsedDeclaration(string Keyword, Name? Name, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>rules "TITLE"</c> (or <c>declarations "TITLE"</c>), <c>act NAME</c>, <c>language CODE</c>.</summary>
public sealed record Header(string Title, Name? Act, Name? Language, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>Headed <c>declarations</c>: a file of shared declarations, made to be imported, with no verdict or example.</summary>
    public bool IsDeclarations { get; init; }

    /// <summary>The title in other words per language: the <c>label</c> lines under <c>rules</c>.</summary>
    public ImmutableArray<LabelSyntax> TitleLabels { get; init; } = [];
}

/// <summary><c>import "shared.rules"</c>: a path relative to the importing file's folder, as a name spanning the text inside the quotes.</summary>
public sealed record ImportSyntax(Name File, TextSpan Span) : SyntaxNode(Span);

public enum TypeKind
{
    Count,
    Tokens,
    Flop,
    Eur,
    Date,
    Duration,
    YesNo,
    SetOf,
}

/// <summary>A type as written: <c>FLOP</c>, <c>yes/no</c>, <c>set of modality</c>.</summary>
public sealed record TypeSyntax(TypeKind Kind, Name? Enumeration, TextSpan Span) : SyntaxNode(Span);

/// <summary>Every declaration has a name and cites its sources (examples cite none).</summary>
public abstract record Declaration(Name Name, ImmutableArray<CitationSyntax> Cites, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The keywords of clauses written again that may come once (each reported); the first is the one read.</summary>
    public ImmutableArray<TextSpan> DuplicateClauses { get; init; } = [];

    /// <summary>What the declaration is called per language, for readers: the <c>label</c> lines after its first line.</summary>
    public ImmutableArray<LabelSyntax> Labels { get; init; } = [];

    /// <summary>Every citation the declaration makes: its <c>cites</c> line and any other clause that cites.</summary>
    public virtual IEnumerable<CitationSyntax> AllCites => Cites;
}

public sealed record EnumDeclaration(Name Name, ImmutableArray<Name> Values, ImmutableArray<CitationSyntax> Cites, TextSpan Span)
    : Declaration(Name, Cites, Span)
{
    /// <summary>What each value is called per language: the <c>value NAME label CODE "TEXT"</c> lines, in the order written.</summary>
    public ImmutableArray<ValueLabelSyntax> ValueLabels { get; init; } = [];
}

/// <summary><c>value biological_sequences label nl "biologische sequenties"</c>: what a value of an enumeration is called in one language.</summary>
public sealed record ValueLabelSyntax(Name Value, LabelSyntax Label, TextSpan Span) : SyntaxNode(Span);

public sealed record FactDeclaration(Name Name, TypeSyntax Type, ImmutableArray<CitationSyntax> Cites, TextSpan Span)
    : Declaration(Name, Cites, Span)
{
    /// <summary><c>unread "REASON"</c>: why the fact is declared though no rule reads it (part of the schema a classifier is given).</summary>
    public Name? Unread { get; init; }
}

/// <summary>One dated value of a parameter: <c>value 10^25 FLOP from 2025-08-02</c>, optionally <c>until 2027-12-31</c>.</summary>
public sealed record ParameterValueSyntax(Expression Value, DateOnly From, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The last day the value applies on, when the law limits it.</summary>
    public DateOnly? Until { get; init; }
}

public sealed record ParameterDeclaration(Name Name, TypeSyntax Type, ImmutableArray<ParameterValueSyntax> Values, ImmutableArray<CitationSyntax> Cites, TextSpan Span)
    : Declaration(Name, Cites, Span);

/// <summary><c>derive NAME from EXPR</c> or <c>estimate NAME from EXPR</c>: how to obtain a fact not given.</summary>
public sealed record DerivationDeclaration(Name Name, bool IsEstimate, Expression From, ImmutableArray<CitationSyntax> Cites, TextSpan Span)
    : Declaration(Name, Cites, Span);

/// <summary>A defined term a conclusion means: <c>^capgi</c> (a block anchor) or <c>"systemic risk"</c> (the term as written).</summary>
public sealed record TermSyntax(string? Anchor, string? Term, TextSpan Span) : SyntaxNode(Span);

public sealed record ConclusionDeclaration(Name Name, TermSyntax? Means, ImmutableArray<CitationSyntax> Cites, TextSpan Span)
    : Declaration(Name, Cites, Span);

/// <summary>A rule (<c>concludes</c>) or a rebuttable presumption (<c>presumes</c>) of a conclusion.</summary>
public sealed record RuleDeclaration(
    Name Name,
    bool IsPresumption,
    Name Conclusion,
    bool ConcludesNot,
    Expression When,
    Expression? Unless,
    Name? ExceptionTo,
    ImmutableArray<CitationSyntax> Cites,
    TextSpan Span)
    : Declaration(Name, Cites, Span);

/// <summary>
/// <c>applies from DATE citing CITATION; …</c>: the day the law the rules encode applies from, and the provisions that
/// say so (Article 113 of the AI Act for its chapters).
/// </summary>
public sealed record AppliesFromSyntax(DateLiteral From, ImmutableArray<CitationSyntax> Citing, TextSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>verdict NAME</c>: the conclusion the classifier returns. Its name is the conclusion's. <c>applies from</c> says
/// from when the law it encodes applies; <c>applies to CONCLUSION</c> names the precondition of its scope (a
/// general-purpose AI model, Article 3(63)). Each is written at most once; the binder reports a second.
/// </summary>
public sealed record VerdictDeclaration(
    Name Name,
    ImmutableArray<AppliesFromSyntax> AppliesFrom,
    ImmutableArray<Name> AppliesTo,
    ImmutableArray<CitationSyntax> Cites,
    TextSpan Span)
    : Declaration(Name, Cites, Span)
{
    public override IEnumerable<CitationSyntax> AllCites => AppliesFrom.SelectMany(a => a.Citing).Concat(Cites);
}

/// <summary><c>given NAME = VALUE</c> in an example.</summary>
public sealed record Given(Name Fact, Expression Value, TextSpan Span) : SyntaxNode(Span);

public enum ExpectedValue
{
    Yes,
    No,
    Unknown,

    /// <summary>The law does not apply: before the day it applies from, or outside the scope the verdict names.</summary>
    NotApplicable,
}

/// <summary>An example: facts given, the value a conclusion is expected to take and the rule expected to decide it.</summary>
/// <param name="Name">The example's title, as a name node spanning the quoted text.</param>
public sealed record ExampleDeclaration(Name Name, ImmutableArray<Given> Givens, Name Expected, ExpectedValue Value, Name? By, TextSpan Span)
    : Declaration(Name, [], Span)
{
    /// <summary>The expected value as written: <c>yes</c>, or the file language's word for it (<c>ja</c>); null for a tree built in code.</summary>
    public string? ExpectedWritten { get; init; }

    /// <summary><c>as of DATE</c>: the day the example is classified on, instead of the day <c>rulesdsl test</c> is run for.</summary>
    public DateLiteral? AsOf { get; init; }
}

/// <summary>Expressions of conditions, derivations and values.</summary>
public abstract record Expression(TextSpan Span) : SyntaxNode(Span);

public sealed record NameExpression(Name Name) : Expression(Name.Span);

/// <summary>
/// A number as written (<c>10^25</c>, <c>1e25</c>, <c>10 000</c>), its exact value as significand × 10^exponent, and
/// the unit written after it, if any. The value is normalized (the significand has no trailing zeros; zero is 0 × 10^0),
/// so equal numbers have equal values however they are written. <see cref="Text"/> is the number alone; the span covers
/// the unit too.
/// </summary>
public sealed record NumberLiteral(string Text, BigInteger Significand, int Exponent, Name? Unit, TextSpan Span) : Expression(Span);

public sealed record DateLiteral(DateOnly Value, TextSpan Span) : Expression(Span);

/// <summary><c>today</c>: the date the classification is as of.</summary>
public sealed record TodayExpression(TextSpan Span) : Expression(Span);

/// <summary><c>earliest of a, b, …</c> or <c>latest of a, b, …</c>: one of several dates.</summary>
public sealed record ExtremeDateExpression(bool Earliest, ImmutableArray<Expression> Dates, TextSpan Span) : Expression(Span);

/// <summary><c>count of modalities</c>: how many values a set holds.</summary>
public sealed record CountExpression(Expression Set, TextSpan Span) : Expression(Span);

/// <summary><c>any of a, b, c</c> (<see cref="All"/> false) or <c>all of a, b, c</c>: yes/no conditions joined by or, by and.</summary>
public sealed record ConditionListExpression(bool All, ImmutableArray<Expression> Conditions, TextSpan Span) : Expression(Span);

public sealed record BooleanLiteral(bool Value, TextSpan Span) : Expression(Span)
{
    /// <summary>As written: <c>yes</c>, or the file language's word for it (<c>ja</c>); null for a tree built in code.</summary>
    public string? Written { get; init; }
}

/// <summary><c>{text, image}</c>: values of an enumeration, as given in examples.</summary>
public sealed record SetLiteral(ImmutableArray<Name> Values, TextSpan Span) : Expression(Span);

public enum BinaryOperator
{
    Or,
    And,
    GreaterThan,
    AtLeast,
    LessThan,
    AtMost,
    Equals,
    Add,
    Subtract,
    Multiply,
}

public sealed record BinaryExpression(Expression Left, BinaryOperator Operator, Expression Right, TextSpan Span) : Expression(Span);

public sealed record NotExpression(Expression Operand, TextSpan Span) : Expression(Span);

/// <summary><c>modalities contains image</c>.</summary>
public sealed record ContainsExpression(Expression Set, Name Value, TextSpan Span) : Expression(Span);

/// <summary><c>(6 × parameters × training_tokens) as FLOP</c>: a product read as the quantity the law measures.</summary>
public sealed record ConversionExpression(Expression Operand, TypeSyntax Unit, TextSpan Span) : Expression(Span);

/// <summary><c>( … )</c>, kept so that the formatter prints what was written.</summary>
public sealed record ParenthesizedExpression(Expression Inner, TextSpan Span) : Expression(Span);

/// <summary>What a declaration is called in messages: "fact", "presumption", "estimate".</summary>
public static class DeclarationKinds
{
    public static string Of(Declaration declaration) => declaration switch
    {
        EnumDeclaration => "enumeration",
        FactDeclaration => "fact",
        ParameterDeclaration => "parameter",
        DerivationDeclaration derivation => derivation.IsEstimate ? "estimate" : "derivation",
        ConclusionDeclaration => "conclusion",
        RuleDeclaration rule => rule.IsPresumption ? "presumption" : "rule",
        ExampleDeclaration => "example",
        _ => "verdict",
    };
}
