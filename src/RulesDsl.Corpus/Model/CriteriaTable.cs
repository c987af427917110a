using System.Collections.Immutable;

namespace RulesDsl.Corpus.Model;

/// <summary>
/// The maintained table, kept with an act's corpus folder as <c>criteria.yaml</c>, of provisions that list criteria
/// an institution takes into account when it decides (Annex XIII of the AI Act: "the Commission shall take into
/// account the following criteria"), each with the provisions that empower that decision:
/// <code>
/// anx_XIII: [art_51__para_1__pnt_b, art_52__para_4]
/// </code>
/// Such a provision binds the institution, but does not decide a case by itself: explanations say so.
/// </summary>
public sealed class CriteriaTable
{
    public const string FileName = "criteria.yaml";

    private readonly ImmutableDictionary<ProvisionId, ImmutableArray<ProvisionId>> criteria;

    internal CriteriaTable(ImmutableDictionary<ProvisionId, ImmutableArray<ProvisionId>> criteria) => this.criteria = criteria;

    /// <summary>Each provision the table names, with the decisions it is a criterion for: what a snapshot saves.</summary>
    internal ImmutableDictionary<ProvisionId, ImmutableArray<ProvisionId>> Criteria => criteria;

    public static CriteriaTable Empty { get; } = new(ImmutableDictionary<ProvisionId, ImmutableArray<ProvisionId>>.Empty);

    /// <summary>
    /// The provisions empowering the decision a provision is a criterion for, found from the provision itself or the
    /// nearest enclosing one the table names (a point of Annex XIII is a criterion as the annex is); empty when none.
    /// </summary>
    public ImmutableArray<ProvisionId> DecisionsFor(ProvisionId id)
    {
        for (ProvisionId? at = id; at is { } current; at = current.Parent)
        {
            if (criteria.TryGetValue(current, out var decisions))
            {
                return decisions;
            }
        }

        return [];
    }
}
