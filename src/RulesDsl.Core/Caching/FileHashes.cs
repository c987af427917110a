using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RulesDsl.Caching;

/// <summary>
/// The SHA-256 of files' bytes, remembered in the user's <see cref="CacheFolder"/> beside each file's size and last
/// write time, so that a file unchanged since it was hashed is not read and hashed again on every run (git's index does
/// the same). A remembered hash is trusted only for a file last written at least <see cref="Settled"/> before the
/// record was (both times by the file system's clock): a write after the hash was taken then gives the file a later
/// time, even on a file system whose clock counts in whole seconds. A file given an old time on purpose, at its old
/// size, after its bytes changed is not noticed; deleting the cache folder clears that.
/// The record is signed like every record of the cache; one the user did not write is ignored and replaced.
/// </summary>
public sealed class FileHashes
{
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private const string Format = "rulesdsl file hashes 1";

    private readonly CacheFolder folder;
    private readonly string file;
    private readonly long recorded;
    private readonly Dictionary<string, Remembered> remembered;
    private readonly Dictionary<string, Remembered> seen = new(StringComparer.Ordinal);
    private bool changed;

    private FileHashes(CacheFolder folder, string file, (long Recorded, Dictionary<string, Remembered> Entries) read)
    {
        this.folder = folder;
        this.file = file;
        (recorded, remembered) = read;
    }

    /// <summary>The hashes remembered for a set of files named <paramref name="name"/> (a corpus folder's path), or none
    /// when the cache is not to be used or holds no record of theirs signed by the user.</summary>
    public static FileHashes Open(CacheFolder folder, string name)
    {
        var file = Path.Combine(folder.Folder, "hashes-" + CacheFolder.Sha256(Encoding.UTF8.GetBytes(name))[..32] + ".txt");
        return new FileHashes(folder, file, Read(folder, file));
    }

    /// <summary>The hash of the file's bytes now (by its full path): the one remembered when its size and time are as then.</summary>
    public string Sha256(string path)
    {
        var info = new FileInfo(path);
        var (size, written) = (info.Length, info.LastWriteTimeUtc.Ticks);
        if (remembered.TryGetValue(path, out var known) && known.Size == size && known.Written == written && recorded - written >= Settled.Ticks)
        {
            seen[path] = known;
            return known.Sha256;
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        // The time read before the bytes: a write during the read leaves a time this one differs from. A file written
        // too recently to be trusted yet is recorded all the same, so that a later record vouches for it.
        if (new FileInfo(path) is var after && after.Length == size && after.LastWriteTimeUtc.Ticks == written)
        {
            seen[path] = new Remembered(size, written, sha);
            changed = true;
        }

        return sha;
    }

    /// <summary>Writes the files hashed since <see cref="Open"/> back, when any was not remembered; the others are dropped.</summary>
    public void Save()
    {
        if (!changed && seen.Count == remembered.Count)
        {
            return;
        }

        var body = new StringBuilder(Format).Append('\n');
        foreach (var (path, (size, written, sha)) in seen.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (path.Contains('\n') || path.Contains('\t'))
            {
                continue;
            }

            body.Append(CultureInfo.InvariantCulture, $"{size}\t{written}\t{sha}\t{path}\n");
        }

        folder.WriteSigned(file, file, Encoding.UTF8.GetBytes(body.ToString()));
    }

    /// <summary>The entries of the record and when the file system says it was written.</summary>
    private static (long Recorded, Dictionary<string, Remembered> Entries) Read(CacheFolder folder, string file)
    {
        var entries = new Dictionary<string, Remembered>(StringComparer.Ordinal);
        long recorded;
        try
        {
            recorded = File.GetLastWriteTimeUtc(file).Ticks;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (0, entries);
        }

        if (folder.ReadSigned(file, file) is not { } bytes)
        {
            return (0, entries);
        }

        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines is not [Format, ..])
        {
            return (0, entries);
        }

        foreach (var fields in lines.Skip(1).Select(line => line.Split('\t')))
        {
            if (fields is [var size, var written, var sha, var path]
                && long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && long.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                entries[path] = new Remembered(length, ticks, sha);
            }
        }

        return (recorded, entries);
    }

    /// <summary>A file's size and time when it was hashed, and its hash. A class, not a tuple: the dictionary's code over
    /// it is compiled ahead of time, over a tuple at run time in every process.</summary>
    private sealed record Remembered(long Size, long Written, string Sha256);
}
