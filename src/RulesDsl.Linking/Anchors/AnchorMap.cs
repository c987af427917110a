using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Linking.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RulesDsl.Linking.Anchors;

/// <summary>
/// The maintained map, kept with an act's corpus folder as <c>anchors.yaml</c>, from the block anchors of vault files
/// the corpus does not hold (the Dutch Article 3 file <c>a3.md</c> that recital 111 links to) to provision ids:
/// <code>
/// nl/a3.md:
///   gpai: art_3__pnt_63
/// </code>
/// Once the corpus holds the file itself, its own block ids take over and the map is no longer consulted for it.
/// </summary>
public sealed class AnchorMap
{
    public const string FileName = "anchors.yaml";

    private readonly ImmutableDictionary<string, ImmutableDictionary<string, ProvisionId>> files;

    private AnchorMap(ImmutableDictionary<string, ImmutableDictionary<string, ProvisionId>> files) => this.files = files;

    public static AnchorMap Empty { get; } = new(ImmutableDictionary<string, ImmutableDictionary<string, ProvisionId>>.Empty);

    /// <summary>Whether the map names the file (a path relative to the act folder, with forward slashes).</summary>
    public bool Names(string file) => files.ContainsKey(file);

    /// <summary>Every anchor the map names, in any file.</summary>
    public IEnumerable<(string Anchor, ProvisionId Id)> Anchors =>
        files.Values.SelectMany(anchors => anchors.Select(a => (a.Key, a.Value)));

    public ProvisionId? Find(string file, string anchor) =>
        files.TryGetValue(file, out var anchors) && anchors.TryGetValue(anchor, out var id) ? id : null;

    /// <summary>Reads <c>anchors.yaml</c> from an act folder; a missing file is an empty map.</summary>
    public static AnchorMap Read(string actFolder, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var path = Path.Combine(actFolder, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException e)
        {
            diagnostics.Add(LinkDiagnostics.InvalidAnchorMap(At(displayPath, e.Start), e.Message.Split('\n')[0]));
            return Empty;
        }

        if (stream.Documents.Count == 0)
        {
            return Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(LinkDiagnostics.InvalidAnchorMap(At(displayPath, stream.Documents[0].RootNode.Start), "expected 'file: { anchor: id }'"));
            return Empty;
        }

        var result = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, ProvisionId>>(StringComparer.Ordinal);
        foreach (var (fileNode, anchorsNode) in root.Children)
        {
            if (fileNode is not YamlScalarNode { Value: { } file } || anchorsNode is not YamlMappingNode anchors)
            {
                diagnostics.Add(LinkDiagnostics.InvalidAnchorMap(At(displayPath, fileNode.Start), "expected a file name over 'anchor: id' lines"));
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
                    diagnostics.Add(LinkDiagnostics.InvalidAnchorMap(At(displayPath, idNode.Start), "each anchor must map to a provision id such as art_3__pnt_63"));
                }
            }

            result[file.Replace('\\', '/')] = map.ToImmutable();
        }

        return new AnchorMap(result.ToImmutable());
    }

    private static SourcePosition At(string displayPath, Mark mark) =>
        new(displayPath, (int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1));
}
