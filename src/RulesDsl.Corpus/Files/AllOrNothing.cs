namespace RulesDsl.Corpus.Files;

/// <summary>
/// Writes several files as one change, all or nothing: each is first written whole under a temporary name beside its
/// target, and only then is each renamed into place. A failure or cancellation before the renames leaves every folder as
/// it was; a failure during them puts back the files already replaced. Either way no temporary file is left, and the
/// folders the write created are removed. Used by the compiler's build output and by <c>rulesdsl import</c>.
/// </summary>
public static class AllOrNothing
{
    /// <summary>A name beside the target that no other writer picks, hidden and marked as temporary.</summary>
    public static string TemporaryBeside(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");

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
