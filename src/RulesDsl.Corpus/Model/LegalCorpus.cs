using System.Collections.Immutable;
using RulesDsl.Corpus.Citations;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Model;

/// <summary>How the language of a source was found: stated, implied by where the file is, or read from the text.</summary>
public enum LanguageOrigin
{
    FrontMatter,
    Path,
    Detected,
    Unknown,
}

/// <summary>Text of a source that is not law: known page boilerplate, or text nobody could classify.</summary>
public sealed record SetAsideText(string Text, string Reason, SourcePosition Position);

/// <summary>One source file as read: where it came from, its language, and everything in it that is not a provision.</summary>
public sealed record SourceDocument(
    string Path,
    string Act,
    string? Language,
    LanguageOrigin LanguageOrigin,
    string? Source,
    EliLink? Eli,
    ImmutableArray<SetAsideText> Boilerplate,
    ImmutableArray<SetAsideText> Unclassified)
{
    /// <summary>The parts, titles, chapters and sections of the document, in the order printed.</summary>
    public ImmutableArray<Division> Divisions { get; init; } = [];
}

/// <summary>Everything read from a corpus folder: the provisions of each act in each language and version.</summary>
public sealed record LegalCorpus(
    string Root,
    ImmutableArray<SourceDocument> Documents,
    ImmutableArray<Provision> Provisions,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Each act's anchor map (<c>anchors.yaml</c> in its folder), read with its sources; acts without one have none here.</summary>
    public ImmutableDictionary<string, AnchorMap> AnchorMaps { get; init; } = ImmutableDictionary<string, AnchorMap>.Empty;

    /// <summary>Each act's criteria table (<c>criteria.yaml</c> in its folder); acts without one have none here.</summary>
    public ImmutableDictionary<string, CriteriaTable> CriteriaTables { get; init; } = ImmutableDictionary<string, CriteriaTable>.Empty;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The act's criteria table; empty when its folder has none.</summary>
    public CriteriaTable CriteriaOf(string act) => CriteriaTables.GetValueOrDefault(act) ?? CriteriaTable.Empty;

    /// <summary>The act's anchor map; empty when its folder has none.</summary>
    public AnchorMap AnchorMapOf(string act) => AnchorMaps.GetValueOrDefault(act) ?? AnchorMap.Empty;

    /// <summary>The act's ELI, as any of its sources names it.</summary>
    public EliLink? Eli(string act) => Documents.Where(d => d.Act == act).Select(d => d.Eli).FirstOrDefault(e => e is not null);

    /// <summary>
    /// The newest text of a provision on <paramref name="asOf"/>, whatever its status (a draft too): the newest dated
    /// version not after that date; an undated version only where no dated one applies. What compares versions uses it;
    /// what quotes the law uses <see cref="InForce"/>.
    /// </summary>
    public Provision? Find(ProvisionId id, string language, DateOnly asOf) => Newest(id, language, p => p.Version is null || p.Version <= asOf);

    /// <summary>The version of a provision that is the law on <paramref name="asOf"/> (<see cref="Provision.IsLawOn"/>),
    /// the newest such; null where only a draft, or nothing, exists by then.</summary>
    public Provision? InForce(ProvisionId id, string language, DateOnly asOf) => Newest(id, language, p => p.IsLawOn(asOf));

    private Provision? Newest(ProvisionId id, string language, Func<Provision, bool> applies) =>
        Versions(id, language)
            .Where(applies)
            .OrderByDescending(p => p.Version ?? DateOnly.MinValue)
            .FirstOrDefault();

    /// <summary>All versions of a provision in one language, newest first.</summary>
    public IEnumerable<Provision> Versions(ProvisionId id, string language) =>
        Provisions
            .Where(p => p.Id == id && p.Language == language)
            .OrderByDescending(p => p.Version ?? DateOnly.MinValue);

    /// <summary>The languages a provision can be read in.</summary>
    public IEnumerable<string> Languages(ProvisionId id) =>
        Provisions.Where(p => p.Id == id).Select(p => p.Language).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The parts of a provision (paragraphs, points) in the same language, version and source.</summary>
    public IEnumerable<Provision> Parts(Provision provision) =>
        Provisions.Where(p => p.Id.Parent == provision.Id
            && p.Language == provision.Language
            && p.Version == provision.Version
            && p.Position.File == provision.Position.File);
}
