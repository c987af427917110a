using System.Collections.Immutable;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Linking.Reports;

/// <summary>A page a reference can go to: the provision shown there, and the language it fell back to when the
/// reader's language has no such page.</summary>
internal sealed record PageTarget(Provision Provision, string? FallbackLanguage);

/// <summary>
/// Which pages the linked HTML has and where each one is: one folder per act, one page per provision and language for
/// its current version, one more per other version. The current version is the newest in force on the date asked for,
/// or, when none is yet, the first to come into force. Paths are relative to the output folder, '/' between parts, as
/// <see cref="LinkScheme"/> makes them.
/// </summary>
internal sealed class SiteMap
{

    private readonly Dictionary<Provision, string> paths = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Act, ProvisionId Id, string Language), ImmutableArray<Provision>> versions = [];
    private readonly Dictionary<(string Act, ProvisionId Id, string Language), Provision> current = [];
    private readonly Dictionary<(string Act, ProvisionId Id), ImmutableArray<string>> languages = [];
    private readonly Dictionary<string, ImmutableArray<string>> actLanguages = [];

    public SiteMap(LegalCorpus corpus, DateOnly asOf)
    {
        AsOf = asOf;

        // Per act, which LegalCorpus.Find is not: two acts may both have an Article 3.
        foreach (var group in corpus.Provisions.GroupBy(p => (p.Act, p.Id, p.Language)))
        {
            var newestFirst = group.OrderByDescending(p => p.Version ?? DateOnly.MinValue).ToImmutableArray();
            // The text that is the law on the date; where none is yet, the newest text by then (a draft, marked so).
            var shown = newestFirst.FirstOrDefault(p => p.IsLawOn(asOf))
                ?? newestFirst.FirstOrDefault(p => p.Version is null || p.Version <= asOf)
                ?? newestFirst[^1];
            versions[group.Key] = newestFirst;
            current[group.Key] = shown;
            foreach (var version in newestFirst)
            {
                paths[version] = LinkScheme.PagePath(group.Key.Act, group.Key.Id, group.Key.Language,
                    ReferenceEquals(version, shown) ? null : version.Version is { } date ? Html.Date(date) : "undated");
            }
        }

        foreach (var group in corpus.Provisions.GroupBy(p => (p.Act, p.Id)))
        {
            languages[group.Key] = [.. group.Select(p => p.Language).Distinct().Order(StringComparer.Ordinal)];
        }

        foreach (var group in corpus.Provisions.GroupBy(p => p.Act))
        {
            actLanguages[group.Key] = [.. group.Select(p => p.Language).Distinct().Order(StringComparer.Ordinal)];
        }

        Acts = [.. actLanguages.Keys.Order(StringComparer.Ordinal)];
    }

    public ImmutableArray<string> Acts { get; }

    public DateOnly AsOf { get; }

    /// <summary>The current version of every provision in every language.</summary>
    public IEnumerable<Provision> CurrentPages => current.Values;

    /// <summary>Every page: the current versions and all others.</summary>
    public IEnumerable<Provision> AllPages => paths.Keys;

    public bool HasAct(string act) => actLanguages.ContainsKey(act);

    public string PathOf(Provision provision) => paths[provision];

    public bool IsCurrent(Provision provision) => ReferenceEquals(Current(provision.Act, provision.Id, provision.Language), provision);

    public Provision? Current(string act, ProvisionId id, string language) => current.GetValueOrDefault((act, id, language));

    /// <summary>Whether the version is the law on <see cref="AsOf"/>; a draft never is (<see cref="Provision.IsLawOn"/>).</summary>
    public bool IsInForce(Provision provision) => provision.IsLawOn(AsOf);

    /// <summary>All versions of a provision in one language, newest first.</summary>
    public ImmutableArray<Provision> Versions(Provision provision) => versions[(provision.Act, provision.Id, provision.Language)];

    /// <summary>The languages the act has the provision in.</summary>
    public ImmutableArray<string> Languages(string act, ProvisionId id) => languages.GetValueOrDefault((act, id), []);

    /// <summary>The languages of an act, for its language switches.</summary>
    public ImmutableArray<string> Languages(string act) => actLanguages[act];

    /// <summary>The page to link a provision to from a text in <paramref name="language"/>: that language's page, else
    /// the first of the others in the order quotes fall back in (English, then by code); null when the corpus does not
    /// hold it.</summary>
    public PageTarget? Find(string act, ProvisionId id, string language)
    {
        if (Current(act, id, language) is { } same)
        {
            return new PageTarget(same, null);
        }

        var held = Languages(act, id);
        if (held.IsEmpty)
        {
            return null;
        }

        var fallback = ReaderLanguage.InFallbackOrder(held).First();
        return new PageTarget(current[(act, id, fallback)], fallback);
    }
}
