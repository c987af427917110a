using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Diagnostics;

namespace RulesDsl.Language.Checking;

/// <summary>
/// A fact no rule, derivation or estimate reads is asked of the user for nothing: warned (RD0176) where it is declared,
/// unless its <c>unread "REASON"</c> clause says why it is kept. A fact counts as read when any file of the rule set
/// checked reads it, so that a fact of a file others import is read through them.
/// </summary>
internal static class UnusedFacts
{
    /// <param name="wholeFolder">
    /// True when a folder is checked: the rule set is its files and every file they import, and a fact of any of them
    /// that none reads is warned of. False when one file is: only that file's own facts are judged, and none of a
    /// declarations file, since files not given may import the files it imports, or it, and read their facts.
    /// </param>
    public static IEnumerable<Diagnostic> Find(IReadOnlyList<CheckedRules> checkedFiles, bool wholeFolder)
    {
        var read = checkedFiles.SelectMany(ReadFacts).ToHashSet();
        return checkedFiles
            .SelectMany(rules => rules.RuleSet.Facts.Select(fact => (File: rules.RuleSet.FileOf(fact.Symbol.Syntax), Fact: fact.Symbol, Rules: rules)))
            .Where(f => wholeFolder || (ReferenceEquals(f.File, f.Rules.Syntax) && !f.File.Header.IsDeclarations))
            .Where(f => f.Fact.Syntax.Unread is null && !read.Contains((Path.GetFullPath(f.File.Path), f.Fact.Name)))
            .Select(f => LanguageDiagnostics.UnusedFact(
                new SourceText(f.File.Path, f.File.Text).PositionOf(f.Fact.Syntax.Name.Span.Start), f.Fact.Syntax.Name.Span.Length, f.Fact.Name));
    }

    /// <summary>The facts a rule set reads, each as the full path of its file and its name.</summary>
    private static IEnumerable<(string File, string Fact)> ReadFacts(CheckedRules rules)
    {
        var set = rules.RuleSet;
        return set.Rules.SelectMany(rule => new[] { rule.When, rule.Unless }.OfType<BoundExpression>())
            .Concat(set.Facts.SelectMany(fact => fact.Fallbacks).Select(derivation => derivation.From))
            .SelectMany(expression => expression.SelfAndDescendants())
            .OfType<BoundFactReference>()
            .Select(reference => (Path.GetFullPath(set.FileOf(reference.Fact.Syntax).Path), reference.Fact.Name));
    }
}
