using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Reading;

/// <summary>Reads a corpus folder (or one file) into provisions, reporting everything it could not read as law.</summary>
public static class CorpusReader
{
    private static readonly string[] SourceExtensions = [".md", ".markdown", ".txt"];

    /// <summary>The undetermined language (ISO 639-2 "und"), for a source whose language nothing tells.</summary>
    public const string UndeterminedLanguage = "und";

    public static LegalCorpus Read(string path) => Read(path, Environment.ProcessorCount);

    /// <summary>
    /// Reads the corpus with its files read on up to <paramref name="workers"/> threads at once. Each file is read on its
    /// own, its diagnostics kept apart, and all is joined in file order afterwards, so that the corpus is the same
    /// whatever the number of workers.
    /// </summary>
    public static LegalCorpus Read(string path, int workers)
    {
        var diagnostics = new List<Diagnostic>();
        var isFile = File.Exists(path);
        var root = isFile ? Path.GetDirectoryName(Path.GetFullPath(path))! : Path.GetFullPath(path);
        if (!isFile && !Directory.Exists(path))
        {
            diagnostics.Add(CorpusDiagnostics.CorpusFolderMissing(new SourcePosition(Display(path), 1, 1)));
            return new LegalCorpus(path, [], [], [.. diagnostics]);
        }

        var files = isFile ? [Path.GetFullPath(path)] : SourceFiles(root);
        var reads = new ((SourceDocument Document, ImmutableArray<Provision> Provisions, bool Reference)? Read, List<Diagnostic> Diagnostics)[files.Length];
        void ReadAt(int index)
        {
            var full = files[index];
            var display = isFile ? Display(path) : Display(Path.Combine(path, Path.GetRelativePath(root, full)));
            var own = new List<Diagnostic>();
            reads[index] = (ReadFile(full, display, root, own), own);
        }

        // One file, or one worker, is read on the calling thread: a parallel loop of one item may hand it to a pool
        // thread and leave the caller waiting for nothing.
        if (files.Length <= 1 || workers <= 1)
        {
            for (var index = 0; index < files.Length; index++)
            {
                ReadAt(index);
            }
        }
        else
        {
            Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = workers }, ReadAt);
        }

        var documents = new List<SourceDocument>();
        var provisions = new List<(Provision Provision, bool Reference)>();
        foreach (var (read, own) in reads)
        {
            diagnostics.AddRange(own);
            if (read is { } document)
            {
                documents.Add(document.Document);
                provisions.AddRange(document.Provisions.Select(p => (p, document.Reference)));
            }
        }

        var aligned = VersionAlignment.Align(provisions, diagnostics);
        var held = WithoutDuplicates(aligned, diagnostics).ToList();

        // An act's anchor map and criteria table lie in its folder; a corpus of one file has no act folder to hold them.
        var acts = isFile ? [] : documents.Select(d => d.Act).Distinct(StringComparer.Ordinal).ToList();
        var anchorMaps = PerAct(acts, act => AnchorMapReader.Read(Path.Combine(root, act), Display(Path.Combine(path, act, AnchorMap.FileName)), diagnostics));
        var criteria = PerAct(acts, act => CriteriaTableReader.Read(Path.Combine(root, act), Display(Path.Combine(path, act, CriteriaTable.FileName)), diagnostics));
        return new LegalCorpus(path, [.. documents], [.. held], [.. diagnostics]) { AnchorMaps = anchorMaps, CriteriaTables = criteria };
    }

    /// <summary>
    /// A hash of everything a read of the path could depend on: the path as given and as a full path (positions are
    /// reported by the one, links resolved by the other), then each file the reader may open, by its name and bytes.
    /// Every file of the folder counts, not only sources, so that no file the reader comes to open can be missed; null
    /// when there is nothing at the path.
    /// </summary>
    /// <param name="sha256">The hash of a file's bytes by its full path; read and hashed when not given.</param>
    public static string? Fingerprint(string path, Func<string, string>? sha256 = null)
    {
        var isFile = File.Exists(path);
        if (!isFile && !Directory.Exists(path))
        {
            return null;
        }

        var root = isFile ? Path.GetDirectoryName(Path.GetFullPath(path))! : Path.GetFullPath(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        Add(path);
        Add(Path.GetFullPath(path));
        var files = isFile
            ? [Path.GetFullPath(path)]
            : Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !IsHidden(root, f))
                .Order(StringComparer.Ordinal)
                .ToArray();
        foreach (var file in files)
        {
            Add(Path.GetRelativePath(root, file));
            try
            {
                Add(sha256 is null ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))) : sha256(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The reader reports a file it cannot read; a read that reported it is not kept.
                return null;
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>What each act's folder holds of one maintained file; acts without it are left out.</summary>
    private static ImmutableDictionary<string, T> PerAct<T>(IEnumerable<string> acts, Func<string, T?> read) where T : class =>
        acts.Select(act => (Act: act, Read: read(act)))
            .Where(a => a.Read is not null)
            .ToImmutableDictionary(a => a.Act, a => a.Read!, StringComparer.Ordinal);

    private static (SourceDocument Document, ImmutableArray<Provision> Provisions, bool Reference)? ReadFile(
        string full, string display, string root, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(CorpusDiagnostics.Unreadable(new SourcePosition(display, 1, 1), e.Message));
            return null;
        }

        var source = SourceDecoder.Decode(display, bytes, diagnostics);
        if (source is null)
        {
            return null;
        }

        var reading = DocumentReader.Read(source, full, root, diagnostics);
        if (reading is null)
        {
            return null;
        }

        var relative = Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar);
        var act = reading.FrontMatter.Act ?? (relative.Length > 1 ? relative[0] : new DirectoryInfo(root).Name);
        var (language, origin) = Language(reading.FrontMatter, relative, source);
        if (language is null)
        {
            diagnostics.Add(CorpusDiagnostics.UnknownLanguage(source.Start));
        }

        var code = language?.Code ?? UndeterminedLanguage;
        var eli = EliLink.Find(reading.FrontMatter.Eli) ?? EliLink.Find(reading.FrontMatter.Source) ?? reading.Boilerplate.Select(b => EliLink.Find(b.Text)).FirstOrDefault(e => e is not null);
        var document = new SourceDocument(display, act, language?.Code, origin, reading.FrontMatter.Source, eli, reading.Boilerplate, reading.Unclassified)
        {
            Divisions = reading.Divisions,
        };
        var provisions = reading.Provisions.Select(p => p.Build(act, code, source, diagnostics)).ToImmutableArray();
        return (document, provisions, reading.FrontMatter != FrontMatter.None);
    }

    /// <summary>Front matter first, then a folder or file-name part that is a language code (nl/, .de.md), then the text.</summary>
    private static (OfficialLanguage? Language, LanguageOrigin Origin) Language(FrontMatter front, string[] relative, SourceText source)
    {
        if (front.Language is { } stated)
        {
            return (stated, LanguageOrigin.FrontMatter);
        }

        var parts = relative[..^1].Concat(relative[^1].Split('.')[1..^1]);
        foreach (var part in parts.Reverse())
        {
            if (OfficialLanguages.TryGet(part, out var byPath))
            {
                return (byPath, LanguageOrigin.Path);
            }
        }

        return LanguageDetector.Detect(source.Text) is { } detected
            ? (detected, LanguageOrigin.Detected)
            : (null, LanguageOrigin.Unknown);
    }

    private static IEnumerable<Provision> WithoutDuplicates(IEnumerable<Provision> provisions, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<(string, ProvisionId, string, DateOnly?), Provision>();
        foreach (var provision in provisions)
        {
            if (seen.TryGetValue((provision.Act, provision.Id, provision.Language, provision.Version), out var first))
            {
                diagnostics.Add(CorpusDiagnostics.DuplicateProvision(provision.Position, provision.Id.Value, first.Position));
                continue;
            }

            seen.Add((provision.Act, provision.Id, provision.Language, provision.Version), provision);
            yield return provision;
        }
    }

    private static string[] SourceFiles(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => SourceExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            // A README describes the corpus; it is not law.
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Where(f => !IsHidden(root, f))
            .Order(StringComparer.Ordinal)];

    // A file or folder whose name starts with a dot (.git, .obsidian) is never part of the corpus.
    private static bool IsHidden(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    private static string Display(string path) => path.Replace('\\', '/');
}
