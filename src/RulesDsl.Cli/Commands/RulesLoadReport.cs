using RulesDsl.Compiler.Loading;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary>The rules of <c>classify</c>, <c>schema</c> and <c>test</c> loaded by the workspace, and what stopped them said on the error stream.</summary>
internal static class RulesLoadReport
{
    /// <summary>Every rules file loaded, or null when any has an error (the errors written to <paramref name="error"/>).</summary>
    public static IReadOnlyList<LoadedRules>? LoadAll(RulesWorkspace workspace, TextWriter error)
    {
        var load = workspace.Load(new ClassifierLoader(ClassifierCache.Default));
        foreach (var warning in load.CacheWarnings)
        {
            error.WriteLine(warning);
        }

        if (load.Succeeded)
        {
            return load.Loaded;
        }

        foreach (var diagnostic in load.Errors)
        {
            error.WriteLine(diagnostic);
        }

        error.WriteLine(load.NotCompiled is { } file
            ? $"rulesdsl: {file.Syntax.Path} does not compile"
            : "rulesdsl: the rules have errors; nothing was classified");
        return null;
    }

    /// <summary>
    /// The one rule set a command works on, or the exit code: 1 when the rules have errors, 2 when several files are
    /// named (the command line must choose one; the error names them).
    /// </summary>
    public static (LoadedRules? Rules, int Exit) LoadOne(RulesWorkspace workspace, TextWriter error)
    {
        var all = LoadAll(workspace, error);
        if (all is null)
        {
            return (null, 1);
        }

        if (all.Count == 1)
        {
            return (all[0], 0);
        }

        error.WriteLine($"rulesdsl: --rules {workspace.RulesPath} holds {all.Count} rules files ({string.Join(", ", all.Select(l => l.Path))}); name one with --rules FILE");
        foreach (var loaded in all)
        {
            loaded.Dispose();
        }

        return (null, 2);
    }
}
