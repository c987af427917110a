using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Reports;

namespace RulesDsl.Linking.Versions;

/// <summary>What happened to a provision between two texts of the law.</summary>
public enum ChangeKind
{
    Changed,
    Added,
    Removed,
}

/// <summary>
/// One provision in one language whose text differs between the old and the new law: both texts as read (the old one
/// null when added, the new one null when removed), how the old language cites it, and the word diff.
/// </summary>
public sealed record ProvisionChange(
    string Language,
    ProvisionId Id,
    string Name,
    ChangeKind Kind,
    Provision? Old,
    Provision? New,
    ImmutableArray<WordRun> Words);

/// <summary>One side of a comparison: a corpus and the date its text is taken as in force on.</summary>
public sealed record CorpusSide(LegalCorpus Corpus, DateOnly AsOf);

/// <summary>Two texts of the law compared: every provision that changed, was added or was removed, and how many did not.</summary>
public sealed record CorpusComparison(CorpusSide Old, CorpusSide New, ImmutableArray<ProvisionChange> Changes, int Unchanged)
{
    public IEnumerable<string> Languages => Changes.Select(c => c.Language).Distinct().Order(StringComparer.Ordinal);
}

/// <summary>
/// Compares the law as two corpora hold it, or as one corpus holds it on two dates: for each provision and language, the
/// version in force on each side's date (as <see cref="LegalCorpus.Find"/> picks it) is compared word by word.
/// </summary>
public static class CorpusDiff
{
    public static CorpusComparison Compare(CorpusSide old, CorpusSide @new)
    {
        var keys = old.Corpus.Provisions.Concat(@new.Corpus.Provisions)
            .Select(p => (p.Id, p.Language))
            .Distinct()
            .OrderBy(k => k.Language, StringComparer.Ordinal)
            .ThenBy(k => k.Id, ProvisionOrder.Instance);
        var changes = new List<ProvisionChange>();
        var unchanged = 0;
        foreach (var (id, language) in keys)
        {
            var before = old.Corpus.Find(id, language, old.AsOf);
            var after = @new.Corpus.Find(id, language, @new.AsOf);
            if (before is null && after is null)
            {
                continue;
            }

            if (before is not null && after is not null && before.Text == after.Text)
            {
                unchanged++;
                continue;
            }

            var kind = before is null ? ChangeKind.Added : after is null ? ChangeKind.Removed : ChangeKind.Changed;
            changes.Add(new ProvisionChange(language, id, ProvisionNames.Of(id, language), kind, before, after,
                WordDiff.Of(before?.Text ?? "", after?.Text ?? "")));
        }

        return new CorpusComparison(old, @new, [.. changes], unchanged);
    }
}
