using System.Collections.Immutable;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace RulesDsl.Corpus.Reading;

/// <summary>Reads an act's <c>criteria.yaml</c>, reporting what is wrong in it (RD0164) at its line and column.</summary>
internal static class CriteriaTableReader
{
    private const string Expected = "expected 'provision_id: [decision_id, …]', such as 'anx_XIII: [art_51__para_1__pnt_b, art_52__para_4]'";

    /// <summary>Reads <c>criteria.yaml</c> from an act folder: null when there is none; what could be read of it otherwise.</summary>
    public static CriteriaTable? Read(string actFolder, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var root = ActDataYaml.Load(Path.Combine(actFolder, CriteriaTable.FileName), displayPath, CorpusDiagnostics.InvalidCriteriaTable, Expected, diagnostics, out var exists);
        if (root is null)
        {
            return exists ? CriteriaTable.Empty : null;
        }

        var table = ImmutableDictionary.CreateBuilder<ProvisionId, ImmutableArray<ProvisionId>>();
        foreach (var (criterionNode, decisionsNode) in root.Children)
        {
            var decisions = decisionsNode is YamlSequenceNode sequence
                ? sequence.Children.Select(node => node is YamlScalarNode { Value: { } text } && ProvisionId.TryParse(text, out var id) ? id : null).ToList()
                : null;
            if (criterionNode is not YamlScalarNode { Value: { } criterionText } || !ProvisionId.TryParse(criterionText, out var criterion)
                || decisions is null || decisions.Count == 0 || decisions.Any(d => d is null))
            {
                diagnostics.Add(CorpusDiagnostics.InvalidCriteriaTable(ActDataYaml.At(displayPath, criterionNode.Start), Expected));
                continue;
            }

            table[criterion] = [.. decisions.OfType<ProvisionId>()];
        }

        return new CriteriaTable(table.ToImmutable());
    }
}
