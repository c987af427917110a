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

/// <summary>A corpus folder made for one test, removed afterwards.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "rulesdsl-linking-tests", Guid.NewGuid().ToString("N"));

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Copy(string corpusRelative, string relative) => Write(relative, File.ReadAllText(RepoPaths.InCorpus(corpusRelative)));

    public LinkGraph Link() => Linker.Link(CorpusReader.Read(Folder));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
