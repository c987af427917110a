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

    /// <summary>Copies the whole embedded corpus into this one, for a test that edits one clause of it.</summary>
    public TempCorpus CopyAll() => CopyFolder(RepoPaths.Corpus);

    /// <summary>
    /// Copies the EUR-Lex Markdown excerpts of the act (tests/Inputs) into this one, for a test of their shape (table rows,
    /// lost superscripts, their lines) or of a corpus that holds only part of the act.
    /// </summary>
    public TempCorpus CopyExcerpts() => CopyFolder(RepoPaths.InInputs("eurlex-markdown"));

    /// <summary>
    /// Copies the shipped rules files (with the files they import) and their review records into a <c>rules</c> folder
    /// beside the corpus (not in it, so that editing one is not a change of the corpus); returns that folder.
    /// </summary>
    public string CopyShippedRules()
    {
        var rules = Path.Combine(Root, "rules");
        Directory.CreateDirectory(rules);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "rules"))
            .Where(f => f.EndsWith(".rules", StringComparison.Ordinal) || f.EndsWith(".reviewed.json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        }

        return rules;
    }

    private TempCorpus CopyFolder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            Write(Path.GetRelativePath(folder, file), File.ReadAllBytes(file));
        }

        return this;
    }

    /// <summary>Replaces words in a file of this corpus; the words must be there, so that an edit cannot silently miss.</summary>
    public void Edit(string relative, string words, string replacement)
    {
        var path = Path.Combine(Folder, relative);
        var text = File.ReadAllText(path);
        if (!text.Contains(words, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{relative} does not contain '{words}'");
        }

        File.WriteAllText(path, text.Replace(words, replacement, StringComparison.Ordinal));
    }

    public LegalCorpus Read() => CorpusReader.Read(Folder);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
