using RulesDsl.Compiler.Loading;

namespace RulesDsl.Compiler.Emit;

/// <summary>
/// Writes a build's files into a folder all or nothing. Each file is first written whole under a temporary name beside
/// its target; only then is each renamed into place. A failure or cancellation before the renames leaves the folder as
/// it was; a failure during them puts back the files already replaced. Either way no temporary file is left.
/// </summary>
public static class BuildOutput
{
    /// <summary>Writes the files and returns their paths, in the order given.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<BuildFile> files, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(folder);
        var staged = new List<(string Temporary, string Target)>();
        var replaced = new List<(string Target, string? Backup)>();
        var done = false;
        try
        {
            foreach (var file in files)
            {
                cancellation.ThrowIfCancellationRequested();
                var target = Path.Combine(folder, file.Name);
                staged.Add((AtomicFile.Temporary(target), target));
                using var stream = new FileStream(staged[^1].Temporary, FileMode.CreateNew, FileAccess.Write);
                stream.Write(file.Bytes.AsSpan());
                stream.Flush(flushToDisk: true);
            }

            // The last point of return: past it, renames are quick and either all land or all are undone.
            cancellation.ThrowIfCancellationRequested();
            foreach (var (temporary, target) in staged)
            {
                replaced.Add((target, MoveIn(temporary, target)));
            }

            done = true;
            return [.. staged.Select(s => s.Target)];
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
        }
    }

    /// <summary>Renames a staged file over its target, keeping what it replaces under a temporary name; returns that name.</summary>
    private static string? MoveIn(string temporary, string target)
    {
        string? backup = null;
        if (File.Exists(target))
        {
            backup = AtomicFile.Temporary(target);
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
