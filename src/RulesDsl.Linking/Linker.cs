using System.Collections.Immutable;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Linking.Diagnostics;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Terms;

namespace RulesDsl.Linking;

/// <summary>
/// Links a corpus in one pass over its provisions: explicit links resolved through the files the corpus holds or the
/// act's anchor map, a glossary built from the definitions and the words of those links, and every unlinked mention
/// of a defined term.
/// </summary>
public static class Linker
{
    public static LinkGraph Link(LegalCorpus corpus)
    {
        var diagnostics = new List<Diagnostic>();
        var root = Path.GetFullPath(corpus.Root);
        var documents = corpus.Documents.ToDictionary(d => Path.GetFullPath(d.Path), StringComparer.Ordinal);
        var blockIds = corpus.Provisions.Where(p => p.BlockId is not null)
            .ToLookup(p => (Path.GetFullPath(p.Position.File), p.BlockId!));

        var explicitLinks = corpus.Provisions
            .SelectMany(p => p.Links.Select(link => (Link: link, Reference: Resolve(p, link))))
            .ToList();

        // A resolved link to a block anchor names a defined term; its words teach the glossary that language's forms.
        var glossary = Glossary.Build(
            corpus.Provisions.Where(p => p.Kind == ProvisionKind.Definition),
            explicitLinks.Where(e => e.Link.Anchor is not null && e.Reference is { IsResolved: true, Targets.Length: 1 })
                .Select(e => (e.Reference.Targets[0], e.Reference.From.Language, e.Link.LinkText, e.Link.SurfaceText)));
        var index = new TermIndex(glossary);
        var held = corpus.Provisions.Select(p => (p.Act, p.Id)).ToHashSet();

        var crossReferences = new List<Reference>();
        var mentions = new List<Reference>();
        foreach (var provision in corpus.Provisions)
        {
            var taken = provision.Links.Select(l => (l.TextStart, l.TextStart + l.SurfaceText.Length)).ToList();
            foreach (var found in CrossReferences(provision, taken))
            {
                crossReferences.Add(found);
                taken.Add((found.Start, found.End));
            }

            foreach (var match in index.Find(provision.Text, provision.Language, taken))
            {
                if (match.Definitions.Contains(provision.Id))
                {
                    // A definition does not link to itself.
                    continue;
                }

                var text = provision.Text.Substring(match.Start, match.Length);
                var at = provision.Map.PositionAt(match.Start);
                if (match.Definitions.Length > 1)
                {
                    diagnostics.Add(LinkDiagnostics.AmbiguousMention(at, text, string.Join(", ", match.Definitions)));
                    mentions.Add(new Reference(ReferenceKind.Mention, provision, match.Start, match.Length, text, at, match.Definitions, null,
                        $"ambiguous: could be any of {string.Join(", ", match.Definitions)}"));
                    continue;
                }

                mentions.Add(new Reference(ReferenceKind.Mention, provision, match.Start, match.Length, text, at, match.Definitions, null, null));
            }
        }

        // A block id in a file the corpus holds wins over the act's anchor map.
        var anchors = corpus.AnchorMaps.SelectMany(m => m.Value.Anchors.Select(a => (Key: new BlockAnchor(m.Key, a.Anchor), a.Id)))
            .Concat(corpus.Provisions.Where(p => p.BlockId is not null).Select(p => (Key: new BlockAnchor(p.Act, p.BlockId!), p.Id)))
            .GroupBy(a => a.Key)
            .ToImmutableDictionary(g => g.Key, g => g.Last().Id);
        return new LinkGraph(corpus, glossary, [.. explicitLinks.Select(e => e.Reference), .. crossReferences, .. mentions], [.. diagnostics], anchors);

        IEnumerable<Reference> CrossReferences(Provision from, List<(int Start, int End)> links)
        {
            if (!CitationForms.Languages.Contains(from.Language))
            {
                yield break;
            }

            foreach (var found in CitationScanner.Scan(from.Text, from.Language, from.Id))
            {
                if (links.Any(l => found.Start < l.End && found.Start + found.Length > l.Start))
                {
                    continue;
                }

                var at = from.Map.PositionAt(found.Start);

                // Swedish "artikel 3.63" reads as a paragraph; the act's structure makes it Article 3's point 63.
                var targets = found.Targets.Select(t => CitationForms.AsHeld(t, id => held.Contains((from.Act, id)))).ToImmutableArray();
                Reference Make(string? act, string? unresolved) =>
                    new(ReferenceKind.CrossReference, from, found.Start, found.Length, found.Text, at, targets, act, unresolved);

                switch (found.Scope)
                {
                    case CrossReferenceScope.Act:
                        yield return Make(from.Act, null);
                        break;
                    case CrossReferenceScope.OtherAct:
                        diagnostics.Add(LinkDiagnostics.ExternalReference(at, found.Text, "another act"));
                        yield return Make(null, "another act, outside the corpus");
                        break;
                    case CrossReferenceScope.Provision:
                        var missing = targets.Where(t => !held.Contains((from.Act, t))).ToList();
                        foreach (var id in missing)
                        {
                            diagnostics.Add(LinkDiagnostics.ExternalReference(at, found.Text, id.Value));
                        }

                        yield return Make(null, missing.Count == 0 ? null : $"the corpus does not hold {string.Join(", ", missing)}");
                        break;
                    default:
                        diagnostics.Add(LinkDiagnostics.UnresolvedReference(at, found.Text));
                        yield return Make(null, "a relative reference whose provision could not be told");
                        break;
                }
            }
        }

        Reference Resolve(Provision from, TermLink link)
        {
            Reference Make(ImmutableArray<ProvisionId> targets, string? unresolved) =>
                new(ReferenceKind.Explicit, from, link.TextStart, link.SurfaceText.Length, link.SurfaceText, link.Position, targets, null, unresolved);

            if (link.TargetFile.Contains(':', StringComparison.Ordinal) && !link.TargetFile.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                return Make([], "a link to a web page, outside the corpus");
            }

            var file = link.TargetFile.Length == 0
                ? Path.GetFullPath(from.Position.File)
                : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(from.Position.File))!, Uri.UnescapeDataString(link.TargetFile)));
            if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                // The reader has reported it (RD0008); it is never followed.
                return Make([], "a link out of the corpus folder");
            }

            if (documents.ContainsKey(file))
            {
                if (link.Anchor is null)
                {
                    var top = corpus.Provisions.FirstOrDefault(p => Path.GetFullPath(p.Position.File) == file);
                    return top is null ? Make([], "the file holds no provision") : Make([top.Id], null);
                }

                var holder = blockIds[(file, link.Anchor)].FirstOrDefault();
                if (holder is not null)
                {
                    return Make([holder.Id], null);
                }

                diagnostics.Add(LinkDiagnostics.BrokenAnchor(link.Position, link.Target, link.TargetFile.Length == 0 ? "this file" : link.TargetFile));
                return Make([], $"no block ^{link.Anchor} in {link.TargetFile}");
            }

            var map = corpus.AnchorMapOf(from.Act);
            var mapped = Path.GetRelativePath(Path.Combine(root, from.Act), file).Replace('\\', '/');
            if (map.Names(mapped))
            {
                if (link.Anchor is not null && map.Find(mapped, link.Anchor) is { } id)
                {
                    return Make([id], null);
                }

                diagnostics.Add(LinkDiagnostics.BrokenAnchor(link.Position, link.Target, $"the anchor map for {link.TargetFile}"));
                return Make([], $"the anchor map has no ^{link.Anchor} for {link.TargetFile}");
            }

            diagnostics.Add(LinkDiagnostics.MissingFile(link.Position, link.Target));
            return Make([], $"{link.TargetFile} is not in the corpus");
        }
    }
}
