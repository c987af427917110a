using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;
using RulesDsl.Workspace;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>The embedded corpus in a workspace, linked once; rules files checked against it as of a fixed day.</summary>
internal static class Against
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static RulesWorkspace Workspace { get; } = RulesWorkspace.Open(RepoPaths.Corpus, null, null, new FixedClock(Today));

    public static LinkGraph Corpus => Workspace.Graph;

    public static CheckedRules Check(string text, string path = "rules/test.rules") => Workspace.Check(path, text);
}
