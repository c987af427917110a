using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;

namespace RulesDsl.Tests;

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

    /// <summary>Copies a file of the embedded corpus into this one.</summary>
    public void Copy(string corpusRelative, string relative) => Write(relative, File.ReadAllBytes(RepoPaths.InCorpus(corpusRelative)));

    public LegalCorpus Read() => CorpusReader.Read(Folder);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
