using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using RulesDsl.Compiler.Loading;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// <c>rulesdsl watch</c>: the rules re-checked, recompiled in-process and their examples re-run at the start and on
/// every change to the rules or the corpus, until Ctrl-C.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var rulesOption = CheckCommand.RulesOption();
        var corpusOption = CorpusCommand.CorpusOption();
        var asOfOption = new Option<string?>("--as-of") { Description = "Check and run the examples by the law in force on this date (YYYY-MM-DD); today by default." };
        var command = new Command("watch", "Re-check, recompile and re-run the examples on every change to the rules or the corpus, until Ctrl-C.")
        {
            rulesOption, corpusOption, asOfOption,
        };
        command.SetAction(parse =>
        {
            if (!ProvisionArgument.TryReadDate(parse.GetValue(asOfOption), error, out var asOf))
            {
                return 2;
            }

            using var stop = new CtrlC();
            return Watch(RulesWorkspace.Open(parse.GetValue(corpusOption)!, parse.GetValue(rulesOption)!, asOf, clock, LinkedCorpusCache.Default), output, error, WatchLoop.DefaultQuiet, stop.Token);
        });
        return command;
    }

    /// <summary>Watches until <paramref name="cancellation"/>: 0 then, 1 when the rules or the corpus are not there to watch.</summary>
    public static int Watch(RulesWorkspace workspace, TextWriter output, TextWriter error, TimeSpan quiet, CancellationToken cancellation)
    {
        foreach (var (option, path) in new[] { ("--rules", workspace.RulesPath!), ("--corpus", workspace.CorpusPath) })
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                error.WriteLine($"rulesdsl: {option} {path}: no such file or folder to watch");
                return 1;
            }
        }

        using var session = new WatchSession(workspace, output, new ClassifierLoader(ClassifierCache.Default));
        new WatchLoop(session, quiet).RunAsync(cancellation).GetAwaiter().GetResult();
        error.WriteLine("rulesdsl: watch stopped");
        return 0;
    }
}
