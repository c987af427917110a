using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Reading;

/// <summary>
/// Gives the points of a version that labels them its own way the ids of the reference text, by position: the
/// scraped pre-publication Annex XIII numbers 1–7 what the Official Journal letters (a)–(g), so its 6th point is
/// anx_XIII__pnt_f (Akoma Ntoso: eId for the printed label, wId for identity across versions).
/// </summary>
internal static class VersionAlignment
{
    /// <param name="provisions">Each provision, with whether its source is a reference text (a canonical file with front matter).</param>
    public static List<Provision> Align(List<(Provision Provision, bool Reference)> provisions, List<Diagnostic> diagnostics)
    {
        var points = provisions
            .Where(p => p.Provision.Kind is ProvisionKind.Point or ProvisionKind.AnnexPoint && p.Provision.Id.Parent is not null)
            .GroupBy(p => (p.Provision.Act, Parent: p.Provision.Id.Parent!, p.Provision.Language, p.Provision.Version, p.Provision.Position.File))
            .ToList();
        var renamed = new Dictionary<Provision, ProvisionId>(ReferenceEqualityComparer.Instance);
        foreach (var group in points.Where(g => !g.First().Reference))
        {
            var reference = points.FirstOrDefault(g => g.First().Reference && g.Key.Act == group.Key.Act && g.Key.Parent == group.Key.Parent);
            if (reference is null)
            {
                continue;
            }

            var own = group.Select(p => p.Provision).ToList();
            var theirs = reference.Select(p => p.Provision).ToList();
            var described = $"{reference.Key.File} ({reference.Key.Version?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"})";
            if (own.Count != theirs.Count)
            {
                diagnostics.Add(CorpusDiagnostics.LabelsNotAligned(own[0].Position, own.Count, theirs.Count, described));
                continue;
            }

            if (own.Select(p => p.Id).SequenceEqual(theirs.Select(p => p.Id)))
            {
                continue;
            }

            diagnostics.Add(CorpusDiagnostics.LabelsAligned(own[0].Position, $"{own[0].Label}–{own[^1].Label}", described));
            foreach (var (mine, theirId) in own.Zip(theirs.Select(p => p.Id)))
            {
                renamed[mine] = theirId;
            }
        }

        return [.. provisions.Select(p => renamed.TryGetValue(p.Provision, out var id) ? p.Provision with { Id = id } : p.Provision)];
    }
}
