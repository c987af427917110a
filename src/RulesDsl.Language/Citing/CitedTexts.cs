using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using RulesDsl.Corpus.Model;
using RulesDsl.Language.Checking;

namespace RulesDsl.Language.Citing;

/// <summary>One language version of a cited provision: its dated version (null when undated) and the SHA-256 of its
/// text, or of the cited sentence alone where <see cref="Sentence"/> is set.</summary>
public sealed record CitedText(string Language, DateOnly? Version, string Sha256, int? Sentence = null);

/// <summary>A provision (or one sentence of it) the rules cite, and every text of it the corpus holds.</summary>
public sealed record CitedProvision(string Id, int? Sentence, ImmutableArray<CitedText> Texts);

/// <summary>
/// The texts a rules file rests on, hashed: what a classifier's manifest records at build time and a review record at
/// review time, so that a later corpus can be compared with them.
/// </summary>
public static class CitedTexts
{
    /// <summary>Each cited provision and defined term of a checked rules file, hashed in every language and version the
    /// corpus holds (sorted, so the order of citing does not matter).</summary>
    public static ImmutableArray<CitedProvision> Of(CheckedRules rules, LegalCorpus corpus) =>
    [
        .. rules.Corpus.Citations.Values.Select(c => (c.Id, c.Sentence))
            .Concat(rules.Corpus.Terms.Values.Select(id => (Id: id, Sentence: (int?)null)))
            .Distinct()
            .OrderBy(c => c.Id.Value, StringComparer.Ordinal)
            .ThenBy(c => c.Sentence ?? 0)
            .Select(c => new CitedProvision(c.Id.Value, c.Sentence, [.. Texts(corpus, c.Id, c.Sentence, rules.Corpus.Language)])),
    ];

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // A corpus never changes once read, so neither do the hashes of its texts: each is worked out once per corpus, not
    // at every site that cites it in every file checked (Article 3, cited by each term, is tens of kilobytes a language).
    private static readonly ConditionalWeakTable<LegalCorpus, ConcurrentDictionary<(ProvisionId Id, int? Sentence, string Language), ImmutableArray<CitedText>>> Hashed = [];

    /// <summary>
    /// The texts of a cited provision in every language and version. A sentence number holds in the rules' language
    /// only (sentences do not pair by position across languages), so other languages hash the whole provision.
    /// </summary>
    public static ImmutableArray<CitedText> Texts(LegalCorpus corpus, ProvisionId id, int? sentence, string rulesLanguage) =>
        Hashed.GetValue(corpus, _ => new()).GetOrAdd((id, sentence, rulesLanguage), key =>
        [
            .. from language in corpus.Languages(key.Id)
               from version in corpus.Versions(key.Id, language).Reverse()
               let number = language == key.Language ? key.Sentence : null
               let text = number is { } n
                   ? version.Sentences.FirstOrDefault(s => s.Number == n)?.Text
                   : WholeText(corpus, version)
               where text is not null
               select new CitedText(language, version.Version, Sha256(text), number),
        ]);

    /// <summary>A provision's words and those of its parts: a change to a point changes the article that holds it.</summary>
    public static string WholeText(LegalCorpus corpus, Provision provision)
    {
        var text = new StringBuilder();
        Append(provision);
        return text.ToString();

        // Depth first, each part on a line of its own after the words of what holds it, written once into one buffer.
        void Append(Provision at)
        {
            text.Append(at.Text);
            foreach (var part in corpus.Parts(at))
            {
                text.Append('\n');
                Append(part);
            }
        }
    }
}
