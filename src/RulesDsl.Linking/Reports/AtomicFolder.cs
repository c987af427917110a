using System.Text;

namespace RulesDsl.Linking.Reports;

/// <summary>
/// Writes a folder of files all at once: everything goes into a hidden folder beside the target, which then takes the
/// target's place in one move. A failure leaves the target as it was and removes what was written.
/// </summary>
internal static class AtomicFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="folder">The folder to create or replace.</param>
    /// <param name="files">The files, by path relative to the folder with '/' between parts.</param>
    /// <param name="mayReplace">Whether a non-empty folder already there may be replaced; when not, nothing is written.</param>
    public static void Write(string folder, IEnumerable<KeyValuePair<string, string>> files, Func<string, bool> mayReplace)
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
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            foreach (var (relative, text) in files)
            {
                var path = Path.Combine(staging, relative.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, Utf8);
            }

            MoveIntoPlace(staging, target);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    private static void MoveIntoPlace(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.old");
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

        Directory.Delete(old, recursive: true);
    }
}
