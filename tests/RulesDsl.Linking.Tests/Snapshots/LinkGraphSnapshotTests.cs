using RulesDsl.Caching;
using RulesDsl.Corpus.Reading;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Snapshots;

namespace RulesDsl.Linking.Tests.Snapshots;

/// <summary>The linked corpus saved and read back: equal in every member to what reading and linking made.</summary>
public class LinkGraphSnapshotTests
{
    [Test]
    public void The_whole_linked_corpus_reads_back_equal_in_every_member()
    {
        var graph = LinkedCorpus.Value;
        var saved = Save(graph);

        var read = LinkGraphSnapshot.Read(new MemoryStream(saved));

        DeepEquality.Difference(graph, read).ShouldBeNull();
        // What the embedded corpus holds of each part a snapshot saves, so that the comparison above covers it.
        read.Corpus.AnchorMaps.ShouldNotBeEmpty();
        read.Corpus.CriteriaTables.ShouldNotBeEmpty();
        read.Corpus.Documents.ShouldContain(d => !d.Boilerplate.IsEmpty && d.Eli != null && !d.Divisions.IsEmpty);
        read.Corpus.Provisions.ShouldContain(p => !p.Notes.IsEmpty);
        read.Corpus.Provisions.ShouldContain(p => !p.Links.IsEmpty);
        read.Anchors.ShouldNotBeEmpty();
        read.Glossary.Terms.ShouldNotBeEmpty();
        read.References.Select(r => r.Kind).Distinct().Count().ShouldBe(Enum.GetValues<ReferenceKind>().Length);
    }

    [Test]
    public void A_corpus_with_block_ids_and_a_broken_link_reads_back_equal()
    {
        using var corpus = new TempCorpus();
        corpus.Copy("eu-ai-act/nl/recital-111.vault.md", "eu-ai-act/nl/recital-111.vault.md");
        corpus.Write("eu-ai-act/anchors.yaml", "nl/defs.md:\n  gpai: art_3__pnt_63\n");
        corpus.Write("eu-ai-act/nl/a3.md", "Artikel 3\n\nDefinities\n\n(65) “systeemrisico”: een risico. ^sysrisk\n");
        corpus.Write("eu-ai-act/nl/rct.md", "(112)\n\nEen [risico](a3.md#^nosuch), een [AI-model](defs.md#^gpai) en een [systeemrisico](a3.md#^sysrisk).\n");
        var graph = corpus.Link();

        var read = LinkGraphSnapshot.Read(new MemoryStream(Save(graph)));

        DeepEquality.Difference(graph, read).ShouldBeNull();
        read.Corpus.Provisions.ShouldContain(p => p.BlockId == "sysrisk");
        read.Diagnostics.ShouldContain(d => d.IsError);
        read.References.ShouldContain(r => !r.IsResolved);
        read.Glossary.Terms.ShouldContain(t => !t.FromDefinition);
    }

    [Test]
    public void The_comparison_finds_a_difference_deep_inside_a_provision()
    {
        var graph = LinkedCorpus.Value;
        var first = graph.Corpus.Provisions[0];
        var changed = first with { Map = first.Map with { Runs = [.. first.Map.Runs.Select(r => r with { Column = r.Column + 1 })] } };
        var other = graph with { Corpus = graph.Corpus with { Provisions = graph.Corpus.Provisions.SetItem(0, changed) } };

        DeepEquality.Difference(graph, other).ShouldNotBeNull().ShouldContain(".Map.Runs[0].Column");
    }

    [Test]
    public void A_reference_stands_in_the_very_provision_the_corpus_holds()
    {
        var read = LinkGraphSnapshot.Read(new MemoryStream(Save(LinkedCorpus.Value)));
        var recital = read.Corpus.Provisions.First(p => p.Id.Value == "rct_111" && p.Language == "nl" && p.Version is null);

        // The graph finds a provision's references by the provision object itself.
        read.In(recital).ShouldNotBeEmpty();
        read.In(recital).ShouldAllBe(r => ReferenceEquals(r.From, recital));
    }

    [Test]
    public void The_same_corpus_saves_the_same_bytes()
    {
        var saved = Save(LinkedCorpus.Value);

        Save(LinkGraphSnapshot.Read(new MemoryStream(saved))).ShouldBe(saved);
        Save(Linker.Link(CorpusReader.Read(RepoPaths.Corpus))).ShouldBe(saved);
    }

    [Test]
    public void A_snapshot_cut_short_or_with_bytes_after_it_does_not_read()
    {
        var saved = Save(LinkedCorpus.Value);

        foreach (var damaged in new[] { saved[..(saved.Length / 2)], saved[..^1], [.. saved, 0], [] })
        {
            var read = () => LinkGraphSnapshot.Read(new MemoryStream(damaged));
            SnapshotReader.IsUnreadable(Should.Throw<Exception>(read)).ShouldBeTrue();
        }
    }

    private static byte[] Save(LinkGraph graph)
    {
        using var stream = new MemoryStream();
        LinkGraphSnapshot.Write(stream, graph);
        return stream.ToArray();
    }
}
