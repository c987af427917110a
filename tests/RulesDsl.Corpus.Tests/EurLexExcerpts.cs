using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;

namespace RulesDsl.Corpus.Tests;

/// <summary>
/// The English excerpts of the AI Act as EUR-Lex HTML converted to Markdown by a third party (tests/Inputs): a lossy
/// shape real users have, read once for the tests of that shape.
/// </summary>
internal static class EurLexExcerpts
{
    private static readonly Lazy<LegalCorpus> Corpus = new(() => CorpusReader.Read(RepoPaths.InInputs("eurlex-markdown")));

    public static LegalCorpus Value => Corpus.Value;

    public static Provision Get(string id, string language, DateOnly? version = null) =>
        Value.Provisions.Single(p => p.Id.Value == id && p.Language == language && (version is null || p.Version == version));
}
