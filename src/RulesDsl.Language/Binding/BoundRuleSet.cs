using System.Collections.Immutable;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>What binding a rules file gave: the bound rule set and every mistake found.</summary>
/// <param name="RuleSet">Complete when there is no error; otherwise it holds what could be bound.</param>
/// <param name="Diagnostics">In the order of their positions in the file.</param>
public sealed record BindResult(BoundRuleSet RuleSet, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// A rules file with its names resolved and its expressions typed: what the compiler generates a classifier from.
/// Every part keeps its syntax, for the citations it carries and the positions of its messages. Declarations are in
/// file order; a name declared twice is bound once, as first declared.
/// </summary>
public sealed record BoundRuleSet(
    RulesFile Syntax,
    ImmutableArray<EnumerationSymbol> Enumerations,
    ImmutableArray<BoundFact> Facts,
    ImmutableArray<ParameterSymbol> Parameters,
    ImmutableArray<ConclusionSymbol> Conclusions,
    ImmutableArray<BoundRule> Rules,
    BoundVerdict? Verdict,
    ImmutableArray<BoundExample> Examples)
{
    /// <summary>Every file imported, directly or through another, whose declarations the rule set holds beside the file's own.</summary>
    public ImmutableArray<RulesFile> Imported { get; init; } = [];

    /// <summary>The file a declaration of the rule set is written in: the file itself or one it imports.</summary>
    public RulesFile FileOf(Declaration declaration) =>
        Imported.FirstOrDefault(file => file.Declarations.Contains(declaration, ReferenceEqualityComparer.Instance)) ?? Syntax;
}

/// <summary>A file's <c>import</c> line and the rule set of the file it names, bound on its own.</summary>
public sealed record ImportedRules(ImportSyntax Site, BoundRuleSet RuleSet);

public sealed record EnumerationSymbol(string Name, ImmutableArray<string> Values, EnumDeclaration Syntax);

/// <summary>What the classifier is given, as expressions refer to it.</summary>
public sealed record FactSymbol(string Name, BoundType Type, FactDeclaration Syntax);

/// <summary>A fact and how to obtain it when it is not given.</summary>
/// <param name="Fallbacks">In the order to try them after the given value: the derivation, then the estimate.</param>
public sealed record BoundFact(FactSymbol Symbol, ImmutableArray<BoundDerivation> Fallbacks);

/// <summary><c>derive</c> or <c>estimate</c>: an expression whose type is the fact's.</summary>
public sealed record BoundDerivation(FactSymbol Fact, bool IsEstimate, BoundExpression From, DerivationDeclaration Syntax);

/// <summary>One value of a parameter and the date it applies from.</summary>
public sealed record BoundParameterValue(BoundLiteral Value, DateOnly From)
{
    /// <summary>The last day the value applies on, when the law limits it.</summary>
    public DateOnly? Until { get; init; }
}

/// <param name="Values">Sorted by date: each value applies until the next one's date.</param>
public sealed record ParameterSymbol(string Name, BoundType Type, ImmutableArray<BoundParameterValue> Values, ParameterDeclaration Syntax);

/// <param name="Means">The defined term of the corpus the conclusion stands for, if it names one.</param>
public sealed record ConclusionSymbol(string Name, TermSyntax? Means, ConclusionDeclaration Syntax);

/// <summary>A rule or presumption: when <see cref="When"/> holds and <see cref="Unless"/> is not established, the
/// conclusion takes <see cref="Value"/>.</summary>
/// <param name="IsPresumption">Declared <c>presumption</c> (rebuttable) rather than <c>rule</c>.</param>
/// <param name="Value">True for <c>concludes X</c>, false for <c>concludes not X</c>.</param>
/// <param name="ExceptionTo">The name of the rule this one takes priority over, if any.</param>
public sealed record BoundRule(
    string Name,
    bool IsPresumption,
    ConclusionSymbol Conclusion,
    bool Value,
    BoundExpression When,
    BoundExpression? Unless,
    string? ExceptionTo,
    RuleDeclaration Syntax);

/// <param name="AppliesFrom">The day the law the rules encode applies from (with the provisions saying so, in the syntax); null when the file does not say.</param>
/// <param name="Scope">The precondition the law applies to (a general-purpose AI model), if the verdict names one.</param>
public sealed record BoundVerdict(ConclusionSymbol Conclusion, AppliesFromSyntax? AppliesFrom, ConclusionSymbol? Scope, VerdictDeclaration Syntax);

/// <summary>A fact an example gives and its value, of the fact's type.</summary>
public sealed record BoundGiven(FactSymbol Fact, BoundLiteral Value, Given Syntax);

/// <param name="By">The rule expected to decide, if the example names one.</param>
public sealed record BoundExample(
    string Title,
    ImmutableArray<BoundGiven> Givens,
    ConclusionSymbol Expected,
    ExpectedValue Value,
    BoundRule? By,
    ExampleDeclaration Syntax);
