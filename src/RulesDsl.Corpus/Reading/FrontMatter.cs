using System.Globalization;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RulesDsl.Corpus.Reading;

/// <summary>
/// The YAML block a canonical source opens with (act, language, provision, version, source). What it says wins over
/// anything inferred from the path or the text.
/// </summary>
internal sealed record FrontMatter(string? Act, OfficialLanguage? Language, ProvisionId? Provision, DateOnly? Version, string? Source, string? Eli = null)
{
    // The words of the `status` key, as docs/corpus-format.md lists them.
    private static readonly Dictionary<string, TextStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["draft"] = TextStatus.Draft,
        ["published"] = TextStatus.Published,
        ["in-force"] = TextStatus.InForce,
    };

    /// <summary>What the text is in law, where the file says so (<c>status: draft</c>); null lets the reader infer it.</summary>
    public TextStatus? Status { get; init; }

    public static FrontMatter None { get; } = new(null, null, null, null, null);

    /// <summary>Reads the YAML between the fences; <paramref name="firstLine"/> is the file line the YAML starts on.</summary>
    public static FrontMatter? Read(SourceText file, string yaml, int firstLine, ICollection<Diagnostic> diagnostics)
    {
        if (BoundedYaml.Load(yaml, out var faultAt, out var fault) is not { } stream)
        {
            diagnostics.Add(CorpusDiagnostics.InvalidFrontMatter(At(file, firstLine, faultAt), fault));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return None;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            diagnostics.Add(CorpusDiagnostics.InvalidFrontMatter(
                At(file, firstLine, stream.Documents[0].RootNode.Start), "expected 'key: value' lines"));
            return null;
        }

        var values = new Dictionary<string, YamlScalarNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode scalar)
            {
                values[name] = scalar;
            }
        }

        var ok = true;
        OfficialLanguage? language = null;
        if (values.TryGetValue("language", out var lang) && !OfficialLanguages.TryGet(lang.Value, out language))
        {
            diagnostics.Add(CorpusDiagnostics.InvalidFrontMatterValue(
                At(file, firstLine, lang.Start), "language", lang.Value ?? "", "the code of an official EU language (en, nl, de, fr, …)"));
            ok = false;
        }

        DateOnly? version = null;
        if (values.TryGetValue("version", out var date))
        {
            if (DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                version = parsed;
            }
            else
            {
                diagnostics.Add(CorpusDiagnostics.InvalidFrontMatterValue(
                    At(file, firstLine, date.Start), "version", date.Value ?? "", "a date written as YYYY-MM-DD"));
                ok = false;
            }
        }

        ProvisionId? provision = null;
        if (values.TryGetValue("provision", out var id) && !ProvisionId.TryParse(id.Value, out provision!))
        {
            diagnostics.Add(CorpusDiagnostics.InvalidFrontMatterValue(
                At(file, firstLine, id.Start), "provision", id.Value ?? "", "a provision id such as art_51 or rct_111"));
            ok = false;
        }

        TextStatus? status = null;
        if (values.TryGetValue("status", out var stated))
        {
            if (Statuses.TryGetValue(stated.Value ?? "", out var known))
            {
                status = known;
            }
            else
            {
                diagnostics.Add(CorpusDiagnostics.InvalidTextStatus(At(file, firstLine, stated.Start), stated.Value ?? "", Statuses.Keys));
                ok = false;
            }
        }

        return ok
            ? new FrontMatter(values.GetValueOrDefault("act")?.Value, language, provision, version, values.GetValueOrDefault("source")?.Value, values.GetValueOrDefault("eli")?.Value)
            {
                Status = status,
            }
            : null;
    }

    private static SourcePosition At(SourceText file, int firstLine, Mark mark) =>
        new(file.Path, firstLine + (int)Math.Max(mark.Line, 1) - 1, (int)Math.Max(mark.Column, 1));
}
