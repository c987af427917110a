using RulesDsl.Corpus.Reading;
using RulesDsl.Language.Checking;
using RulesDsl.Linking;
using RulesDsl.Linking.Model;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>The embedded corpus, linked once; rules files checked against it as of a fixed day.</summary>
internal static class Against
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly Lazy<LinkGraph> Graph = new(() => Linker.Link(CorpusReader.Read(RepoPaths.Corpus)));

    public static LinkGraph Corpus => Graph.Value;

    public static CheckedRules Check(string text, string path = "rules/test.rules") => RulesChecker.Check(path, text, Corpus, Today);
}
