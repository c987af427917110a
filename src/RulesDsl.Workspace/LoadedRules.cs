using System.Collections.Immutable;
using RulesDsl.Diagnostics;
using RulesDsl.Compiler.Loading;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;

namespace RulesDsl.Workspace;

/// <summary>
/// A rules file checked and loaded as a classifier, with the corpus it was checked against. A classifier the cache
/// remembers loading for the same inputs (<see cref="RulesLoadCache"/>) is loaded before its rules are checked again or
/// its corpus read; both are then worked out only if asked for, as for an explanation.
/// </summary>
public sealed class LoadedRules : IDisposable
{
    private readonly Lazy<CheckedRules> rules;
    private readonly Lazy<LinkGraph> graph;

    public LoadedRules(CheckedRules rules, LoadedClassifier loaded, LinkGraph graph)
        : this(rules.Syntax.Path, loaded, new Lazy<CheckedRules>(rules), new Lazy<LinkGraph>(graph))
    {
    }

    internal LoadedRules(string path, LoadedClassifier loaded, Lazy<CheckedRules> rules, Lazy<LinkGraph> graph)
    {
        Path = path;
        Loaded = loaded;
        this.rules = rules;
        this.graph = graph;
    }

    /// <summary>The rules file, as diagnostics show it.</summary>
    public string Path { get; }

    public LoadedClassifier Loaded { get; }

    public CheckedRules Rules => rules.Value;

    public LinkGraph Graph => graph.Value;

    public void Dispose() => Loaded.Dispose();
}

/// <summary>
/// What loading a workspace's rules gave: a classifier per rules file, or the errors that stopped it — those of the
/// corpus and the rules (<see cref="NotCompiled"/> null), or those of the one file that did not compile.
/// </summary>
public sealed record RulesLoad(ImmutableArray<LoadedRules> Loaded, ImmutableArray<Diagnostic> Errors, CheckedRules? NotCompiled)
{
    public bool Succeeded => Errors.IsEmpty && NotCompiled is null;

    /// <summary>
    /// The cache's warnings: entries refused, removed and rebuilt (RD0340), or a cache not private to the user, not
    /// used (RD0341).
    /// </summary>
    public ImmutableArray<Diagnostic> CacheWarnings { get; init; } = [];

    /// <summary>Whether the classifiers were those a load with the same inputs loaded, taken without checking the rules again.</summary>
    public bool Remembered { get; init; }
}
