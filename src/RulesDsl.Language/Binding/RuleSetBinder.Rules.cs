using System.Collections.Immutable;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

internal sealed partial class RuleSetBinder
{
    private IEnumerable<string> RuleNames => declared.Values.OfType<RuleDeclaration>().Select(rule => rule.Name.Text);

    private ImmutableArray<BoundRule> BindRules()
    {
        var bound = new List<BoundRule>();
        foreach (var rule in DeclarationsOf<RuleDeclaration>())
        {
            var conclusion = LookUp(conclusions, rule.Conclusion, "conclusion");
            var when = expressions.BindCondition(rule.When);
            var unless = rule.Unless is null ? null : expressions.BindCondition(rule.Unless);
            var exceptionTo = rule.ExceptionTo is { } other && IsRule(other) ? other.Text : null;
            if (conclusion is not null && firsts.Contains(rule))
            {
                var boundRule = new BoundRule(rule.Name.Text, rule.IsPresumption, conclusion, !rule.ConcludesNot, when, unless, exceptionTo, rule);
                rules[boundRule.Name] = boundRule;
                bound.Add(boundRule);
            }
        }

        CheckExceptions(bound);
        ReportConclusionCycles(bound);
        var all = rules.Values.ToList();
        foreach (var conclusion in conclusions.Values.Where(c => IsOwn(c.Syntax) && !all.Any(rule => rule.Conclusion == c)))
        {
            sink.Report(conclusion.Syntax.Name.Span, (at, length) => LanguageDiagnostics.NeverDecided(at, length, conclusion.Name));
        }

        foreach (var (rule, other) in RuleConflicts.Find(all).Where(conflict => IsOwn(conflict.Rule.Syntax)))
        {
            sink.Report(rule.Syntax.Name.Span, (at, length) =>
                LanguageDiagnostics.RuleConflict(at, length, rule.Name, other.Name, rule.Conclusion.Name));
        }

        return [.. bound];
    }

    private bool IsRule(Name name)
    {
        if (declared.GetValueOrDefault(name.Text) is RuleDeclaration)
        {
            return true;
        }

        ReportUnknown(name, "rule", RuleNames);
        return false;
    }

    /// <summary>An exception gives priority over a rule of the same conclusion, and priorities may not go round.</summary>
    private void CheckExceptions(List<BoundRule> bound)
    {
        foreach (var rule in bound)
        {
            if (rule.Syntax.ExceptionTo is not { } target || !rules.TryGetValue(target.Text, out var other))
            {
                continue;
            }

            var reason = ExceptionProblem(rule, other, bound);
            if (reason is not null)
            {
                sink.Report(target.Span, (at, length) => LanguageDiagnostics.InvalidException(at, length, rule.Name, other.Name, reason));
            }
        }
    }

    private string? ExceptionProblem(BoundRule rule, BoundRule other, List<BoundRule> bound)
    {
        if (other == rule)
        {
            return "a rule cannot take priority over itself";
        }

        if (other.Conclusion != rule.Conclusion)
        {
            return $"'{other.Name}' decides '{other.Conclusion.Name}', not '{rule.Conclusion.Name}'";
        }

        var chain = new List<BoundRule> { rule };
        for (var next = other; next is not null && !chain.Contains(next); next = next.ExceptionTo is { } name ? rules.GetValueOrDefault(name) : null)
        {
            chain.Add(next);
        }

        // A circle of exceptions is reported once, at the rule that closes it: the last one declared.
        var closesCircle = chain[^1].ExceptionTo == rule.Name && chain.All(r => bound.IndexOf(r) <= bound.IndexOf(rule));
        return closesCircle
            ? $"the exceptions go round in a circle: {string.Join(" → ", chain.Select(r => r.Name).Append(rule.Name))}"
            : null;
    }

    private void ReportConclusionCycles(List<BoundRule> bound)
    {
        var dependencies = bound.SelectMany(rule =>
            new[] { rule.When, rule.Unless }
                .OfType<BoundExpression>()
                .SelectMany(condition => condition.SelfAndDescendants())
                .OfType<BoundConclusionReference>()
                .Select(reference => new Dependency(rule.Conclusion.Name, reference.Conclusion.Name, rule.Syntax.Name.Span)));
        foreach (var (first, cycle) in DependencyCycles.Find([.. dependencies]))
        {
            sink.Report(first.Site, (at, length) => LanguageDiagnostics.ConclusionCycle(at, length, cycle));
        }
    }

