using System.Collections.Immutable;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>What a cross-reference found in running text refers to.</summary>
public enum CrossReferenceScope
{
    /// <summary>Provisions of the act the text belongs to; the targets are their ids.</summary>
    Provision,

    /// <summary>That act itself: "this Regulation", "deze verordening", "dieser Verordnung", "le présent règlement".</summary>
    Act,

    /// <summary>Another act, or a provision of one: "Regulation (EU) 2019/1020", "Commission Decision of 24 January
    /// 2024", "Article 16 TFEU". No targets: other acts have no ids here.</summary>
    OtherAct,

    /// <summary>A reference relative to the provision the text belongs to ("paragraph 4", "point (a)", "that Annex")
    /// where that provision was not given or does not say what it is relative to. No targets, never a guess.</summary>
    Unresolved,
}

/// <summary>A cross-reference found in running text.</summary>
/// <param name="Start">Where it starts in the text scanned.</param>
/// <param name="Length">How many characters it takes.</param>
/// <param name="Text">The reference as written: the text's substring at <paramref name="Start"/>.</param>
/// <param name="Targets">The ids of the provisions referred to, in the order written; empty unless the scope is
/// <see cref="CrossReferenceScope.Provision"/>.</param>
public sealed record CrossReference(
    int Start,
    int Length,
    string Text,
    ImmutableArray<ProvisionId> Targets,
    CrossReferenceScope Scope);
