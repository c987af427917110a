using System.Globalization;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Citing;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Reviews;

/// <summary>
/// Compares what a rules file cites now with what its drafter reviewed: each citation (and defined term) whose text in
/// some language or version differs from the review record is reported at the citation, naming the declaration and the
/// clause. Citations the record does not hold (written after the review) are not compared.
/// </summary>
public static class StaleCitations
{
    public static IEnumerable<Diagnostic> Check(RulesFile file, CorpusBinding binding, LegalCorpus corpus, ReviewRecord review)
    {
        var source = new SourceText(file.Path, file.Text);
        var reviewed = review.Citations
            .Where(c => ProvisionId.TryParse(c.Id, out _))
            .GroupBy(c => (c.Id, c.Sentence))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var site in CitationSites.Of(file, binding))
        {
            if (!reviewed.TryGetValue((site.Id.Value, site.Sentence), out var record))
            {
                continue;
            }

            var changes = Changes(record, [.. CitedTexts.Texts(corpus, site.Id, site.Sentence, binding.Language)]);
            if (changes.Count == 0)
            {
                continue;
            }

            var clause = Clause(site, binding.Language);
            yield return LanguageDiagnostics.CitedTextChanged(source.PositionOf(site.Span.Start), site.Span.Length, site.Kind,
                site.Declaration.Name.Text, clause, review.ReviewedOn, string.Join("; ", changes));
        }
    }

    /// <summary>What differs between the texts reviewed and the texts now: changed, added and removed versions.</summary>
    private static List<string> Changes(CitedProvision reviewed, IReadOnlyList<CitedText> now)
    {
        var before = reviewed.Texts.ToDictionary(t => (t.Language, t.Version), t => t.Sha256);
        var after = now.ToDictionary(t => (t.Language, t.Version), t => t.Sha256);
        var changes = new List<string>();
        foreach (var (key, hash) in after.OrderBy(k => k.Key.Language, StringComparer.Ordinal).ThenBy(k => k.Key.Version))
        {
            if (!before.TryGetValue(key, out var old))
            {
                changes.Add($"a {Version(key)} text was added");
            }
            else if (old != hash)
            {
                changes.Add($"the {Version(key)} text changed");
            }
        }

        changes.AddRange(before.Keys.Where(k => !after.ContainsKey(k))
            .OrderBy(k => k.Language, StringComparer.Ordinal).ThenBy(k => k.Version)
            .Select(k => $"the {Version(k)} text was removed"));
        return changes;
    }

    private static string Version((string Language, DateOnly? Version) key) =>
        key.Version is { } date ? $"{key.Language} {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : $"{key.Language} undated";

    private static string Clause(CitationSite site, string language)
    {
        var printed = CitationForms.Languages.Contains(language) ? CitationForms.Print(site.Id, language) : site.Id.Value;
        return site.IsTerm ? $"the definition of {site.Written} ({printed})"
            : site.Sentence is { } sentence ? $"{printed} sentence {sentence.ToString(CultureInfo.InvariantCulture)}" : printed;
    }
}
