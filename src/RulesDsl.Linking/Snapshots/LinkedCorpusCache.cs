using RulesDsl.Caching;
using RulesDsl.Corpus.Reading;
using RulesDsl.Linking.Model;

namespace RulesDsl.Linking.Snapshots;

/// <summary>
/// Linked corpora in the user's <see cref="CacheFolder"/>, each a <see cref="LinkGraphSnapshot"/> under the hash of
/// every file of its corpus and of the builds that read and linked it, so that an unchanged corpus is read back in
/// milliseconds instead of being read and linked again; any change to a file, or a new rulesdsl, is a miss. A snapshot
/// is signed with the user's key like every record of the cache: one the user did not write is a miss, and is
/// replaced. Each corpus folder has one snapshot file, named after its path, which a change to the corpus overwrites,
/// so that editing a corpus does not leave a snapshot behind at every save.
/// </summary>
public sealed class LinkedCorpusCache(CacheFolder folder)
{
    /// <summary>The builds a snapshot depends on: its layout and what it holds change with any of them.</summary>
    private static readonly string Tools = string.Join("\n",
        typeof(CorpusReader).Assembly.ManifestModule.ModuleVersionId,
        typeof(Linker).Assembly.ManifestModule.ModuleVersionId,
        typeof(CacheFolder).Assembly.ManifestModule.ModuleVersionId,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);

    public static LinkedCorpusCache Default { get; } = new(new CacheFolder(CacheFolder.DefaultFolder()));

    public CacheFolder Folder { get; } = folder;

    /// <summary>The key of a corpus as its files are now; null when there is nothing at the path or a file cannot be read.</summary>
    public static string? Key(string corpusPath) => KeyOf(CorpusReader.Fingerprint(corpusPath));

    /// <summary>
    /// The same key as <see cref="Key"/>, with the hash of each file unchanged since an earlier run taken from the
    /// <see cref="FileHashes"/> of the cache rather than read and hashed again.
    /// </summary>
    public string? KeyRemembering(string corpusPath)
    {
        var hashes = FileHashes.Open(Folder, Path.GetFullPath(corpusPath));
        var key = KeyOf(CorpusReader.Fingerprint(corpusPath, hashes.Sha256));
        hashes.Save();
        return key;
    }

    private static string? KeyOf(string? fingerprint) =>
        fingerprint is null ? null : CacheFolder.Sha256(System.Text.Encoding.UTF8.GetBytes(Tools + "\n" + fingerprint));

    /// <summary>The linked corpus saved for the corpus under the key, or null: none, saved under another key (the files
    /// have changed since), not signed by this user, or unreadable.</summary>
    public LinkGraph? TryGet(string corpusPath, string key)
    {
        if (Folder.ReadSigned(FileOf(corpusPath), key) is not { } body)
        {
            return null;
        }

        try
        {
            return LinkGraphSnapshot.Read(new MemoryStream(body, writable: false));
        }
        catch (Exception e) when (SnapshotReader.IsUnreadable(e))
        {
            return null;
        }
    }

    /// <summary>Saves a linked corpus under its key, whole or not at all; a cache that cannot be written only costs a read next time.</summary>
    public void Put(string corpusPath, string key, LinkGraph graph)
    {
        if (Folder.Distrust() is not null)
        {
            return;
        }

        using var payload = new MemoryStream();
        LinkGraphSnapshot.Write(payload, graph);
        Folder.WriteSigned(FileOf(corpusPath), key, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }

    /// <summary>
    /// Saves what was read and linked from the path under <paramref name="keyBefore"/>, the key taken before the read,
    /// only when the files still have that key, so that a file changed during the read is never kept under the key of
    /// its old bytes; returns the graph.
    /// </summary>
    public LinkGraph Keep(string corpusPath, string? keyBefore, LinkGraph graph)
    {
        if (keyBefore is not null && Key(corpusPath) == keyBefore)
        {
            Put(corpusPath, keyBefore, graph);
        }

        return graph;
    }

    /// <summary>The snapshot file of a corpus: by its path as given and as a full path, which the snapshot's positions
    /// and links depend on.</summary>
    private string FileOf(string corpusPath) =>
        Path.Combine(Folder.Folder, "corpus-" + CacheFolder.Sha256(System.Text.Encoding.UTF8.GetBytes(corpusPath + "\n" + Path.GetFullPath(corpusPath)))[..32] + ".snapshot");
}
