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
    public void MakeCache() => cache = new LinkedCorpusCache(CacheInCopy());

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

    [Test]
    public void The_key_from_remembered_file_hashes_is_the_key_of_the_files_bytes_and_follows_a_change()
    {
        Settle();
        var key = LinkedCorpusCache.Key(Copy.Folder);

        cache.KeyRemembering(Copy.Folder).ShouldBe(key);
        Directory.GetFiles(cache.Folder.Folder, "hashes-*.txt").ShouldHaveSingleItem();
        cache.KeyRemembering(Copy.Folder).ShouldBe(key);

        // An edit gives the file a new time: it is hashed again, and the key is the key of the new bytes.
        Copy.Edit("eu-ai-act/en/oj.md", "greater than 10<sup>25</sup>.", "greater than 10<sup>26</sup>.");
        var edited = LinkedCorpusCache.Key(Copy.Folder);
        edited.ShouldNotBe(key);
        cache.KeyRemembering(Copy.Folder).ShouldBe(edited);
    }

    [Test]
    public void A_settled_file_is_not_read_again_while_its_size_and_time_are_unchanged()
    {
        Settle();
        var key = cache.KeyRemembering(Copy.Folder);
        var oj = Path.Combine(Copy.Folder, "eu-ai-act", "en", "oj.md");

        // Proof the hash is the remembered one: bytes changed behind the size and time it was remembered with (which
        // only a deliberate change of the time does) go unseen, where hashing the bytes sees them.
        Forge(oj, "greater than 10<sup>25</sup>.", "greater than 10<sup>26</sup>.");

        cache.KeyRemembering(Copy.Folder).ShouldBe(key);
        LinkedCorpusCache.Key(Copy.Folder).ShouldNotBe(key);
    }

    [Test]
    public void A_file_written_moments_ago_or_a_record_the_user_did_not_sign_is_hashed_again()
    {
        Settle();
        var oj = Path.Combine(Copy.Folder, "eu-ai-act", "en", "oj.md");
        File.SetLastWriteTimeUtc(oj, DateTime.UtcNow);
        cache.KeyRemembering(Copy.Folder);
        Forge(oj, "greater than 10<sup>25</sup>.", "greater than 10<sup>26</sup>.");

        cache.KeyRemembering(Copy.Folder).ShouldBe(LinkedCorpusCache.Key(Copy.Folder));

        Settle();
        cache.KeyRemembering(Copy.Folder);
        var record = Directory.GetFiles(cache.Folder.Folder, "hashes-*.txt").ShouldHaveSingleItem();
        File.WriteAllText(record, File.ReadAllText(record).Replace("\t", "\t ", StringComparison.Ordinal));
        Forge(oj, "greater than 10<sup>26</sup>.", "greater than 10<sup>27</sup>.");

        cache.KeyRemembering(Copy.Folder).ShouldBe(LinkedCorpusCache.Key(Copy.Folder));
    }

    /// <summary>Every file of the copy last written an hour ago, long enough for its hash to be remembered.</summary>
    private void Settle()
    {
        foreach (var file in Directory.EnumerateFiles(Copy.Folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    /// <summary>Changes a file's bytes and puts its size and time back as they were.</summary>
    private static void Forge(string file, string words, string replacement)
    {
        var written = File.GetLastWriteTimeUtc(file);
        var text = File.ReadAllText(file);
        text.ShouldContain(words);
        replacement.Length.ShouldBe(words.Length);
        File.WriteAllText(file, text.Replace(words, replacement, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, written);
    }

    private RulesWorkspace Open() => RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(InForce), cache);
}
