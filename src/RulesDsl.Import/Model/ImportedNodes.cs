namespace RulesDsl.Import.Model;

/// <summary>Walks an imported act's structure in document order.</summary>
public static class ImportedNodes
{
    /// <summary>Every provision, each before its parts, through the divisions that hold them.</summary>
    public static IEnumerable<ImportedProvision> Provisions(this IEnumerable<ImportedNode> nodes) => nodes.SelectMany(node => node switch
    {
        ImportedDivision division => division.Children.Provisions(),
        ImportedProvision provision => provision.Parts.Provisions().Prepend(provision),
        _ => [],
    });

    /// <summary>Every chapter, section and title, each before the divisions it holds.</summary>
    public static IEnumerable<ImportedDivision> Divisions(this IEnumerable<ImportedNode> nodes) =>
        nodes.OfType<ImportedDivision>().SelectMany(d => d.Children.Divisions().Prepend(d));
}
