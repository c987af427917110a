using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Linking;

/// <summary>A provision found for a reader, and whether it is in another language than the one asked for.</summary>
public sealed record LookupResult(Provision Provision, bool IsFallback);

/// <summary>
/// Finds a provision in the reader's language, falling back — marked as such — to another language the corpus has, in
/// the order <see cref="ReaderLanguage.InFallbackOrder"/> gives: English first (also the language every definition of
/// the embedded corpus exists in), then the others in code order.
/// </summary>
public static class ProvisionLookup
{
    public const string FirstFallback = ReaderLanguage.FirstFallback;

    public static LookupResult? Find(LegalCorpus corpus, ProvisionId id, string language, DateOnly asOf)
    {
        if (corpus.Find(id, language, asOf) is { } own)
        {
            return new LookupResult(own, false);
        }

        return ReaderLanguage.InFallbackOrder(corpus.Languages(id))
            .Select(l => corpus.Find(id, l, asOf))
            .OfType<Provision>()
            .Select(p => new LookupResult(p, true))
            .FirstOrDefault();
    }
}
