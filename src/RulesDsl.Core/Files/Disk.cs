using System.Runtime.InteropServices;

namespace RulesDsl.Files;

/// <summary>
/// Every change <see cref="AllOrNothing"/> makes on disk, one step each, so that a test can stop a write before any of
/// them as kill -9 would (<see cref="StandIn"/>). Files are flushed to the device before they are renamed into place,
/// and a version's folder before the link is switched to it, so that a crash of the machine, not only of the process,
/// finds the old or the new set.
/// </summary>
internal static partial class Disk
{
    /// <summary>In tests, the process a write runs as; null for the real one.</summary>
    internal static readonly AsyncLocal<ProcessStandIn?> StandIn = new();

    /// <summary>The id written into temporary names, by which a later run tells a live writer's temporaries from a dead one's.</summary>
    public static int ProcessId => StandIn.Value?.Id ?? Environment.ProcessId;

    public static void CreateFolder(string path)
    {
        Step($"create {path}");
        Directory.CreateDirectory(path);
    }

    /// <summary>Writes a new file whole and flushes it to the device; on Unix, created with <paramref name="mode"/> when given.</summary>
    public static void WriteFile(string path, ReadOnlySpan<byte> bytes, UnixFileMode? mode = null)
    {
        Step($"write {path}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        using var stream = new FileStream(path, options);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Creates a new file to be written as it goes.</summary>
    public static FileStream CreateFile(string path)
    {
        Step($"create {path}");
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write);
    }

    public static void MoveFile(string from, string to, bool overwrite = false)
    {
        Step($"move {from} to {to}");
        File.Move(from, to, overwrite);
    }

    /// <summary>Copies a file whole and flushes the copy to the device.</summary>
    public static void CopyFile(string from, string to)
    {
        Step($"copy {from} to {to}");
        File.Copy(from, to);
        using var copy = new FileStream(to, FileMode.Open, FileAccess.ReadWrite);
        copy.Flush(flushToDisk: true);
    }

    public static void MoveFolder(string from, string to)
    {
        Step($"move {from} to {to}");
        Directory.Move(from, to);
    }

    /// <summary>Removes a file, a link (not what it points to) or a folder with all it holds.</summary>
    public static void Delete(string path)
    {
        Step($"delete {path}");
        if (new FileInfo(path).LinkTarget is null && Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }

    /// <summary>Removes an empty folder.</summary>
    public static void DeleteEmptyFolder(string path)
    {
        Step($"delete {path}");
        Directory.Delete(path);
    }

    /// <summary>Makes a symbolic link to a name in the same folder (relative, so that the folder can be moved as a whole).</summary>
    public static void Link(string path, string name)
    {
        Step($"link {path} to {name}");
        Directory.CreateSymbolicLink(path, name);
    }

    /// <summary>
    /// rename(2): replaces <paramref name="to"/> if it is a file or a link, in one step that no reader sees half done.
    /// File.Move cannot: it refuses a link to a folder as its source.
    /// </summary>
    public static void Rename(string from, string to)
    {
        Step($"rename {from} to {to}");
        if (Posix.Rename(from, to) != 0)
        {
            throw Failure($"cannot rename '{from}' to '{to}'");
        }
    }

    /// <summary>Flushes a folder's entries to the device (fsync(2) of the folder), so that a rename in it survives a crash.</summary>
    public static void Sync(string folder)
    {
        var handle = Posix.Open(folder, 0);
        if (handle < 0)
        {
            throw Failure($"cannot open '{folder}'");
        }

        try
        {
            if (Posix.Fsync(handle) != 0)
            {
                throw Failure($"cannot flush '{folder}'");
            }
        }
        finally
        {
            _ = Posix.Close(handle);
        }
    }

    private static void Step(string what) => StandIn.Value?.Step(what);

    private static IOException Failure(string what)
    {
        var error = Marshal.GetLastPInvokeError();
        return new IOException($"{what}: {Marshal.GetPInvokeErrorMessage(error)}", error);
    }

    private static partial class Posix
    {
        [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Rename(string from, string to);

        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
        internal static partial int Fsync(int handle);

        [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
        internal static partial int Close(int handle);
    }
}

/// <summary>
/// A test's stand-in for the process that writes: the id it writes into temporary names (one no live process has, so
/// that a later run takes its leftovers for a dead writer's) and the number of steps it takes before it dies. Once dead,
/// every step fails before touching the disk, clean-up included, as nothing runs after kill -9.
/// </summary>
internal sealed class ProcessStandIn(int id, int steps)
{
    private int left = steps;

    public int Id => id;

    /// <summary>The steps taken before it died (or so far).</summary>
    public int Taken { get; private set; }

    public void Step(string what)
    {
        if (left <= 0)
        {
            throw new IOException($"the writer was killed before it could {what}");
        }

        left--;
        Taken++;
    }
}
