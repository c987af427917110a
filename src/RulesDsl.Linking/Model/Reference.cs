using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;

namespace RulesDsl.Linking.Model;

/// <summary>How a text points at another provision.</summary>
public enum ReferenceKind
{
    /// <summary>A link written in the source: <c>[systeemrisico](a3.md#^sysrisk)</c>.</summary>
    Explicit,

    /// <summary>A defined term used without a link, found by the linker.</summary>
    Mention,

    /// <summary>A reference written in prose: "Article 51(1), point (a)", "this Regulation".</summary>
    CrossReference,
}

/// <summary>
/// One place in a provision's text that points elsewhere: what it says, where it stands, and what it resolves to.
/// </summary>
/// <param name="From">The provision whose text holds the reference.</param>
/// <param name="Start">Where the reference starts in <c>From.Text</c>.</param>
/// <param name="Targets">The provisions pointed at; empty when the reference names the act or could not be resolved.</param>
/// <param name="TargetAct">The act, when the reference names an act as a whole ("this Regulation").</param>
/// <param name="Unresolved">Why the reference could not be resolved to a provision in the corpus, or null when it was.</param>
public sealed record Reference(
    ReferenceKind Kind,
    Provision From,
    int Start,
    int Length,
    string Text,
    SourcePosition Position,
    ImmutableArray<ProvisionId> Targets,
    string? TargetAct,
    string? Unresolved)
{
    public bool IsResolved => Unresolved is null;

    public int End => Start + Length;
}
