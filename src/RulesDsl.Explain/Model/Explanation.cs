using System.Collections.Immutable;
using RulesDsl.Corpus.Text;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Model;

/// <summary>
/// Whether a cited source binds (an article, an annex), only explains how to read them (a recital), or is a criterion
/// an institution takes into account when it decides (Annex XIII for the Commission's designation, Articles 51(1)(b)
/// and 52(4)): binding on the institution, but deciding nothing by itself. The act's <c>criteria.yaml</c> says which.
/// </summary>
public enum Authority
{
    Binding,
    Explanatory,
    Criterion,

    /// <summary>A draft (a proposal, a Parliament position), quoted only where no text was law on the date: not law.</summary>
    Draft,
}

/// <summary>A defined term inside a quote: where it stands in <see cref="Quote.Text"/> and the definition it means.</summary>
public sealed record TermSpan(int Start, int Length, string Definition, string DefinitionHref);

/// <summary>
/// What a cited clause says, quoted in the reader's language, or in another one (marked) when the corpus lacks it.
/// </summary>
/// <param name="Sentences">The sentence numbers quoted, in the quoted language's own numbering; empty for the whole clause.</param>
/// <param name="Version">The dated version in force that is quoted, or null when the text is undated.</param>
/// <param name="LostSuperscripts">Powers of ten the source text lost the superscript of ("1025" for 10^25), quoted as
/// the source has them and said here.</param>
public sealed record Quote(
    string Text,
    string Language,
    bool IsFallback,
    DateOnly? Version,
    ImmutableArray<int> Sentences,
    ImmutableArray<TermSpan> Terms,
    ImmutableArray<LostSuperscript> LostSuperscripts);

/// <summary>One citation of a step: the provision, how the reader's language cites it, whether it binds, and what it says.</summary>
/// <param name="Written">As the rules file writes it ("recital 111 sentence 6").</param>
/// <param name="Label">As the reader's language cites it ("overweging 111").</param>
/// <param name="Source">Where the quoted text stands in the corpus: <c>corpus/…/a51.md(24,1)</c>.</param>
/// <param name="Href">The clause's page in the linked corpus (<c>rulesdsl link --format html</c>), relative to its root.</param>
public sealed record ExplainedCitation(
    string Provision,
    string Written,
    string Label,
    Authority Authority,
    Quote? Quote,
    string? Source,
    string? Href,
    string? Eli)
{
    /// <summary>For a criterion, the provisions empowering the decision it is a criterion for, as the reader's language
    /// cites them ("artikel 51, lid 1, punt b); artikel 52, lid 4"); null for other citations.</summary>
    public string? CriterionFor { get; init; }
}

/// <summary>
/// One step of the evaluation: a conclusion, a rule or presumption, a fact, a derivation or a parameter, with its
/// outcome or value formatted for the reader, what it rests on, and its citations.
/// </summary>
/// <param name="Kind">conclusion, rule, presumption, fact or parameter (written so in JSON).</param>
/// <param name="Name">The name in the rules file.</param>
/// <param name="Label">The step in words, in the reader's language.</param>
/// <param name="Outcome">yes, no or unknown for conclusions and rules; the value, with its unit, for facts and parameters.</param>
/// <param name="Status">How: applies, does not apply, given, derived, estimated, missing, in force since …; localized.</param>
/// <param name="InForceFrom">For a parameter, the date its value took force.</param>
/// <param name="Deciding">On the path that decided the verdict.</param>
/// <param name="Term">For a conclusion that means a defined term: the definition's provision id.</param>
public sealed record ExplanationStep(
    StepKind Kind,
    string Name,
    string Label,
    string Outcome,
    string? Status,
    DateOnly? InForceFrom,
    bool Deciding,
    string? Term,
    ImmutableArray<ExplainedCitation> Citations,
    ImmutableArray<ExplanationStep> Steps)
{
    /// <summary>
    /// For a conclusion read a second time, true: it is shown in full where first read, and here without the steps
    /// under it; null otherwise.
    /// </summary>
    public bool? Repeated { get; init; }

    /// <summary>For a rule, the comparisons its condition made, in words; null for other steps.</summary>
    public ImmutableArray<ExplainedCondition>? Conditions { get; init; }

    /// <summary>
    /// For a rule or a derived fact, the list operations its condition made as the rules write them (any of, all of,
    /// the number of), in words; null when it made none.
    /// </summary>
    public ImmutableArray<ExplainedList>? Lists { get; init; }
}

