using System.Text.Json;
using System.Text.Json.Serialization;
using RulesDsl.Diagnostics;

namespace RulesDsl.Sarif;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log, the format CI tools read to annotate files, with what GitHub code scanning shows:
/// each id used is a rule (name, short and full description, help, help link, default level), each result points at
/// its rule by id and index, and each file is a percent-encoded URI: relative to <c>%SRCROOT%</c> (the folder the
/// command ran in) when the path is relative, a <c>file:</c> URI when it is absolute.
/// </summary>
public static class SarifLog
{
    /// <summary>The base id of relative file locations: the folder the paths are relative to.</summary>
    public const string SourceRoot = "%SRCROOT%";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(IEnumerable<Diagnostic> diagnostics, string toolVersion)
    {
        var list = diagnostics.ToList();
        var rules = list.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).Select(DiagnosticDescriptors.Of).ToList();
        var index = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(r => r.Id, r => r.i, StringComparer.Ordinal);
        var log = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new
                {
                    tool = new
                    {
                        driver = new
                        {
                            name = "rulesdsl",
                            version = toolVersion,
                            rules = rules.Select(rule => new
                            {
                                id = rule.Id,
                                name = rule.Name,
                                shortDescription = new { text = rule.Title },
                                fullDescription = new { text = rule.Help },
                                help = new { text = rule.Help, markdown = $"{rule.Help}\n\n[{rule.Id} in {DiagnosticDescriptors.Page}]({rule.HelpLink})" },
                                helpUri = rule.HelpLink,
                                defaultConfiguration = new { level = Level(rule.DefaultSeverity) },
                            }),
                        },
                    },
                    results = list.Select(d => new
                    {
                        ruleId = d.Id,
                        ruleIndex = index[d.Id],
                        level = Level(d.Severity),
                        message = new { text = d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})" },
                        locations = new[]
                        {
                            new
                            {
                                physicalLocation = new
                                {
                                    artifactLocation = ArtifactLocation(d.Position.File),
                                    region = new { startLine = d.Position.Line, startColumn = d.Position.Column },
                                },
                            },
                        },
                    }),
                },
            },
        };
        return JsonSerializer.Serialize(log, Options);
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A path as SARIF wants it: a URI, '/' between segments, each segment's spaces, '#', '%' and non-ASCII letters percent-encoded (UTF-8).</summary>
    internal static ArtifactUri ArtifactLocation(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        var rooted = Path.IsPathFullyQualified(path);
        var encoded = string.Join('/', segments.Select((segment, i) =>
            rooted && i == 0 && segment.EndsWith(':') ? segment : Uri.EscapeDataString(segment)));
        return rooted
            ? new ArtifactUri($"file://{(encoded.StartsWith('/') ? "" : "/")}{encoded}", null)
            : new ArtifactUri(encoded, SourceRoot);
    }

    internal sealed record ArtifactUri(string Uri, string? UriBaseId);
}
