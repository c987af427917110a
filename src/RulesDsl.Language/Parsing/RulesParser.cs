using System.Collections.Immutable;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Parsing;

/// <summary>What parsing a rules file gave: the tree (with what could be read) and the syntax errors.</summary>
public sealed record ParseResult(RulesFile File, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Reads a rules file into a syntax tree.</summary>
public static class RulesParser
{
    public static ParseResult Parse(string path, string text) =>
        new(new RulesFile(path, text, new Header("", null, null, default), []), []);
}
