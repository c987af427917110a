using System.Text.Json;
using RulesDsl.Corpus.Diagnostics;

namespace RulesDsl.Linking.Reports;

/// <summary>Diagnostics as a SARIF 2.1.0 log, the format CI tools read to annotate files.</summary>
public static class LinkSarif
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Write(IEnumerable<Diagnostic> diagnostics, string toolVersion)
    {
        var list = diagnostics.ToList();
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
                            rules = list.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).Select(id => new { id }),
                        },
                    },
                    results = list.Select(d => new
                    {
                        ruleId = d.Id,
                        level = d.Severity switch
                        {
                            DiagnosticSeverity.Error => "error",
                            DiagnosticSeverity.Warning => "warning",
                            _ => "note",
                        },
                        message = new { text = d.Message },
                        locations = new[]
                        {
                            new
                            {
                                physicalLocation = new
                                {
                                    artifactLocation = new { uri = d.Position.File.Replace('\\', '/') },
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
}
