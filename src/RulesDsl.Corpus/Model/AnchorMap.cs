using System.Collections.Immutable;

namespace RulesDsl.Corpus.Model;

/// <summary>
/// The maintained map, kept with an act's corpus folder as <c>anchors.yaml</c>, from the block anchors of vault files
/// the corpus does not hold (the Dutch Article 3 file <c>a3.md</c> that recital 111 links to) to provision ids:
/// <code>
/// nl/a3.md:
///   gpai: art_3__pnt_63
/// </code>
/// Once the corpus holds the file itself, its own block ids take over and the map is no longer consulted for it. The
/// corpus reader reads it with the act's sources; the linker takes it from <see cref="LegalCorpus.AnchorMaps"/>.
/// </summary>
public sealed class AnchorMap
{
    public const string FileName = "anchors.yaml";

    private readonly ImmutableDictionary<string, ImmutableDictionary<string, ProvisionId>> files;

    internal AnchorMap(ImmutableDictionary<string, ImmutableDictionary<string, ProvisionId>> files) => this.files = files;

    /// <summary>Each file the map names, with its anchors: what a snapshot of the corpus saves.</summary>
    internal ImmutableDictionary<string, ImmutableDictionary<string, ProvisionId>> Files => files;

    public static AnchorMap Empty { get; } = new(ImmutableDictionary<string, ImmutableDictionary<string, ProvisionId>>.Empty);

    /// <summary>Whether the map names the file (a path relative to the act folder, with forward slashes).</summary>
    public bool Names(string file) => files.ContainsKey(file);

    /// <summary>Every anchor the map names, in any file.</summary>
    public IEnumerable<(string Anchor, ProvisionId Id)> Anchors =>
        files.Values.SelectMany(anchors => anchors.Select(a => (a.Key, a.Value)));

    public ProvisionId? Find(string file, string anchor) =>
        files.TryGetValue(file, out var anchors) && anchors.TryGetValue(anchor, out var id) ? id : null;
}
