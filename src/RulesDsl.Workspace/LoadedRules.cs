using System.Collections.Immutable;
using RulesDsl.Diagnostics;
using RulesDsl.Compiler.Loading;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;

namespace RulesDsl.Workspace;

/// <summary>A rules file checked and loaded as a classifier, with the corpus it was checked against.</summary>
public sealed record LoadedRules(CheckedRules Rules, LoadedClassifier Loaded, LinkGraph Graph) : IDisposable
{
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
}
