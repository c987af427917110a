using System.Diagnostics;
using System.Globalization;

namespace RulesDsl.Files;

/// <summary>
/// Output written all or nothing, the one way every command writes files: each file is first written whole under a
/// temporary name beside its target (or a whole folder beside the folder it replaces), and only then renamed into
/// place. A failure or cancellation before the renames leaves everything as it was; a failure during them puts back
/// what was already replaced. Either way nothing half-written and no temporary file is left, and folders the write
/// created are removed. Used by <c>build</c>, <c>import</c>, <c>link --format html --out</c>, <c>classify --out</c>
/// and the classifier cache.
/// <para>
/// A kill (kill -9, a crash) runs no clean-up. Each rename replaces its target in one step, so a kill leaves no target
/// missing or half-written, but between the renames of several files it leaves some new beside some old: files that
/// must change together (a build) go through <see cref="WriteVersion"/>, whose one rename switches the whole set. And
/// every temporary name holds the writer's process id:
/// <c>.&lt;target&gt;.&lt;pid&gt;-&lt;guid&gt;.tmp</c>. Each write first removes what a writer that is no longer running
/// left beside its targets, and never what a live one (of this process or another) is still writing. A process id
/// used again by a later process only delays a removal to a later run.
/// </para>
/// </summary>
public static class AllOrNothing
{
    /// <summary>Writes the files; on failure throws what failed, with the folders as they were.</summary>
    public static void Write(IReadOnlyList<(string Path, ReadOnlyMemory<byte> Bytes)> files, CancellationToken cancellation = default)
    {
        RemoveLeftovers(files.Select(f => f.Path));
        var created = new List<string>();
        var staged = new List<(string Temporary, string Target)>();
        var replaced = new List<(string Target, string? Backup)>();
        var backups = new List<string>();
        var done = false;
        try
        {
            foreach (var (path, bytes) in files)
            {
                cancellation.ThrowIfCancellationRequested();
                CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!, created);
                staged.Add((TemporaryBeside(path), path));
                Disk.WriteFile(staged[^1].Temporary, bytes.Span);
            }

            // The last point of return: past it, renames are quick and either all land or all are undone. Each rename
            // replaces its target in one step, so that a kill leaves no file missing; the copy kept of what it replaces
            // is what a failure puts back (one file needs none: its rename lands or changes nothing).
            cancellation.ThrowIfCancellationRequested();
            foreach (var (temporary, target) in staged)
            {
                var backup = staged.Count > 1 && File.Exists(target) ? TemporaryBeside(target) : null;
                if (backup is not null)
                {
                    backups.Add(backup);
                    Disk.CopyFile(target, backup);
                }

                Disk.MoveFile(temporary, target, overwrite: true);
                replaced.Add((target, backup));
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
                    Quietly(() =>
                    {
                        if (backup is null)
                        {
                            Disk.Delete(target);
                        }
                        else
                        {
                            Disk.MoveFile(backup, target, overwrite: true);
                        }
                    });
                }
            }

