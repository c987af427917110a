using RulesDsl.Compiler.Loading;
using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;

namespace RulesDsl.Cli.Commands;

/// <summary>A rules file checked and loaded as a classifier, with the corpus it was checked against.</summary>
internal sealed record LoadedRuleSet(CheckedRules Rules, LoadedClassifier Loaded, LinkGraph Graph) : IDisposable
{
    public void Dispose() => Loaded.Dispose();
}

/// <summary>The rules of <c>classify</c>, <c>schema</c> and <c>test</c>: checked as <c>check</c> does, compiled (or taken from the cache) and loaded.</summary>
internal static class RuleSetLoading
{
    /// <summary>Every rules file loaded, or null when any has an error (the errors written to <paramref name="error"/>).</summary>
    public static List<LoadedRuleSet>? LoadAll(string rules, string corpus, DateOnly? asOf, TextWriter error)
    {
        var (graph, files, diagnostics) = CheckCommand.CheckAll(rules, corpus, asOf);
        if (diagnostics.Any(d => d.IsError))
        {
            diagnostics.Where(d => d.IsError).ToList().ForEach(error.WriteLine);
            error.WriteLine("rulesdsl: the rules have errors; nothing was classified");
            return null;
        }

        var loaded = new List<LoadedRuleSet>();
        var loader = new ClassifierLoader(ClassifierCache.Default);
        foreach (var file in files)
        {
            var result = loader.Load(file, graph);
            if (result.Classifier is null)
            {
                result.Diagnostics.Where(d => d.IsError).ToList().ForEach(error.WriteLine);
                error.WriteLine($"rulesdsl: {file.Syntax.Path} does not compile");
                loaded.ForEach(l => l.Dispose());
                return null;
            }

            loaded.Add(new LoadedRuleSet(file, result.Classifier, graph));
        }

        return loaded;
    }

    /// <summary>
    /// The one rule set a command works on, or the exit code: 1 when the rules have errors, 2 when several files are
    /// named (the command line must choose one; the error names them).
    /// </summary>
    public static (LoadedRuleSet? Rules, int Exit) LoadOne(string rules, string corpus, DateOnly? asOf, TextWriter error)
    {
        var all = LoadAll(rules, corpus, asOf, error);
        if (all is null)
        {
            return (null, 1);
        }

        if (all.Count == 1)
        {
            return (all[0], 0);
        }

        error.WriteLine($"rulesdsl: --rules {rules} holds {all.Count} rules files ({string.Join(", ", all.Select(l => l.Rules.Syntax.Path))}); name one with --rules FILE");
        all.ForEach(l => l.Dispose());
        return (null, 2);
    }
}
