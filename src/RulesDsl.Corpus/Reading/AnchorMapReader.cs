using System.Collections.Immutable;
using RulesDsl.Diagnostics;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RulesDsl.Corpus.Reading;

/// <summary>Reads an act's <c>anchors.yaml</c>, reporting what is wrong in it at its line and column.</summary>
internal static class AnchorMapReader
{
    /// <summary>Reads <c>anchors.yaml</c> from an act folder: null when there is none, an empty map when it cannot be read.</summary>
    public static AnchorMap? Read(string actFolder, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var path = Path.Combine(actFolder, AnchorMap.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException e)
        {
            diagnostics.Add(CorpusDiagnostics.InvalidAnchorMap(At(displayPath, e.Start), e.Message.Split('\n')[0]));
            return AnchorMap.Empty;
        }

        if (stream.Documents.Count == 0)
        {
            return AnchorMap.Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(CorpusDiagnostics.InvalidAnchorMap(At(displayPath, stream.Documents[0].RootNode.Start), "expected 'file: { anchor: id }'"));
            return AnchorMap.Empty;
        }

        var result = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, ProvisionId>>(StringComparer.Ordinal);
        foreach (var (fileNode, anchorsNode) in root.Children)
        {
            if (fileNode is not YamlScalarNode { Value: { } file } || anchorsNode is not YamlMappingNode anchors)
            {
                diagnostics.Add(CorpusDiagnostics.InvalidAnchorMap(At(displayPath, fileNode.Start), "expected a file name over 'anchor: id' lines"));
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
                    diagnostics.Add(CorpusDiagnostics.InvalidAnchorMap(At(displayPath, idNode.Start), "each anchor must map to a provision id such as art_3__pnt_63"));
                }
            }

            result[file.Replace('\\', '/')] = map.ToImmutable();
        }

        return new AnchorMap(result.ToImmutable());
    }

    private static SourcePosition At(string displayPath, Mark mark) =>
        new(displayPath, (int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1));
}