            backups.Where(File.Exists).ToList().ForEach(backup => Quietly(() => Disk.Delete(backup)));
            staged.Where(s => File.Exists(s.Temporary)).ToList().ForEach(s => Quietly(() => Disk.Delete(s.Temporary)));
            if (!done)
            {
                Enumerable.Reverse(created).ToList().ForEach(folder => Quietly(() => Disk.DeleteEmptyFolder(folder)));
            }
        }
    }

    /// <summary>
    /// Writes a file that is not there yet, created on Unix with <paramref name="mode"/> so that it is never, even for a
    /// moment, readable more widely (a secret); when another writer put one there first, that one is kept.
    /// </summary>
    /// <returns>Whether this write put the file there.</returns>
    public static bool WriteNew(string path, ReadOnlySpan<byte> bytes, UnixFileMode mode)
    {
        RemoveLeftovers([path]);
        var temporary = TemporaryBeside(path);
        try
        {
            Disk.WriteFile(temporary, bytes, mode);
            Disk.MoveFile(temporary, path);
            return true;
        }
        catch (IOException) when (File.Exists(path) && File.Exists(temporary))
        {
            return false;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                Quietly(() => Disk.Delete(temporary));
            }
        }
    }

    /// <summary>A file to write as it goes (a batch's verdicts, say) that replaces the target only when committed.</summary>
    public static StagedFile Stage(string path)
    {
        RemoveLeftovers([path]);
        return new(path, TemporaryBeside(path));
    }

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

        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"'{folder}' is a root folder, which cannot be replaced");
        RemoveLeftovers([target]);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !mayReplace(target))
        {
            throw new IOException($"'{folder}' holds files that were not written here; it was left as it is — choose a new or empty folder");
        }

        Directory.CreateDirectory(parent);
        var staging = TemporaryBeside(target);
        try
        {
            foreach (var (relative, text) in files)
            {
                var path = Path.Combine(staging, relative.Replace('/', Path.DirectorySeparatorChar));
                Disk.CreateFolder(Path.GetDirectoryName(path)!);
                Disk.WriteFile(path, StagedFile.Utf8.GetBytes(text));
            }

            FolderMoveIn(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Quietly(() => Disk.Delete(staging));
            }
        }
    }

    /// <summary>
    /// Writes a set of files that takes the place of the set in <paramref name="folder"/> in one step, so that a kill at
    /// any moment leaves, on disk and without a later run's repair, either the whole old set or the whole new one.
    /// </summary>
    /// <remarks>
    /// Renaming files one by one cannot do that: between two renames the folder holds a mix. Instead the folder is a
    /// symbolic link to a hidden version beside it, <c>.&lt;folder&gt;.&lt;pid&gt;-&lt;guid&gt;</c>: the new version is written
    /// whole and flushed, a new link to it is made under a temporary name, and rename(2) puts that link in the folder's
    /// place — one step, which a reader sees either before or after. The version the folder pointed to is then removed,
    /// or by the next run if the write was killed first. The link is relative, so paths through the folder
    /// (<c>build/x.dll</c>) work as before and the parent folder can be moved.
    /// <para>
    /// A real folder in its place is turned into a link once, and only if <paramref name="mayReplace"/> says it holds
    /// nothing but what this write makes; it is moved aside as <c>.&lt;folder&gt;.&lt;pid&gt;-&lt;guid&gt;.old</c> just before
    /// the link takes its place, so a kill between the two leaves it there, and the next run moves it back.
    /// </para>
    /// <para>
    /// Windows cannot rename a link over a link to a folder (a folder link is a folder there), and making links needs a
    /// privilege; there, and on any file system that refuses links, the files are written one by one with
    /// <see cref="Write"/>, which is all or nothing on failure and on cancellation but not under kill.
    /// </para>
    /// </remarks>
    /// <param name="files">The files, by name.</param>
    /// <param name="mayReplace">Whether a real folder already there may be replaced, given its path; when not, nothing is written.</param>
    /// <exception cref="IOException">The folder holds other files, is a file or a link made elsewhere, or could not be written.</exception>
    public static void WriteVersion(string folder, IReadOnlyList<(string Name, ReadOnlyMemory<byte> Bytes)> files, Func<string, bool> mayReplace, CancellationToken cancellation = default)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"'{folder}' is a root folder, which cannot be replaced");
        cancellation.ThrowIfCancellationRequested();
        if (OperatingSystem.IsWindows())
        {
            Write([.. files.Select(f => (Path.Combine(target, f.Name), f.Bytes))], cancellation);
            return;
        }

        RemoveLeftovers([target]);
        var name = Path.GetFileName(target);
        var previous = new FileInfo(target).LinkTarget;
        if (previous is null ? File.Exists(target) : Leftover.Parse(previous) is not { Kind: LeftoverKind.Version } pointed || pointed.Target != name)
        {
            throw new IOException($"'{folder}' is a file or a link rulesdsl did not make; nothing was changed — choose a new or empty folder");
        }

        var migrate = previous is null && Directory.Exists(target);
        if (migrate && Directory.EnumerateFileSystemEntries(target).Any() && !mayReplace(target))
        {
            throw new IOException($"'{folder}' holds files rulesdsl did not write; nothing was changed — choose a new or empty folder");
        }

        Directory.CreateDirectory(parent);
        var id = NewId();
        var next = $".{name}.{id}";
        var link = Path.Combine(parent, $".{name}.{id}.tmp");
        try
        {
            Disk.Link(link, next);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file system without links: written as best it can be.
            Write([.. files.Select(f => (Path.Combine(target, f.Name), f.Bytes))], cancellation);
            return;
        }

        var aside = Path.Combine(parent, $".{name}.{id}.old");
        var switched = false;
        try
        {
            Disk.CreateFolder(Path.Combine(parent, next));
            foreach (var (file, bytes) in files)
            {
                cancellation.ThrowIfCancellationRequested();
                Disk.WriteFile(Path.Combine(parent, next, file), bytes.Span);
            }

            Disk.Sync(Path.Combine(parent, next));
            cancellation.ThrowIfCancellationRequested();
            if (migrate)
            {
                Disk.MoveFolder(target, aside);
            }

            Disk.Rename(link, target);
            switched = true;
        }
        finally
        {
            if (!switched)
            {
                Quietly(() => Disk.Delete(link));
                Quietly(() => Disk.Delete(Path.Combine(parent, next)));
                if (migrate && Directory.Exists(aside))
                {
                    Quietly(() => Disk.MoveFolder(aside, target));
                }
            }
        }

        // The switch has landed; should flushing it fail, a crash of the machine finds the old set, as before the write.
        Quietly(() => Disk.Sync(parent));
        if (migrate)
        {
            Quietly(() => Disk.Delete(aside));
        }
        else if (previous is not null && new FileInfo(target).LinkTarget != previous)
        {
            // Not pointed to any more, and its writer switched to it once and never will again.
            Quietly(() => Disk.Delete(Path.Combine(parent, previous)));
        }
    }

    /// <summary>
    /// Removes what writers that are no longer running left beside these targets: temporary files, links and folders,
    /// versions the target does not point to, and a folder moved aside, which goes back in place if the write that
    /// moved it died before its successor took that place.
    /// </summary>
    internal static void RemoveLeftovers(IEnumerable<string> targets)
    {
        foreach (var beside in targets.Select(t => Path.TrimEndingDirectorySeparator(Path.GetFullPath(t))).GroupBy(Path.GetDirectoryName))
        {
            if (beside.Key is null || !Directory.Exists(beside.Key))
            {
                continue;
            }

            var names = beside.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            var leftovers = Directory.EnumerateFileSystemEntries(beside.Key, ".*")
                .Select(path => (Path: path, Leftover: Leftover.Parse(Path.GetFileName(path))))
                .Where(l => l.Leftover is not null && names.Contains(l.Leftover.Target) && !IsRunning(l.Leftover.ProcessId))
                .OrderBy(l => l.Leftover!.Kind)
                .ToList();
            foreach (var (path, leftover) in leftovers)
            {
                var target = Path.Combine(beside.Key, leftover!.Target);
                var kept = leftover.Kind switch
                {
                    LeftoverKind.Aside => !Path.Exists(target),
                    LeftoverKind.Version => new FileInfo(target).LinkTarget == Path.GetFileName(path),
                    _ => false,
                };
                if (leftover.Kind == LeftoverKind.Aside && kept)
                {
                    Quietly(() => Disk.MoveFolder(path, target));
                }
                else if (!kept)
                {
                    Quietly(() => Disk.Delete(path));
                }
            }
        }
    }

    /// <summary>A name beside the target that no other writer picks, hidden, marked as temporary and by whom.</summary>
    private static string TemporaryBeside(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{NewId()}.tmp");

    private static string NewId() => $"{Disk.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";

    /// <summary>Whether a process of that id runs; this one always does, though its own stand-in in a test does not.</summary>
    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Creates a folder and the missing ones above it, remembering each, outermost first.</summary>
    private static void CreateFolder(string folder, List<string> created)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        CreateFolder(Path.GetDirectoryName(folder)!, created);
        Disk.CreateFolder(folder);
        created.Add(folder);
    }

    /// <summary>
    /// Moves a staged folder into the place of its target, the old folder kept aside (<c>.old</c>, so that a run after a
    /// kill between the two moves puts it back) until the move has landed.
    /// </summary>
    private static void FolderMoveIn(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Disk.MoveFolder(staging, target);
            return;
        }

        var old = Path.ChangeExtension(TemporaryBeside(target), ".old");
        Disk.MoveFolder(target, old);
        try
        {
            Disk.MoveFolder(staging, target);
        }
        catch
        {
            Disk.MoveFolder(old, target);
            throw;
        }

        Quietly(() => Disk.Delete(old));
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

    /// <summary>What a name beside a target is, in the order a clean-up handles them: a folder moved aside comes back first.</summary>
    private enum LeftoverKind
    {
        Aside,
        Temporary,
        Version,
    }

    /// <summary>A name this class gives: <c>.&lt;target&gt;.&lt;pid&gt;-&lt;guid&gt;</c>, then <c>.tmp</c>, <c>.old</c> or nothing (a version).</summary>
    private sealed record Leftover(string Target, int ProcessId, LeftoverKind Kind)
    {
        public static Leftover? Parse(string name)
        {
            var kind = name.EndsWith(".tmp", StringComparison.Ordinal) ? LeftoverKind.Temporary
                : name.EndsWith(".old", StringComparison.Ordinal) ? LeftoverKind.Aside
                : LeftoverKind.Version;
            var stem = kind == LeftoverKind.Version ? name : name[..^4];
            var dot = stem.LastIndexOf('.');
            var dash = stem.LastIndexOf('-');
            if (!name.StartsWith('.') || dot < 2 || dash < dot || stem.Length - dash - 1 != 32 ||
                !stem[(dash + 1)..].All(char.IsAsciiHexDigitLower) ||
                !int.TryParse(stem.AsSpan(dot + 1, dash - dot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var processId))
            {
                return null;
            }

            return new Leftover(stem[1..dot], processId, kind);
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
        Stream = Disk.CreateFile(temporary);
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
        Disk.MoveFile(temporary, target, overwrite: true);
        committed = true;
    }

    public void Dispose()
    {
        text?.Dispose();
        Stream.Dispose();
        if (!committed)
        {
            Disk.Delete(temporary);
        }
    }
}
