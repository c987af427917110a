using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Versions;

namespace RulesDsl.Language.Amendments;

/// <summary>An amendment report for a terminal (<c>[-old-]{+new+}</c> word markers), as Markdown, or as JSON.</summary>
public static class AmendmentFormats
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Text(AmendmentReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"old: {Side(report.OldLabel, report.Comparison.Old.AsOf)}\n");
        text.Append(CultureInfo.InvariantCulture, $"new: {Side(report.NewLabel, report.Comparison.New.AsOf)}\n");
        foreach (var change in report.Changes)
        {
            var provision = change.Change;
            text.Append(CultureInfo.InvariantCulture,
                $"\n{provision.Language}  {Kind(provision.Kind)}  {provision.Name}  [{provision.Id}]  {Versions(provision)}\n");
            text.Append(provision.Words.IsEmpty ? "" : "  ").Append(string.Concat(provision.Words.Select(w => w.Operation switch
            {
                WordOperation.Deleted => $"[-{w.Text}-]",
                WordOperation.Inserted => $"{{+{w.Text}+}}",
                _ => w.Text,
            }))).Append(provision.Words.IsEmpty ? "" : "\n");
            foreach (var cite in change.CitedBy)
            {
                text.Append(CultureInfo.InvariantCulture, $"  cited by {cite.Kind} {cite.Name} at {cite.Position}: {Cites(cite)}\n");
            }
        }

        text.Append('\n').Append(Summary(report)).Append('\n');
        return text.ToString();
    }

    public static string Markdown(AmendmentReport report)
    {
        var text = new StringBuilder("# Changes to the law\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- old: {Escape(Side(report.OldLabel, report.Comparison.Old.AsOf))}\n");
        text.Append(CultureInfo.InvariantCulture, $"- new: {Escape(Side(report.NewLabel, report.Comparison.New.AsOf))}\n");
        foreach (var language in report.Changes.GroupBy(c => c.Change.Language))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {language.Key}\n");
            foreach (var change in language)
            {
                var provision = change.Change;
                text.Append(CultureInfo.InvariantCulture, $"\n### {Escape(provision.Name)} — {Kind(provision.Kind)}\n\n");
                text.Append(CultureInfo.InvariantCulture, $"`{provision.Id}`, {Versions(provision)}\n\n> ");
                text.Append(string.Concat(provision.Words.Select(w => w.Operation switch
                {
                    WordOperation.Deleted => Wrap("~~", w.Text),
                    WordOperation.Inserted => Wrap("**", w.Text),
                    _ => Escape(w.Text),
                }))).Append('\n');
                if (change.CitedBy.Length > 0)
                {
                    text.Append("\n| cited by | cites | at |\n| --- | --- | --- |\n");
                    foreach (var cite in change.CitedBy)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"| {cite.Kind} `{cite.Name}` | {Escape(Cites(cite))} | `{cite.Position}` |\n");
                    }
                }
            }
        }

        text.Append('\n').Append(Escape(Summary(report))).Append('\n');
        return text.ToString();
    }

    public static string JsonText(AmendmentReport report) => JsonSerializer.Serialize(new
    {
        Old = new { Corpus = report.OldLabel, AsOf = report.Comparison.Old.AsOf },
        New = new { Corpus = report.NewLabel, AsOf = report.Comparison.New.AsOf },
        report.TouchesRules,
        report.Comparison.Unchanged,
        Changes = report.Changes.Select(change => new
        {
            change.Change.Language,
            Id = change.Change.Id.Value,
            change.Change.Name,
            change.Change.Kind,
            OldVersion = change.Change.Old?.Version,
            NewVersion = change.Change.New?.Version,
            OldText = change.Change.Old?.Text,
            NewText = change.Change.New?.Text,
            Words = change.Change.Words,
            CitedBy = change.CitedBy.Select(c => new { c.Kind, c.Name, c.Cites, c.IsTerm, c.Position.File, c.Position.Line, c.Position.Column }),
        }),
    }, Json) + "\n";

    private static string Summary(AmendmentReport report)
    {
        var cited = report.Changes.Count(c => c.CitedBy.Length > 0);
        var changed = report.Changes.Length;
        return changed == 0
            ? $"no provision changed ({report.Comparison.Unchanged} compared)"
            : $"{changed} provision{(changed == 1 ? "" : "s")} changed, {cited} of them cited by the rules; {report.Comparison.Unchanged} unchanged";
    }

    private static string Side(string label, DateOnly asOf) =>
        $"{label} as in force on {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static string Kind(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    private static string Versions(ProvisionChange change) => $"version {Version(change.Old)} → {Version(change.New)}";

    private static string Version(Provision? provision) =>
        provision is null ? "none" : provision.Version?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    private static string Cites(CitingDeclaration cite) => cite.IsTerm ? $"means {cite.Cites}" : $"cites {cite.Cites}";

    /// <summary>Emphasis around the words of a run, its outer spaces left outside, where Markdown requires them.</summary>
    private static string Wrap(string marker, string text)
    {
        var words = text.Trim();
        if (words.Length == 0)
        {
            return text;
        }

        var start = text.IndexOf(words, StringComparison.Ordinal);
        return $"{text[..start]}{marker}{Escape(words)}{marker}{text[(start + words.Length)..]}";
    }

    // Characters that would read as Markdown markup rather than as the law's words.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_~[]<>|#".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
