using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Citing;
using RulesDsl.Linking.Model;

namespace RulesDsl.Compiler.Generation;

/// <summary>A rules file a classifier was built from, and the SHA-256 of its text.</summary>
public sealed record RulesFileHash(string Path, string Sha256);

/// <summary>
/// What a classifier was built from, embedded in its assembly (resource <see cref="ResourceName"/>) and written beside
/// it: the rules files, every cited provision's text hash in every language and version, and the tool. Holds nothing
/// that varies between runs or machines, so that equal inputs give equal bytes.
/// </summary>
public sealed record ClassifierManifest(
    string Tool,
    string ToolVersion,
    string Title,
    string Act,
    string Language,
    ImmutableArray<RulesFileHash> RulesFiles,
    ImmutableArray<string> Languages,
    ImmutableArray<CitedProvision> Citations)
{
    public const string ResourceName = "rulesdsl.manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    public static ClassifierManifest? FromJson(string json) => JsonSerializer.Deserialize<ClassifierManifest>(json, Json);

    /// <summary>The manifest of one checked rules file: its text hashed, and each cited provision and defined term
    /// hashed in every language and version the corpus holds.</summary>
    public static ClassifierManifest Of(CheckedRules rules, LinkGraph graph, string toolVersion)
    {
        var cited = CitedTexts.Of(rules, graph.Corpus);
        return new ClassifierManifest(
            "rulesdsl",
            toolVersion,
            rules.Syntax.Header.Title,
            rules.Corpus.Act,
            rules.Corpus.Language,
            // The imported files too: a change to any of them is a change to the classifier (and to its cache key).
            [.. rules.RuleSet.Imported.Prepend(rules.Syntax).Select(file => new RulesFileHash(file.Path, Sha256(file.Text)))],
            [.. cited.SelectMany(c => c.Texts).Select(t => t.Language).Distinct().Order(StringComparer.Ordinal)],
            cited);
    }

    public static string Sha256(string text) => CitedTexts.Sha256(text);
}