/// <summary>
/// A list operation a rule made, as the drafter wrote it, in the reader's words: the operation ("ten minste één van"),
/// each member in words with its value, and what it came to. For <c>count of</c> the one member is the set counted and
/// the outcome the count.
/// </summary>
/// <param name="Kind">anyOf, allOf or countOf (written so in JSON).</param>
public sealed record ExplainedList(ListOperator Kind, string Operator, ImmutableArray<ExplainedMember> Members, string Outcome)
{
    /// <summary>"ten minste één van (in de handel gebracht: nee; niet …: ja): ja"; "het aantal modaliteiten ({tekst, beeld}): 2".</summary>
    public override string ToString() => Kind == ListOperator.CountOf && Members.Length == 1
        ? $"{Operator} {Members[0].Label} ({Members[0].Value}): {Outcome}"
        : $"{Operator} ({string.Join("; ", Members)}): {Outcome}";
}

/// <summary>One member of a list operation: as the rules write it, in the reader's words, and its value.</summary>
/// <param name="Written">As the rules file writes it, names and all (<c>not research_development_or_prototyping</c>).</param>
public sealed record ExplainedMember(string Written, string Label, string Value)
{
    public override string ToString() => $"{Label}: {Value}";
}

/// <summary>
/// A comparison a rule made, in the reader's words: both values as the reader's language prints them, the comparison
/// ("groter dan"), and what it came to.
/// </summary>
public sealed record ExplainedCondition(string Left, string Operator, string Right, string Outcome)
{
    /// <summary>
    /// Why a period an operand counted ends on another day than the one counted, in words citing Regulation (EEC,
    /// Euratom) No 1182/71, Article 3(4) or 3(5); null when no end moved.
    /// </summary>
    public string? MovedEnds { get; init; }

    /// <summary>"3,8 × 10^25 FLOP groter dan 10^25 FLOP: ja", and after a dash why a period's end moved, if one did.</summary>
    public override string ToString() => $"{Left} {Operator} {Right}: {Outcome}" + (MovedEnds is null ? "" : $" — {MovedEnds}");
}

/// <summary>
/// The applicability a verdict was given under, for a reader: the status (<c>applies</c>, <c>not yet applicable</c>,
/// <c>outside scope</c>, <c>scope undetermined</c>, <c>not stated</c>, as JSON names it), the same in the reader's words
/// with the date and the scope, the day the law applies from, the provisions that set it (quoted), and the scope.
/// </summary>
/// <param name="Scope">The conclusion the rules name as the verdict's scope (a general-purpose AI model), if any.</param>
public sealed record ExplainedApplicability(
    string Status,
    string Label,
    DateOnly? From,
    ImmutableArray<ExplainedCitation> Citations,
    string? Scope);

/// <summary>A fact the case gives that no rule read: its name, its label and the value given, in words.</summary>
public sealed record UnreadFact(string Name, string Label, string Value);

/// <summary>A fact not given that would decide an unknown verdict, and where the law asks for it.</summary>
public sealed record MissingFact(string Name, string Label, ImmutableArray<ExplainedCitation> Citations);

/// <summary>
/// A verdict explained for a reader in one language: the outcome and how it was reached, the deciding rule, the date
/// the law was taken as in force on (the verdict's own), the tree of
/// steps (the deciding path marked), the missing facts when unknown, and the other conclusions the facts decide. Built
/// from verdicts without re-running rules, so one classification explains in every language.
/// </summary>
public sealed record Explanation(
    string Language,
    string RuleSet,
    string Conclusion,
    string ConclusionLabel,
    string Outcome,
    string OutcomeLabel,
    ImmutableArray<string> How,
    string? DecidingRule,
    DateOnly AsOf,
    ExplanationStep Root,
    ImmutableArray<MissingFact> Missing,
    ImmutableArray<ExplanationStep> Others)
{
    /// <summary>The rule that decided, in words (<see cref="DecidingRule"/> is its name); null when none did.</summary>
    public string? DecidingRuleLabel { get; init; }

    /// <summary>The facts the case gives that no rule read; null when all were read, or when there was no trace to tell.</summary>
    public ImmutableArray<UnreadFact>? Unread { get; init; }

    /// <summary>Whether the law applied on the verdict's date and to the case; when it did not, <see cref="Outcome"/> is
    /// <c>not applicable</c> and <see cref="Root"/> explains the scope's precondition, or the verdict alone before the date.</summary>
    public ExplainedApplicability? Applicability { get; init; }
}
