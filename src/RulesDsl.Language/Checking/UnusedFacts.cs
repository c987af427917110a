using System.Collections.Immutable;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Diagnostics;

namespace RulesDsl.Language.Checking;

/// <summary>
/// A fact no rule, derivation or estimate reads is asked of the user for nothing: warned (RD0176) where it is declared,
/// unless its <c>unread "REASON"</c> clause says why it is kept. A fact counts as read when any of the rule sets checked
/// together reads it, so that a fact of a file others import is read through them.
/// </summary>
internal static class UnusedFacts
{
    public static ImmutableArray<CheckedRules> Warn(IReadOnlyList<CheckedRules> checkedFiles)
    {
        var read = checkedFiles.SelectMany(ReadFacts).ToHashSet();
        return [.. checkedFiles.Select(rules => Unread(rules, read) is { Count: > 0 } unused
            ? rules with { Diagnostics = [.. rules.Diagnostics.Concat(unused).OrderBy(d => d.Position.File == rules.Syntax.Path ? 0 : 1).ThenBy(d => d.Position.Line).ThenBy(d => d.Position.Column)] }
            : rules)];
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

    private static List<Diagnostic> Unread(CheckedRules rules, HashSet<(string File, string Fact)> read)
    {
        var own = Path.GetFullPath(rules.Syntax.Path);
        var source = new SourceText(rules.Syntax.Path, rules.Syntax.Text);
        return [.. rules.RuleSet.Facts
            .Select(fact => fact.Symbol)
            .Where(fact => ReferenceEquals(rules.RuleSet.FileOf(fact.Syntax), rules.Syntax) && fact.Syntax.Unread is null && !read.Contains((own, fact.Name)))
            .Select(fact => LanguageDiagnostics.UnusedFact(source.PositionOf(fact.Syntax.Name.Span.Start), fact.Syntax.Name.Span.Length, fact.Name))];
    }
}
