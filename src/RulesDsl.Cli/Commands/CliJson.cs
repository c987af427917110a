using System.Text.Encodings.Web;
using System.Text.Json;

namespace RulesDsl.Cli.Commands;

/// <summary>How every command writes JSON: indented, camelCase, and legal text left readable (no \u escapes for ’ or é).</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
