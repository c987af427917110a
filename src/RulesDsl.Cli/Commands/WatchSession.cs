using RulesDsl.Cli.Diagnostics;
using System.Diagnostics;
using RulesDsl.Compiler.Loading;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// The state <c>rulesdsl watch</c> keeps between runs: the workspace (whose linked corpus a rules-only change reuses)
/// and, per rules file, the classifier it serves. <see cref="Run"/> is one run for a set of changed paths, so it can
/// be driven without a file watcher.
/// </summary>
internal sealed class WatchSession(RulesWorkspace opened, TextWriter output, ClassifierLoader loader) : IDisposable
{
    /// <summary>How many changed paths a header names before it counts the rest.</summary>
    private const int NamedChanges = 3;

    private readonly Dictionary<string, Served> served = new(StringComparer.Ordinal);
    private RulesWorkspace? workspace;
    private int runs;

    /// <summary>The rules folder (or file) as given.</summary>
    public string Rules => opened.RulesPath!;

    /// <summary>The corpus folder (or file) as given.</summary>
    public string Corpus => opened.CorpusPath;

    /// <summary>The classifier served for a rules file (as its diagnostics name it), if it ever compiled.</summary>
    public LoadedClassifier? Serving(string path) => served.GetValueOrDefault(path.Replace('\\', '/'))?.Host.Current;

    /// <summary>
    /// One run: the corpus re-read and re-linked when it is new or a changed path is in it, every rules file checked,
    /// each good one recompiled and its examples run; then the run is printed whole, under a header saying what
    /// changed and how long it took.
    /// </summary>
    public void Run(IReadOnlyCollection<string> changed)
    {
        var clock = Stopwatch.StartNew();
        var run = ++runs;
        var relink = workspace is null || changed.Any(opened.InCorpus);
        var body = new StringWriter();
        try
        {
            workspace = workspace is null ? opened.WithCorpusChanged() : workspace.WithChanges(changed);
            Check(run, workspace, body);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An editor may still be writing; its next event brings another run, which reads everything again.
            workspace = null;
            body.WriteLine($"rulesdsl: cannot read the inputs: {e.Message}");
        }
        catch (Exception e)
        {
            // A fault of rulesdsl ends this run, not the watch: the next change brings a run that reads everything again.
            workspace = null;
            body.WriteLine(CliDiagnostics.InternalError("watch", e));
        }

        var what = changed.Count == 0 ? "start" : Describe(changed);
        var linked = relink ? "; corpus read and linked" : "; corpus reused";
        output.WriteLine($"== run {run}: {what}{linked}; {clock.ElapsedMilliseconds} ms ==");
        output.Write(body.ToString());
        output.Flush();
    }

    public void Dispose()
    {
        foreach (var entry in served.Values)
        {
            entry.Host.Dispose();
        }

        served.Clear();
    }

    private void Check(int run, RulesWorkspace checking, TextWriter body)
    {
        foreach (var diagnostic in checking.CheckDiagnostics)
        {
            body.WriteLine(diagnostic);
        }

        // A declarations file is served as part of each file importing it, not as a classifier of its own.
        var files = checking.Rules.Where(f => !f.Syntax.Header.IsDeclarations).ToList();
        foreach (var gone in served.Keys.Except(files.Select(f => f.Syntax.Path)).ToList())
        {
            served[gone].Host.Dispose();
            served.Remove(gone);
        }

        var total = 0;
        var failed = 0;
        foreach (var file in files)
        {
            var path = file.Syntax.Path;
            if (!served.TryGetValue(path, out var entry))
            {
                entry = new Served(new ClassifierHost(loader));
                served.Add(path, entry);
            }

            if (!file.HasErrors)
            {
                var result = entry.Host.Reload(file, checking.Graph);
                result.Cache.ToList().ForEach(body.WriteLine);
                if (result.Classifier is not null)
                {
                    entry.Run = run;
                    var results = TestCommand.RunExamples(new LoadedRules(file, result.Classifier, checking.Graph), checking.AsOf, body);
                    total += results.Count;
                    failed += results.Count(r => !r.Passed);
                    continue;
                }

                result.Diagnostics.Where(d => d.IsError).ToList().ForEach(body.WriteLine);
            }

            body.WriteLine(entry.Host.Current is null
                ? $"{path}: has errors; no classifier yet"
                : $"{path}: has errors; still serving the classifier of run {entry.Run}");
        }

        TestCommand.WriteTotals(total, failed, body);
    }

    /// <summary>
    /// The changed paths as the command line would name them: under the folder given, or whole. Those gone are left
    /// out when others are there, as an editor's temporary files are gone by the time the run starts.
    /// </summary>
    private string Describe(IReadOnlyCollection<string> changed)
    {
        var there = changed.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        var named = (there.Count > 0 ? there : changed).Order(StringComparer.Ordinal).Select(Shown).Distinct().ToList();
        var more = named.Count > NamedChanges ? $" and {named.Count - NamedChanges} more" : "";
        return "changed " + string.Join(", ", named.Take(NamedChanges)) + more + (there.Count > 0 ? "" : " (removed)");
    }

    private string Shown(string path)
    {
        foreach (var root in new[] { Corpus, Rules })
        {
            if (WorkspacePaths.Within(path, root))
            {
                var shown = File.Exists(root) ? root : Path.Combine(root, Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path)));
                return shown.Replace('\\', '/');
            }
        }

        return path.Replace('\\', '/');
    }

    /// <summary>A rules file's host and the run its classifier comes from.</summary>
    private sealed class Served(ClassifierHost host)
    {
        public ClassifierHost Host { get; } = host;

        public int Run { get; set; }
    }
}
