using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;
using RulesDsl.Linking.Model;

namespace RulesDsl.Linking.Tests;

/// <summary>The repository's corpus, read and linked once for the tests that only look at it.</summary>
internal static class LinkedCorpus
{
    /// <summary>A day the whole act is in force on, so that the versions read do not depend on when the tests run.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly Lazy<LinkGraph> Graph = new(() => Linker.Link(CorpusReader.Read(RepoPaths.Corpus)));

    public static LinkGraph Value => Graph.Value;

    /// <summary>A provision in one language and version; without a version, the only one, or else the undated one (the
    /// Dutch recital 111 of the vault seed, which the Official Journal's dated text stands beside).</summary>
    public static Provision Get(string id, string language, DateOnly? version = null)
    {
        var found = Value.Corpus.Provisions.Where(p => p.Id.Value == id && p.Language == language && (version is null || p.Version == version)).ToList();
        return found.Count > 1 && version is null ? found.Single(p => p.Version is null) : found.Single();
    }

    public static List<Reference> In(string id, string language, DateOnly? version = null) => [.. Value.In(Get(id, language, version))];
}

/// <summary>Links a corpus made for one test.</summary>
internal static class TempCorpusLinking
{
    public static LinkGraph Link(this TempCorpus corpus) => Linker.Link(corpus.Read());
}

/// <summary>The corpus as it was before the whole act was imported: the EUR-Lex excerpts in English and the vault's
/// Dutch recital 111 with its anchor map, so that the Dutch links have no Dutch Article 3 to land on.</summary>
internal static class ExcerptCorpus
{
    public static TempCorpus WithDutchRecital()
    {
        var corpus = new TempCorpus().CopyExcerpts();
        corpus.Copy("eu-ai-act/nl/recital-111.vault.md", "eu-ai-act/nl/recital-111.vault.md");
        corpus.Copy("eu-ai-act/anchors.yaml", "eu-ai-act/anchors.yaml");
        return corpus;
    }
}
