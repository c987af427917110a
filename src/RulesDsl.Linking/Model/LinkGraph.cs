using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Linking.Terms;

namespace RulesDsl.Linking.Model;

/// <summary>Everything the linker found in a corpus: the glossary, every reference with its target, the block anchors of
/// each act, and what it could not resolve.</summary>
public sealed record LinkGraph(
    LegalCorpus Corpus,
    Glossary Glossary,
    ImmutableArray<Reference> References,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableDictionary<BlockAnchor, ProvisionId> Anchors)
{
    private readonly ILookup<Provision, Reference> byProvision =
        References.OrderBy(r => r.Start).ToLookup<Reference, Provision>(r => r.From, ReferenceEqualityComparer.Instance);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The provision a block anchor (<c>^capgi</c>) names in an act: a block id in a file, or the act's anchor map.</summary>
    public ProvisionId? Anchor(string act, string anchor) => Anchors.TryGetValue(new BlockAnchor(act, anchor.TrimStart('^')), out var id) ? id : null;

    /// <summary>The references written in one provision (one language and version), in text order.</summary>
    public IEnumerable<Reference> In(Provision provision) => byProvision[provision];
}

/// <summary>A block anchor (<c>^capgi</c>, without its caret) in an act. A class, not a tuple: the graph's dictionary code
/// over it is compiled ahead of time, over a tuple at run time in every process that reads the graph.</summary>
public sealed record BlockAnchor(string Act, string Anchor);