    private BoundVerdict? BindVerdict()
    {
        var verdicts = DeclarationsOf<VerdictDeclaration>().ToList();
        if (file.Header.IsDeclarations)
        {
            foreach (var declaration in file.Declarations.Where(d => d is VerdictDeclaration or ExampleDeclaration))
            {
                var kind = DeclarationKinds.Of(declaration);
                sink.Report(declaration.Span, (at, length) => LanguageDiagnostics.NotInDeclarationsFile(at, length, kind));
            }

            return null;
        }

        // A verdict that did not parse was reported as such.
        if (verdicts.Count > 1 || (verdicts.Count == 0 && !file.Unparsed.Any(d => d.Keyword == "verdict")))
        {
            // No verdict is a mistake of the whole file; a second one is where the file goes wrong.
            var span = verdicts.Count == 0 ? new TextSpan(0, 0) : verdicts[1].Name.Span;
            sink.Report(span, (at, length) => LanguageDiagnostics.VerdictCount(at, length, verdicts.Count));
        }

        var bound = verdicts.Select(verdict => LookUp(conclusions, verdict.Name, "conclusion") is { } conclusion
            ? new BoundVerdict(conclusion, BindAppliesFrom(verdict), BindScope(verdict, conclusion), verdict)
            : null).ToList();
        return bound.FirstOrDefault();
    }

    private AppliesFromSyntax? BindAppliesFrom(VerdictDeclaration verdict)
    {
        if (verdict.AppliesFrom.IsEmpty)
        {
            // Not a mistake: every verdict of such rules says that they state no date (docs/language.md).
            return null;
        }

        var first = verdict.AppliesFrom[0];
        ReportSecond(verdict.AppliesFrom.Skip(1).Select(a => a.Span), "applies from", first.Span);
        if (first.Citing.IsEmpty)
        {
            sink.Report(first.From.Span, (at, length) => LanguageDiagnostics.ApplicationDateUncited(at, length, first.From.Value));
        }

        return first;
    }

    private ConclusionSymbol? BindScope(VerdictDeclaration verdict, ConclusionSymbol conclusion)
    {
        if (verdict.AppliesTo.IsEmpty)
        {
            return null;
        }

        var name = verdict.AppliesTo[0];
        ReportSecond(verdict.AppliesTo.Skip(1).Select(n => n.Span), "applies to", name.Span);
        var scope = LookUp(conclusions, name, "conclusion");
        if (scope == conclusion)
        {
            sink.Report(name.Span, (at, length) => LanguageDiagnostics.ScopeNotPrecondition(at, length, name.Text));
            return null;
        }

        return scope;
    }

    private void ReportSecond(IEnumerable<TextSpan> seconds, string clause, TextSpan first)
    {
        foreach (var second in seconds)
        {
            sink.Report(second, (at, length) => LanguageDiagnostics.ApplicabilityTwice(at, length, clause, sink.At(first)));
        }
    }

    private ImmutableArray<BoundExample> BindExamples()
    {
        var bound = new List<BoundExample>();
        foreach (var example in DeclarationsOf<ExampleDeclaration>())
        {
            var givens = BindGivens(example);
            var expected = LookUp(conclusions, example.Expected, "conclusion");
            var by = example.By is { } name ? BindDecidingRule(name, expected, example.Value) : null;
            if (expected is not null && firsts.Contains(example))
            {
                bound.Add(new BoundExample(example.Name.Text, givens, expected, example.Value, by, example));
            }
        }

        return [.. bound];
    }

    private ImmutableArray<BoundGiven> BindGivens(ExampleDeclaration example)
    {
        var bound = new List<BoundGiven>();
        var seen = new Dictionary<string, Name>(StringComparer.Ordinal);
        foreach (var given in example.Givens)
        {
            if (!facts.TryGetValue(given.Fact.Text, out var fact))
            {
                if (unparsed.Contains(given.Fact.Text))
                {
                    continue;
                }

                var suggestion = NameSuggestion.Closest(given.Fact.Text, facts.Keys);
                sink.Report(given.Fact.Span, (at, length) => LanguageDiagnostics.ExampleUnknownFact(at, length, given.Fact.Text, suggestion));
                continue;
            }

            if (!seen.TryAdd(fact.Name, given.Fact))
            {
                ReportDuplicate(given.Fact, fact.Name, seen[fact.Name]);
            }

            if (expressions.BindValue(given.Value, fact.Type, fact.Name) is { } value)
            {
                bound.Add(new BoundGiven(fact, value, given));
            }
        }

        return [.. bound];
    }

    /// <summary>The rule an example names after <c>by</c>: it must conclude the expected value of the expected conclusion.</summary>
    private BoundRule? BindDecidingRule(Name name, ConclusionSymbol? expected, ExpectedValue value)
    {
        if (!rules.TryGetValue(name.Text, out var rule))
        {
            // A rule declared but not bound has had its own mistake reported.
            if (declared.GetValueOrDefault(name.Text) is not RuleDeclaration)
            {
                ReportUnknown(name, "rule", RuleNames);
            }

            return null;
        }

        var decided = expected is null ? null
            : rule.Conclusion != expected ? expected.Name
            : value == (rule.Value ? ExpectedValue.Yes : ExpectedValue.No) ? null
            : $"{expected.Name} = {value.ToString().ToLowerInvariant()}";
        if (decided is not null)
        {
            sink.Report(name.Span, (at, length) => LanguageDiagnostics.ExampleWrongRule(at, length, rule.Name, decided));
        }

        return rule;
    }
}
