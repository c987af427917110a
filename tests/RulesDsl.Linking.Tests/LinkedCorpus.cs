using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;
using RulesDsl.Linking.Model;

namespace RulesDsl.Linking.Tests;

/// <summary>The repository's corpus, read and linked once for the tests that only look at it.</summary>
internal static class LinkedCorpus
{
    private static readonly Lazy<LinkGraph> Graph = new(() => Linker.Link(CorpusReader.Read(RepoPaths.Corpus)));

    public static LinkGraph Value => Graph.Value;

    public static Provision Get(string id, string language, DateOnly? version = null) =>
        Value.Corpus.Provisions.Single(p => p.Id.Value == id && p.Language == language && (version is null || p.Version == version));

    public static List<Reference> In(string id, string language, DateOnly? version = null) => [.. Value.In(Get(id, language, version))];
}

/// <summary>Links a corpus made for one test.</summary>
internal static class TempCorpusLinking
{
    public static LinkGraph Link(this TempCorpus corpus) => Linker.Link(corpus.Read());
}
