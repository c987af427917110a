using System.Collections.Immutable;
using RulesDsl.Diagnostics;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Model;
using YamlDotNet.RepresentationModel;

namespace RulesDsl.Corpus.Reading;

/// <summary>Reads an act's <c>anchors.yaml</c>, reporting what is wrong in it at its line and column.</summary>
internal static class AnchorMapReader
{
    /// <summary>Reads <c>anchors.yaml</c> from an act folder: null when there is none, an empty map when it cannot be read.</summary>
    public static AnchorMap? Read(string actFolder, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var root = ActDataYaml.Load(
            Path.Combine(actFolder, AnchorMap.FileName), displayPath, CorpusDiagnostics.InvalidAnchorMap, "expected 'file: { anchor: id }'", diagnostics, out var exists);
        if (root is null)
        {
            return exists ? AnchorMap.Empty : null;
        }

        var result = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, ProvisionId>>(StringComparer.Ordinal);
        foreach (var (fileNode, anchorsNode) in root.Children)
        {
            if (fileNode is not YamlScalarNode { Value: { } file } || anchorsNode is not YamlMappingNode anchors)
            {
                diagnostics.Add(CorpusDiagnostics.InvalidAnchorMap(ActDataYaml.At(displayPath, fileNode.Start), "expected a file name over 'anchor: id' lines"));
                continue;
            }

            var map = ImmutableDictionary.CreateBuilder<string, ProvisionId>(StringComparer.Ordinal);
            foreach (var (anchorNode, idNode) in anchors.Children)
            {
                if (anchorNode is YamlScalarNode { Value: { } anchor } && idNode is YamlScalarNode { Value: { } text } && ProvisionId.TryParse(text, out var id))
                {
                    map[anchor.TrimStart('^')] = id;
                }
                else
                {
                    diagnostics.Add(CorpusDiagnostics.InvalidAnchorMap(ActDataYaml.At(displayPath, idNode.Start), "each anchor must map to a provision id such as art_3__pnt_63"));
                }
            }

            result[file.Replace('\\', '/')] = map.ToImmutable();
        }

        return new AnchorMap(result.ToImmutable());
    }
}
