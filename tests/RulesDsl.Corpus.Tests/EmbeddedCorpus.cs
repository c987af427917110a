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
}

/// <summary>A corpus folder made for one test, removed afterwards.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "rulesdsl-tests", Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "corpus");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>A folder above the corpus folder, for files that must stay outside it.</summary>
    public string Root { get; }

    public string Folder { get; }

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public LegalCorpus Read() => CorpusReader.Read(Folder);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
