using System.Threading.Channels;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// Feeds a <see cref="WatchSession"/> from file system events on its rules and corpus: one run at the start, then one
/// per burst of changes, a burst ending when no event has come for the quiet period (an editor's save is several
/// events: a temporary file, a rename, a change of attributes).
/// </summary>
internal sealed class WatchLoop(WatchSession session, TimeSpan quiet)
{
    /// <summary>The default quiet period: longer than the gaps inside one save, shorter than a person notices.</summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs until <paramref name="cancellation"/> is cancelled; the watchers are disposed when it ends.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var watchers = new[] { session.Rules, session.Corpus }.Select(path => Watch(path, changes.Writer)).ToList();
        try
        {
            // The watchers start before the first run, so that nothing saved during it is missed.
            session.Run([]);
            while (true)
            {
                var burst = new HashSet<string>(StringComparer.Ordinal) { await changes.Reader.ReadAsync(cancellation) };
                while (await NextWithin(changes.Reader, cancellation) is { } path)
                {
                    burst.Add(path);
                }

                session.Run(burst);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl-C: the normal end of watching.
        }
        finally
        {
            watchers.ForEach(w => w.Dispose());
        }
    }

    /// <summary>The next changed path if one comes within the quiet period, else null.</summary>
    private async Task<string?> NextWithin(ChannelReader<string> reader, CancellationToken cancellation)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        wait.CancelAfter(quiet);
        try
        {
            return await reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>A watcher on a folder and below, or on one file (its folder, filtered to its name).</summary>
    private static FileSystemWatcher Watch(string path, ChannelWriter<string> changes)
    {
        var full = Path.GetFullPath(path);
        var isFile = File.Exists(full);
        var watcher = new FileSystemWatcher(isFile ? Path.GetDirectoryName(full)! : full)
        {
            Filter = isFile ? Path.GetFileName(full) : "*",
            IncludeSubdirectories = !isFile,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) => Post(e.FullPath, changes);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => Post(e.FullPath, changes);
        // Events lost to a full buffer: the whole folder is taken as changed.
        watcher.Error += (_, _) => changes.TryWrite(full);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>Editors' swap and backup files (hidden or ending in ~) are not inputs and bring no run.</summary>
    private static void Post(string path, ChannelWriter<string> changes)
    {
        var name = Path.GetFileName(path);
        if (!name.StartsWith('.') && !name.EndsWith('~'))
        {
            changes.TryWrite(path);
        }
    }
}
