using System.Collections.Immutable;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Terms;

namespace RulesDsl.Linking.Model;

/// <summary>Everything the linker found in a corpus: the glossary, every reference with its target, and what it could not resolve.</summary>
public sealed record LinkGraph(
    LegalCorpus Corpus,
    Glossary Glossary,
    ImmutableArray<Reference> References,
    ImmutableArray<Diagnostic> Diagnostics)
{
    private readonly ILookup<Provision, Reference> byProvision =
        References.OrderBy(r => r.Start).ToLookup<Reference, Provision>(r => r.From, ReferenceEqualityComparer.Instance);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The references written in one provision (one language and version), in text order.</summary>
    public IEnumerable<Reference> In(Provision provision) => byProvision[provision];
}
