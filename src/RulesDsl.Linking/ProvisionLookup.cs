using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Linking;

/// <summary>A provision found for a reader, and whether it is in another language than the one asked for.</summary>
public sealed record LookupResult(Provision Provision, bool IsFallback);

/// <summary>
/// Finds a provision in the reader's language, falling back — marked as such — to another language the corpus has, in
/// the order <see cref="ReaderLanguage.InFallbackOrder"/> gives: English first (also the language every definition of
/// the embedded corpus exists in), then the others in code order. Only a text that is the law on the date is found
/// (<see cref="LegalCorpus.InForce"/>); <see cref="FindDraft"/> finds a draft where nothing else exists.
/// </summary>
public static class ProvisionLookup
{
    public const string FirstFallback = ReaderLanguage.FirstFallback;

    public static LookupResult? Find(LegalCorpus corpus, ProvisionId id, string language, DateOnly asOf) =>
        Find(id, language, l => corpus.InForce(id, l, asOf), corpus);

    /// <summary>The newest draft of a provision by <paramref name="asOf"/>, for saying what was proposed where no text was
    /// law yet: whoever shows it must mark it as a draft.</summary>
    public static LookupResult? FindDraft(LegalCorpus corpus, ProvisionId id, string language, DateOnly asOf) =>
        Find(id, language, l => corpus.Find(id, l, asOf) is { Status: TextStatus.Draft } draft ? draft : null, corpus);

    private static LookupResult? Find(ProvisionId id, string language, Func<string, Provision?> inLanguage, LegalCorpus corpus)
    {
        if (inLanguage(language) is { } own)
        {
            return new LookupResult(own, false);
        }

        return ReaderLanguage.InFallbackOrder(corpus.Languages(id))
            .Select(inLanguage)
            .OfType<Provision>()
            .Select(p => new LookupResult(p, true))
            .FirstOrDefault();
    }
}
