using System.Collections.Immutable;
using RulesDsl.Caching;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Snapshots;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Terms;

namespace RulesDsl.Linking.Snapshots;

/// <summary>
/// A linked corpus saved whole (the corpus, the glossary, every reference, the anchors and the diagnostics of both)
/// and read back equal to what reading and linking made. A reference names the provision it stands in by that
/// provision's place in the corpus, so that it is the very provision the corpus holds, as the linker made it.
/// </summary>
public static class LinkGraphSnapshot
{
    public static void Write(Stream stream, LinkGraph graph)
    {
        using var to = new SnapshotWriter(stream);
        CorpusSnapshot.Write(to, graph.Corpus);
        var places = new Dictionary<Provision, int>(ReferenceEqualityComparer.Instance);
        foreach (var (provision, place) in graph.Corpus.Provisions.Select((p, i) => (p, i)))
        {
            places.Add(provision, place);
        }

        to.List(graph.Glossary.Terms, term =>
        {
            CorpusSnapshot.Id(to, term.Definition);
            to.String(term.Language);
            to.String(term.Term);
            to.List(term.Forms, to.String);
            to.Bool(term.FromDefinition);
        });
        to.List(graph.References, reference =>
        {
            to.Int((int)reference.Kind);
            to.Int(places.TryGetValue(reference.From, out var place)
                ? place
                : throw new InvalidOperationException($"a reference in {reference.From.Id}, a provision the corpus does not hold"));
            to.Int(reference.Start);
            CorpusSnapshot.Excerpt(to, reference.From.Text, reference.Start, reference.Text);
            to.Int(reference.Length);
            to.Position(reference.Position);
            to.List(reference.Targets, id => CorpusSnapshot.Id(to, id));
            to.String(reference.TargetAct);
            to.String(reference.Unresolved);
        });
        to.List(graph.Diagnostics, to.Diagnostic);
        to.List(graph.Anchors.OrderBy(a => a.Key.Act, StringComparer.Ordinal).ThenBy(a => a.Key.Anchor, StringComparer.Ordinal).ToList(), anchor =>
        {
            to.String(anchor.Key.Act);
            to.String(anchor.Key.Anchor);
            CorpusSnapshot.Id(to, anchor.Value);
        });
    }

    /// <summary>The graph a snapshot holds; throws what <see cref="SnapshotReader.IsUnreadable"/> names when it is not one.</summary>
    public static LinkGraph Read(Stream stream)
    {
        using var from = new SnapshotReader(stream);
        var corpus = CorpusSnapshot.Read(from);
        var glossary = new Glossary(from.List(() => new DefinedTerm(
            CorpusSnapshot.Id(from), from.RequiredString(), from.RequiredString(), from.List(from.RequiredString), from.Bool())));
        var references = from.List(() =>
        {
            var kind = from.Enum<ReferenceKind>();
            var place = from.Int();
            var provision = place >= 0 && place < corpus.Provisions.Length
                ? corpus.Provisions[place]
                : throw new InvalidDataException($"a reference in provision {place} of {corpus.Provisions.Length}");
            var start = from.Int();
            var text = CorpusSnapshot.Excerpt(from, provision.Text, start);
            return new Reference(kind, provision, start, from.Int(), text, from.Position(), from.List(() => CorpusSnapshot.Id(from)), from.String(), from.String());
        });
        var diagnostics = from.List(from.Diagnostic);
        var anchors = from.List(() => KeyValuePair.Create(new BlockAnchor(from.RequiredString(), from.RequiredString()), CorpusSnapshot.Id(from)));
        if (!from.AtEnd)
        {
            throw new InvalidDataException("a snapshot with bytes after its linked corpus");
        }

        return new LinkGraph(corpus, glossary, references, diagnostics, anchors.ToImmutableDictionary());
    }
}
