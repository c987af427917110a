using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Citing;
using RulesDsl.Language.Parsing;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Versions;

namespace RulesDsl.Language.Amendments;

/// <summary>A declaration of a rules file that rests on a changed provision, and where it cites it.</summary>
/// <param name="Cites">The citation as written, or the defined term a conclusion means (<c>^sysrisk</c>).</param>
public sealed record CitingDeclaration(string Kind, string Name, string Cites, SourcePosition Position, bool IsTerm);

/// <summary>A provision that changed, and every declaration of the rules that cites it.</summary>
public sealed record ImpactedChange(ProvisionChange Change, ImmutableArray<CitingDeclaration> CitedBy);

/// <summary>Two texts of the law compared, each change with the rules it reaches; <see cref="Diagnostics"/> holds why a
/// rules file could not be read.</summary>
public sealed record AmendmentReport(
    string OldLabel,
    string NewLabel,
    CorpusComparison Comparison,
    ImmutableArray<ImpactedChange> Changes,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Whether any change reaches a citation of the rules: what a reviewer must read.</summary>
    public bool TouchesRules => Changes.Any(c => c.CitedBy.Length > 0);
}

/// <summary>
/// The impact of a change of the law on rules files: for each changed provision, the facts, parameters, derivations,
/// conclusions and rules whose citations (or defined terms) it reaches. A citation reaches the changes of its parts (a
/// point changed reaches a citation of its annex); a citation of one sentence, in the rules' language, only a change of
/// that sentence. Citations are resolved against both corpora, so a provision removed from the new one is still found.
/// </summary>
public static class ChangeImpact
{
    public static AmendmentReport Of(
        string oldLabel, LinkGraph old, DateOnly oldAsOf, string newLabel, LinkGraph @new, DateOnly newAsOf, IReadOnlyList<string> rulesFiles)
    {
        var comparison = CorpusDiff.Compare(new CorpusSide(old.Corpus, oldAsOf), new CorpusSide(@new.Corpus, newAsOf));
        var diagnostics = new List<Diagnostic>();
        var sites = new List<(CitationSite Site, string Language, SourcePosition Position)>();
        foreach (var path in rulesFiles)
        {
            var shown = path.Replace('\\', '/');
            if (RulesChecker.Read(path, shown, diagnostics) is not { } text)
            {
                continue;
            }

            var parsed = RulesParser.Parse(shown, text);
            diagnostics.AddRange(parsed.Diagnostics.Where(d => d.IsError));
            var source = new SourceText(shown, text);
            var before = CorpusChecks.Check(parsed.File, old, oldAsOf);
            var after = CorpusChecks.Check(parsed.File, @new, newAsOf);
            sites.AddRange(CitationSites.Of(parsed.File, after).Concat(CitationSites.Of(parsed.File, before))
                .DistinctBy(s => (s.Span.Start, s.Id, s.Sentence))
                .OrderBy(s => s.Span.Start)
                .Select(s => (s, after.Language, source.PositionOf(s.Span.Start))));
        }

        var changes = comparison.Changes
            .Select(change => new ImpactedChange(change, [
                .. sites.Where(s => Reaches(change, s.Site, s.Language))
                    .Select(s => new CitingDeclaration(s.Site.Kind, s.Site.Declaration.Name.Text, s.Site.Written, s.Position, s.Site.IsTerm)),
            ]));
        return new AmendmentReport(oldLabel, newLabel, comparison, [.. changes], [.. diagnostics]);
    }

    private static bool Reaches(ProvisionChange change, CitationSite site, string rulesLanguage)
    {
        if (!site.Covers(change.Id))
        {
            return false;
        }

        if (site.Sentence is not { } number || change.Id != site.Id || change.Language != rulesLanguage)
        {
            return true;
        }

        return Sentence(change.Old, number) != Sentence(change.New, number);
    }

    private static string? Sentence(Provision? provision, int number) =>
        provision?.Sentences.FirstOrDefault(s => s.Number == number)?.Text;
}
