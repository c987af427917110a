using System.Globalization;
using System.Text;
using RulesDsl.Caching;
using RulesDsl.Compiler.Loading;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Reviews;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Workspace;

/// <summary>
/// Which classifiers a rules path loaded, remembered in the user's <see cref="CacheFolder"/> under the hash of every
/// input of its check: the rules files and their review records, the corpus's key, the day, and the builds that check
/// and plan. A run with the same inputs loads those classifiers from the classifier cache without parsing or checking
/// the rules, planning their classifiers or reading the corpus (the files a rule set imports are named in the record and
/// hashed again). Only a load without errors is remembered: whatever would report one is among the inputs. Each pair of
/// rules path and corpus path has one record file, which a change overwrites; a record is signed like every other.
/// </summary>
public sealed class RulesLoadCache(CacheFolder folder)
{
    private const string Format = "rulesdsl load 1";

    /// <summary>The builds a record depends on: the checker's verdict on the rules and the plan of each classifier.</summary>
    private static readonly string Tools = string.Join("\n",
        typeof(RulesChecker).Assembly.ManifestModule.ModuleVersionId,
        typeof(ClassifierLoader).Assembly.ManifestModule.ModuleVersionId,
        typeof(RulesLoadCache).Assembly.ManifestModule.ModuleVersionId);

    public CacheFolder Folder { get; } = folder;

    /// <summary>One classifier of a remembered load: its key in the classifier cache, its manifest's hash, its rules file.</summary>
    public sealed record Entry(string ClassifierKey, string ManifestSha256, string Path);

    /// <summary>A rules file read through an import, by the hash of its text as checked.</summary>
    public sealed record ImportedFile(string Path, string TextSha256)
    {
        public static ImportedFile Of(RulesFile file) => new(file.Path, Sha256(file.Text));
    }

    /// <summary>
    /// The key of a load of the rules path against the corpus of <paramref name="corpusKey"/> as of
    /// <paramref name="asOf"/>, from the rules files as they are now; null when one cannot be read.
    /// </summary>
    public static string? Key(string rulesPath, string corpusKey, DateOnly asOf)
    {
        List<string> fields = [Format, Tools, corpusKey, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), rulesPath, Path.GetFullPath(rulesPath)];
        try
        {
            foreach (var file in RulesChecker.Files(rulesPath))
            {
                var review = ReviewRecord.PathFor(file);
                fields.Add(file);
                fields.Add(CacheFolder.Sha256(File.ReadAllBytes(file)));
                fields.Add(File.Exists(review) ? CacheFolder.Sha256(File.ReadAllBytes(review)) : "-");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return CacheFolder.Sha256(Encoding.UTF8.GetBytes(CacheFolder.Fields([.. fields])));
    }

    /// <summary>
    /// The classifiers remembered for the key, or null: none, remembered under another key (an input has changed), an
    /// imported file changed since, not signed by this user, or unreadable.
    /// </summary>
    public IReadOnlyList<Entry>? TryGet(string rulesPath, string corpusPath, string key)
    {
        if (Folder.ReadSigned(FileOf(rulesPath, corpusPath), key) is not { } bytes)
        {
            return null;
        }

        var body = Encoding.UTF8.GetString(bytes);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines is not [Format, var recordedKey, ..] || recordedKey != key)
        {
            return null;
        }

        var entries = new List<Entry>();
        foreach (var fields in lines.Skip(2).Select(line => line.Split('\t')))
        {
            switch (fields)
            {
                case ["classifier", var classifier, var manifest, var path]:
                    entries.Add(new Entry(classifier, manifest, path));
                    break;
                case ["import", var sha, var path] when TextSha256(path) == sha:
                    break;
                default:
                    return null;
            }
        }

        return entries.Count > 0 ? entries : null;
    }

    /// <summary>
    /// Remembers a load under <paramref name="keyBefore"/>, the key taken before the rules were checked, only when the
    /// files still have that key: a file changed during the check is never remembered under its old bytes.
    /// </summary>
    public void Keep(string rulesPath, string corpusPath, string corpusKey, DateOnly asOf, string keyBefore, IReadOnlyList<Entry> loaded, IEnumerable<ImportedFile> imported)
    {
        var body = new StringBuilder().Append(Format).Append('\n').Append(keyBefore).Append('\n');
        foreach (var entry in loaded)
        {
            body.Append("classifier\t").Append(entry.ClassifierKey).Append('\t').Append(entry.ManifestSha256).Append('\t').Append(entry.Path).Append('\n');
        }

        foreach (var file in imported.DistinctBy(f => f.Path))
        {
            body.Append("import\t").Append(file.TextSha256).Append('\t').Append(file.Path).Append('\n');
        }

        // A path with a tab or a line end would not read back; such a load is simply not remembered.
        var paths = loaded.Select(e => e.Path).Concat(imported.Select(f => f.Path));
        if (loaded.Count == 0 || paths.Any(p => p.Contains('\t') || p.Contains('\n'))
            || Key(rulesPath, corpusKey, asOf) != keyBefore)
        {
            return;
        }

        Folder.WriteSigned(FileOf(rulesPath, corpusPath), keyBefore, Encoding.UTF8.GetBytes(body.ToString()));
    }

    /// <summary>The hash of a rules file's text as the checker reads it, or null when it cannot be read.</summary>
    private static string? TextSha256(string path)
    {
        var ignored = new List<Diagnostic>();
        return RulesChecker.Read(path, path, ignored) is { } text ? Sha256(text) : null;
    }

    private static string Sha256(string text) => CacheFolder.Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>The record file of a rules path against a corpus path, each as given and as a full path.</summary>
    private string FileOf(string rulesPath, string corpusPath) =>
        Path.Combine(Folder.Folder, "rules-" + CacheFolder.Sha256(Encoding.UTF8.GetBytes(
            string.Join("\n", rulesPath, Path.GetFullPath(rulesPath), corpusPath, Path.GetFullPath(corpusPath))))[..32] + ".load");
}
