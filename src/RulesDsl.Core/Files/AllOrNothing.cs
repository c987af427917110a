namespace RulesDsl.Files;

/// <summary>
/// Output written all or nothing, the one way every command writes files: each file is first written whole under a
/// temporary name beside its target (or a whole folder beside the folder it replaces), and only then renamed into
/// place. A failure or cancellation before the renames leaves everything as it was; a failure during them puts back
/// what was already replaced. Either way nothing half-written and no temporary file is left, and folders the write
/// created are removed. Used by <c>build</c>, <c>import</c>, <c>link --format html --out</c>, <c>classify --out</c>
/// and the classifier cache.
/// </summary>
public static class AllOrNothing
{
    /// <summary>Writes the files; on failure throws what failed, with the folders as they were.</summary>
    public static void Write(IReadOnlyList<(string Path, ReadOnlyMemory<byte> Bytes)> files, CancellationToken cancellation = default)
    {
        var created = new List<string>();
        var staged = new List<(string Temporary, string Target)>();
        var replaced = new List<(string Target, string? Backup)>();
        var done = false;
        try
        {
            foreach (var (path, bytes) in files)
            {
                cancellation.ThrowIfCancellationRequested();
                CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!, created);
                staged.Add((TemporaryBeside(path), path));
                using var stream = new FileStream(staged[^1].Temporary, FileMode.CreateNew, FileAccess.Write);
                stream.Write(bytes.Span);
                stream.Flush(flushToDisk: true);
            }

            // The last point of return: past it, renames are quick and either all land or all are undone.
            cancellation.ThrowIfCancellationRequested();
            foreach (var (temporary, target) in staged)
            {
                replaced.Add((target, MoveIn(temporary, target)));
            }

            done = true;
        }
        finally
        {
            if (!done)
            {
                replaced.Reverse();
                foreach (var (target, backup) in replaced)
                {
                    Quietly(() => File.Delete(target));
                    if (backup is not null)
                    {
                        Quietly(() => File.Move(backup, target));
                    }
                }
            }
            else
            {
                replaced.Where(r => r.Backup is not null).ToList().ForEach(r => Quietly(() => File.Delete(r.Backup!)));
            }

            staged.ForEach(s => Quietly(() => File.Delete(s.Temporary)));
            if (!done)
            {
                Enumerable.Reverse(created).ToList().ForEach(folder => Quietly(() => Directory.Delete(folder)));
            }
        }
    }

    /// <summary>A file to write as it goes (a batch's verdicts, say) that replaces the target only when committed.</summary>
    public static StagedFile Stage(string path) => new(path, TemporaryBeside(path));

    /// <summary>
    /// Writes a folder of text files (UTF-8) that takes the place of <paramref name="folder"/> as a whole, so no file of
    /// an earlier write is left in it: the files go into a hidden folder beside it, which is then moved into place.
    /// </summary>
    /// <param name="files">The files, by path relative to the folder with '/' between parts.</param>
    /// <param name="mayReplace">Whether a non-empty folder already there may be replaced; when not, nothing is written.</param>
    /// <exception cref="IOException">The folder holds files it may not replace, is a file, or could not be written.</exception>
    public static void ReplaceFolder(string folder, IEnumerable<KeyValuePair<string, string>> files, Func<string, bool> mayReplace)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (File.Exists(target))
        {
            throw new IOException($"'{folder}' is a file; the output must be a folder");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !mayReplace(target))
        {
            throw new IOException($"'{folder}' holds files that were not written here; it was left as it is — choose a new or empty folder");
        }

        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"'{folder}' is a root folder, which cannot be replaced");
        Directory.CreateDirectory(parent);
        var staging = TemporaryBeside(target);
        try
        {
            foreach (var (relative, text) in files)
            {
                var path = Path.Combine(staging, relative.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, StagedFile.Utf8);
            }

            FolderMoveIn(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Quietly(() => Directory.Delete(staging, recursive: true));
            }
        }
    }

    /// <summary>A name beside the target that no other writer picks, hidden and marked as temporary.</summary>
    private static string TemporaryBeside(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");

    /// <summary>Creates a folder and the missing ones above it, remembering each, outermost first.</summary>
    private static void CreateFolder(string folder, List<string> created)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        CreateFolder(Path.GetDirectoryName(folder)!, created);
        Directory.CreateDirectory(folder);
        created.Add(folder);
    }

    /// <summary>Renames a staged file over its target, keeping what it replaces under a temporary name; returns that name.</summary>
    private static string? MoveIn(string temporary, string target)
    {
        string? backup = null;
        if (File.Exists(target))
        {
            backup = TemporaryBeside(target);
            File.Move(target, backup);
        }

        try
        {
            File.Move(temporary, target);
            return backup;
        }
        catch when (backup is not null)
        {
            File.Move(backup, target);
            throw;
        }
    }

    /// <summary>Moves a staged folder into the place of its target, the old folder kept aside until the move has landed.</summary>
    private static void FolderMoveIn(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = TemporaryBeside(target);
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        Quietly(() => Directory.Delete(old, recursive: true));
    }

    /// <summary>Clean-up after a failure must not hide the failure itself.</summary>
    private static void Quietly(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original error is what the caller needs to see.
        }
    }
}

/// <summary>A temporary file beside its target: <see cref="Commit"/> renames it over the target; disposed uncommitted, it is removed.</summary>
public sealed class StagedFile : IDisposable
{
    internal static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string target;
    private readonly string temporary;
    private bool committed;
    private StreamWriter? text;

    internal StagedFile(string target, string temporary)
    {
        this.target = target;
        this.temporary = temporary;
        Stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
    }

    public FileStream Stream { get; }

    /// <summary>The file as UTF-8 text (without a byte order mark).</summary>
    public TextWriter Text => text ??= new StreamWriter(Stream, Utf8);

    public void Commit()
    {
        text?.Flush();
        Stream.Flush(flushToDisk: true);
        text?.Dispose();
        Stream.Dispose();
        File.Move(temporary, target, overwrite: true);
        committed = true;
    }

    public void Dispose()
    {
        text?.Dispose();
        Stream.Dispose();
        if (!committed)
        {
            File.Delete(temporary);
        }
    }
}
