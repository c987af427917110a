using RulesDsl.Caching;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Snapshots;
using RulesDsl.Workspace;

namespace RulesDsl.Workspace.Tests;

/// <summary>A workspace with a cache: an unchanged corpus is read back from its snapshot, any change is read and linked again.</summary>
public class LinkedCorpusCacheTests : OnShippedCopy
{
    private static readonly DateOnly InForce = new(2026, 11, 23);

    private LinkedCorpusCache cache = null!;

    [SetUp]
    public void MakeCache() =>
        // The key file lies outside the cache folder, as the cache requires.
        cache = new LinkedCorpusCache(new CacheFolder(Path.Combine(Copy.Root, "cache"), Path.Combine(Copy.Root, "cache.key")));

    [Test]
    public void The_linked_corpus_is_saved_and_the_next_workspace_reads_what_was_saved()
    {
        var first = Open();
        var linked = first.Graph;
        var key = LinkedCorpusCache.Key(Copy.Folder).ShouldNotBeNull();
        var saved = cache.TryGet(Copy.Folder, key).ShouldNotBeNull();
        saved.References.Length.ShouldBe(linked.References.Length);

        // Proof that the next workspace reads the snapshot rather than the corpus: a snapshot signed with the user's
        // key holding a corpus other than the folder's is what it gets.
        cache.Put(Copy.Folder, key, linked with { Diagnostics = [] });
        var second = Open();

        second.Graph.Diagnostics.ShouldBeEmpty();
        linked.Diagnostics.ShouldNotBeEmpty();
        second.Corpus.ShouldBeSameAs(second.Graph.Corpus);
        second.RulesDiagnostics.ShouldBe(first.RulesDiagnostics);
    }

    [Test]
    public void A_changed_file_is_a_new_key_and_the_corpus_is_read_and_linked_again()
    {
        var first = Open();
        _ = first.Graph;
        var before = LinkedCorpusCache.Key(Copy.Folder);
        Copy.Edit("eu-ai-act/en/oj.md", "greater than 10<sup>25</sup>.", "greater than 10<sup>26</sup>.");

        var second = Open();

        LinkedCorpusCache.Key(Copy.Folder).ShouldNotBe(before);
        second.RulesDiagnostics.ShouldContain(d => d.Id == "RD0127" && d.Message.Contains("Article 51(2)", StringComparison.Ordinal));
        first.RulesDiagnostics.ShouldNotContain(d => d.Id == "RD0127");
        // The corpus's one snapshot now holds the changed corpus: the old one is gone, not kept beside it.
        Directory.GetFiles(cache.Folder.Folder, "corpus-*.snapshot").ShouldHaveSingleItem();
        cache.TryGet(Copy.Folder, before!).ShouldBeNull();
        cache.TryGet(Copy.Folder, LinkedCorpusCache.Key(Copy.Folder)!).ShouldNotBeNull();
    }

    [Test]
    public void A_new_file_anywhere_in_the_corpus_folder_is_a_new_key()
    {
        var before = LinkedCorpusCache.Key(Copy.Folder);
        Copy.Write("eu-ai-act/criteria-notes.txt", "");
        var withNewFile = LinkedCorpusCache.Key(Copy.Folder);
        Copy.Write(".obsidian/workspace.json", "{}");

        withNewFile.ShouldNotBe(before);
        // A hidden folder is never read, so it changes nothing.
        LinkedCorpusCache.Key(Copy.Folder).ShouldBe(withNewFile);
    }

    [Test]
    public void A_snapshot_not_signed_with_the_users_key_is_not_read_and_is_replaced()
    {
        _ = Open().Graph;
        var key = LinkedCorpusCache.Key(Copy.Folder)!;
        var file = Directory.GetFiles(cache.Folder.Folder, "corpus-*.snapshot").ShouldHaveSingleItem();
        var bytes = File.ReadAllBytes(file);
        // Someone who can write the folder but does not hold the key changes a byte of what was saved.
        bytes[^10] ^= 1;
        File.WriteAllBytes(file, bytes);

        cache.TryGet(Copy.Folder, key).ShouldBeNull();
        var workspace = Open();

        workspace.Graph.Diagnostics.ShouldNotBeEmpty();
        workspace.HasErrors.ShouldBeFalse();
        cache.TryGet(Copy.Folder, key).ShouldNotBeNull();
    }

    [Test]
    public void A_corpus_changed_while_it_was_read_is_not_saved_under_the_key_of_its_old_files()
    {
        var keyBefore = LinkedCorpusCache.Key(Copy.Folder);
        var graph = Open().WithRules(null).Graph;
        Copy.Edit("eu-ai-act/en/oj.md", "greater than 10<sup>25</sup>.", "greater than 10<sup>26</sup>.");
        foreach (var snapshot in Directory.GetFiles(cache.Folder.Folder, "corpus-*.snapshot"))
        {
            File.Delete(snapshot);
        }

        cache.Keep(Copy.Folder, keyBefore, graph).ShouldBeSameAs(graph);

        cache.TryGet(Copy.Folder, keyBefore!).ShouldBeNull();
    }

    private RulesWorkspace Open() => RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(InForce), cache);
}
