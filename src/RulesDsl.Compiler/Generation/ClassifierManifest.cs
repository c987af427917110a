using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesDsl.Corpus.Model;
using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;

namespace RulesDsl.Compiler.Generation;

/// <summary>A rules file a classifier was built from, and the SHA-256 of its text.</summary>
public sealed record RulesFileHash(string Path, string Sha256);

/// <summary>One language version of a cited provision: its dated version (null when undated) and the SHA-256 of its
/// text, or of the cited sentence alone where <see cref="Sentence"/> is set.</summary>
public sealed record CitedText(string Language, DateOnly? Version, string Sha256, int? Sentence = null);

/// <summary>A provision (or one sentence of it) the rules cite, and every text of it the corpus held at build time.</summary>
public sealed record CitedProvision(string Id, int? Sentence, ImmutableArray<CitedText> Texts);

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
    /// hashed in every language and version the corpus holds (sorted, so the order of citing does not matter).</summary>
    public static ClassifierManifest Of(CheckedRules rules, LinkGraph graph, string toolVersion)
    {
        var corpus = graph.Corpus;
        var cited = rules.Corpus.Citations.Values.Select(c => (c.Id, c.Sentence))
            .Concat(rules.Corpus.Terms.Values.Select(id => (Id: id, Sentence: (int?)null)))
            .Distinct()
            .OrderBy(c => c.Id.Value, StringComparer.Ordinal)
            .ThenBy(c => c.Sentence ?? 0)
            .Select(c => new CitedProvision(c.Id.Value, c.Sentence, [.. Texts(corpus, c.Id, c.Sentence, rules.Corpus.Language)]))
            .ToImmutableArray();
        return new ClassifierManifest(
            "rulesdsl",
            toolVersion,
            rules.Syntax.Header.Title,
            rules.Corpus.Act,
            rules.Corpus.Language,
            [new RulesFileHash(rules.Syntax.Path, Sha256(rules.Syntax.Text))],
            [.. cited.SelectMany(c => c.Texts).Select(t => t.Language).Distinct().Order(StringComparer.Ordinal)],
            cited);
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// The texts of a cited provision in every language and version. A sentence number holds in the rules' language
    /// only (sentences do not pair by position across languages), so other languages hash the whole provision.
    /// </summary>
    private static IEnumerable<CitedText> Texts(LegalCorpus corpus, ProvisionId id, int? sentence, string rulesLanguage) =>
        from language in corpus.Languages(id)
        from version in corpus.Versions(id, language).Reverse()
        let number = language == rulesLanguage ? sentence : null
        let text = number is { } n
            ? version.Sentences.FirstOrDefault(s => s.Number == n)?.Text
            : WholeText(corpus, version)
        where text is not null
        select new CitedText(language, version.Version, Sha256(text), number);

    /// <summary>A provision's words and those of its parts: a change to a point changes the article that holds it.</summary>
    private static string WholeText(LegalCorpus corpus, Provision provision) =>
        string.Join("\n", new[] { provision.Text }.Concat(corpus.Parts(provision).SelectMany(p => new[] { WholeText(corpus, p) })));
}
