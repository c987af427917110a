using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;

namespace RulesDsl.Corpus.Tests;

/// <summary>The repository's corpus folder, read once for all tests that only look at it.</summary>
internal static class EmbeddedCorpus
{
    private static readonly Lazy<LegalCorpus> Corpus = new(() => CorpusReader.Read(RepoPaths.Corpus));

    public static LegalCorpus Value => Corpus.Value;

    public static Provision Get(string id, string language, DateOnly? version = null) =>
        Value.Provisions.Single(p => p.Id.Value == id && p.Language == language && (version is null || p.Version == version));

    /// <summary>A provision as one file of the corpus gives it, where another file holds it too (recital 111 in Dutch:
    /// the vault seed and the Official Journal).</summary>
    public static Provision InFile(string id, string language, string fileName) =>
        Value.Provisions.Single(p => p.Id.Value == id && p.Language == language && Path.GetFileName(p.Position.File) == fileName);
}
