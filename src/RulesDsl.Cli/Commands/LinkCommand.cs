using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using System.Reflection;
using System.Text.Json;
using RulesDsl.Cli.Diagnostics;
using RulesDsl.Corpus.Reading;
using RulesDsl.Diagnostics;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Reports;
using RulesDsl.Linking;
using RulesDsl.Sarif;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary><c>rulesdsl link</c>: every link, mention and cross-reference of the corpus, resolved or with the reason why not.</summary>
internal static class LinkCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var corpusOption = CorpusCommand.CorpusOption();
        var formatOption = new Option<string>("--format")
        {
            Description = "table for people, json for programs, sarif for CI tools, html for linked pages (with --out).",
            DefaultValueFactory = _ => "table",
        };
        formatOption.AcceptOnlyFromAmong("table", "json", "sarif", "html");
        var outOption = new Option<string?>("--out") { Description = "The folder the html pages are written to." };
        var command = new Command("link", "Resolve every defined-term link, mention and cross-reference of the corpus.")
        {
            corpusOption, formatOption, outOption,
        };
        command.SetAction(parse =>
        {
            var format = parse.GetValue(formatOption)!;
            var folder = parse.GetValue(outOption);
            if (format == "html" && folder is null)
            {
                error.WriteLine("rulesdsl: --format html writes a folder of pages; name it with --out DIR");
                return 2;
            }

            var workspace = RulesWorkspace.Open(parse.GetValue(corpusOption)!, null, null, clock, LinkedCorpusCache.Default);
            var graph = workspace.Graph;
            var diagnostics = workspace.Diagnostics;
            switch (format)
            {
                case "json":
                    output.WriteLine(JsonSerializer.Serialize(ToJson(graph, diagnostics), CliJson.Options));
                    break;
                case "sarif":
                    output.WriteLine(SarifLog.Write(diagnostics, Version()));
                    break;
                case "html":
                    try
                    {
                        var pages = LinkedHtml.Write(graph, folder!, workspace.AsOf);
                        output.WriteLine($"{pages} pages written to {folder}; open {Path.Combine(folder!, "index.html")}");
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        diagnostics = [.. diagnostics, CliDiagnostics.OutputNotWritten(folder!, e.Message)];
                    }

                    break;
                default:
                    WriteTable(output, graph);
                    break;
            }

            if (format != "sarif")
            {
                foreach (var diagnostic in diagnostics)
                {
                    error.WriteLine(diagnostic);
                }
            }

            return diagnostics.Any(d => d.IsError) ? 1 : 0;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, LinkGraph graph)
    {
        foreach (var reference in graph.References.OrderBy(r => r.Position.File, StringComparer.Ordinal).ThenBy(r => r.Position.Line).ThenBy(r => r.Position.Column))
        {
            var target = reference.Targets.IsEmpty ? reference.TargetAct ?? "-" : string.Join(",", reference.Targets);
            var status = reference.Unresolved is { } why ? $"unresolved: {why}" : "resolved";
            output.WriteLine($"{reference.Position}  {Kind(reference.Kind),-9}  {reference.From.Id} [{reference.From.Language}]  \"{reference.Text}\" -> {target}  {status}");
        }

        var byKind = graph.References.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Kind(g.Key)}");
        output.WriteLine($"{graph.References.Length} references ({string.Join(", ", byKind)}), {graph.References.Count(r => !r.IsResolved)} unresolved");
    }

    private static string Kind(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Explicit => "explicit",
        ReferenceKind.Mention => "mention",
        _ => "reference",
    };

    private static object ToJson(LinkGraph graph, IEnumerable<Diagnostic> diagnostics) => new
    {
        references = graph.References.Select(r => new
        {
            kind = Kind(r.Kind),
            from = r.From.Id.Value,
            language = r.From.Language,
            version = r.From.Version,
            position = new { file = r.Position.File, line = r.Position.Line, column = r.Position.Column },
            start = r.Start,
            length = r.Length,
            text = r.Text,
            targets = r.Targets.Select(t => t.Value),
            act = r.TargetAct,
            resolved = r.IsResolved,
            reason = r.Unresolved,
        }),
        glossary = graph.Glossary.Terms.Select(t => new
        {
            definition = t.Definition.Value,
            language = t.Language,
            term = t.Term,
            forms = t.Forms,
            fromDefinition = t.FromDefinition,
        }),
        diagnostics = diagnostics.Select(d => new
        {
            id = d.Id,
            severity = d.Severity.ToString().ToLowerInvariant(),
            position = new { file = d.Position.File, line = d.Position.Line, column = d.Position.Column },
            message = d.Message,
        }),
    };

    private static string Version() =>
        typeof(LinkCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
