using RulesDsl.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RulesDsl.Corpus.Reading;

/// <summary>The YAML files maintained beside an act's sources (<c>anchors.yaml</c>, <c>criteria.yaml</c>): read as one mapping, every fault reported at its line and column.</summary>
internal static class ActDataYaml
{
    /// <summary>The file's top-level mapping; null when it is absent, empty, or not a mapping (reported with <paramref name="invalid"/>).</summary>
    /// <param name="exists">Whether the file is there at all.</param>
    public static YamlMappingNode? Load(
        string path, string displayPath, Func<SourcePosition, string, Diagnostic> invalid, string expected, ICollection<Diagnostic> diagnostics, out bool exists)
    {
        exists = File.Exists(path);
        if (!exists)
        {
            return null;
        }

        if (BoundedYaml.Load(File.ReadAllText(path), out var faultAt, out var fault) is not { } stream)
        {
            diagnostics.Add(invalid(At(displayPath, faultAt), fault));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(invalid(At(displayPath, stream.Documents[0].RootNode.Start), expected));
            return null;
        }

        return root;
    }

    public static SourcePosition At(string displayPath, Mark mark) =>
        new(displayPath, (int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1));
}
