using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Linking.Reports;

/// <summary>How the pages name a provision: its citation in the reader's language where citations can be printed in
/// it, else its id.</summary>
public static class ProvisionNames
{
    public static string? Citation(ProvisionId id, string language)
    {
        if (!CitationForms.Languages.Contains(language))
        {
            return null;
        }

        try
        {
            return CitationForms.Print(id, language);
        }
        catch (ArgumentException)
        {
            // An id deeper than citations go (a point of a point) has no printed form; its id names it.
            return null;
        }
    }

    /// <summary>The citation as a version that labels the provision differently prints it ("Annex XIII, point 6" where
    /// the Official Journal letters the point (f)), or null when the version prints the usual label.</summary>
    public static string? AsPrinted(Provision provision)
    {
        var label = provision.Label.Trim().Trim('(', ')', '.');
        if (provision.Id.Parent is null || label.Length == 0
            || label.Equals(provision.Id.Last.Label, StringComparison.OrdinalIgnoreCase)
            || Citation(provision.Id, provision.Language) is null)
        {
            return null;
        }

        return CitationForms.Print(provision.Id, provision.Language, provision.Label);
    }

    public static string Of(ProvisionId id, string language) => Citation(id, language) ?? id.Value;
}
