using System.Text;
using System.Text.Json;
using RulesDsl.Compiler.Loading;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Rendering;
using RulesDsl.Workspace;

namespace RulesDsl.Fuzz;

/// <summary>
/// The facts readers as <c>rulesdsl classify</c> calls them, against the shipped rules compiled once: a facts file
/// opened with <see cref="FactsText.Open"/>, one JSON case read and explained, JSON Lines and CSV read as a batch with
/// <c>--on-error skip</c>, every record that reads classified and its verdict written.
/// </summary>
internal sealed class FactsTarget : FuzzTarget, IDisposable
{
    private readonly string folder;
    private readonly LoadedRules rules;
    private readonly BatchClassifier single;
    private readonly BatchClassifier batch;

    /// <param name="corpus">The embedded corpus's workspace; the shipped rules (the file that imports the shared declarations) are checked against it.</param>
    public FactsTarget(string root, string scratch, RulesWorkspace corpus)
    {
        folder = Path.Combine(scratch, "facts");
        Directory.CreateDirectory(folder);
        var workspace = corpus.WithRules(Path.Combine(root, "rules", "gpai-systemic-risk.rules"));
        var load = workspace.Load(new ClassifierLoader());
        if (!load.Succeeded)
        {
            throw new InvalidOperationException($"the shipped rules do not load: {string.Join("; ", load.Errors)}");
        }

        rules = load.Loaded.Single();
        single = new BatchClassifier(rules.Loaded.Classifier, workspace.AsOf, new BatchExplaining(new Explainer(rules.Graph), new ExplainOptions("en")));
        batch = new BatchClassifier(rules.Loaded.Classifier, workspace.AsOf);
        var examples = Path.Combine(root, "rules", "examples");
        Seeds =
        [
            .. SeedFiles.Files(examples, "json", ".json"),
            .. SeedFiles.Files(examples, "jsonl", ".jsonl"),
            .. SeedFiles.Files(examples, "jsonl", ".jsonl").Select(j => new FuzzInput("csv", Csv(j.Bytes))),
        ];
    }

    public override string Name => "facts";

    public override int Share => 35;

    public override IReadOnlyList<FuzzInput> Seeds { get; }

    public override IReadOnlyList<string> Tokens { get; } =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\\"", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "\\u001b[2J", "null", "true", "false",
        "\"id\": ", "\"id\": \"\\ud800\", ", "\"training_compute\": ", "\"training_compute\": {\"value\": 3e25, \"unit\": \"FLOP\"}",
        "\"parameters\": ", "\"modalities\": [\"text\", \"image\"]", "\"designated_by_commission\": ", "\"placed_on_market\": true, ",
        "\"significant_generality\": true, ", "\"unit\": \"tokens\"", "\"value\": ", "1e400", "9007199254740993", "-0", "NaN", "1e25",
        "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\"\"", ";", "\r\n", "id,training_compute\n", "yes", "no", "text;image", ",,,",
    ];

    public override IReadOnlyList<string> Run(FuzzInput input)
    {
        var path = Path.Combine(folder, "facts." + input.Kind);
        File.WriteAllBytes(path, input.Bytes);
        var reported = new List<string>();
        using var reader = FactsText.Open(path);
        if (input.Kind == "json")
        {
            var record = FactsRecords.Json(reader.ReadToEnd(), batch.Classifier.Definition);
            Report(record, path, reported);
            if (record.Succeeded)
            {
                var verdicts = new JsonVerdicts(TextWriter.Null, new JsonExplanation(), indented: true);
                verdicts.Write(single.Classify(record));
                verdicts.Flush();
            }

            return reported;
        }

        try
        {
            var records = input.Kind == "csv" ? FactsRecords.Csv(reader, batch.Classifier.Definition) : FactsRecords.JsonLines(reader, batch.Classifier.Definition);
            IVerdictWriter verdicts = input.Kind == "csv" ? new CsvVerdicts(TextWriter.Null, null) : new JsonVerdicts(TextWriter.Null, null);
            batch.Run(records, verdicts, new BatchRun(Rejected: record => Report(record, path, reported)));
        }
        catch (BatchInputException e)
        {
            // classify reports a batch it cannot read at all (a CSV header naming no fact) this way, not as a fault.
            reported.Add(e.Error.Format(path));
        }

        return reported;
    }

    public void Dispose() => rules.Dispose();

    private static void Report(FactsRecord record, string source, List<string> reported) =>
        reported.AddRange(record.Errors.Select(e => e.Format(source)));

    /// <summary>JSON Lines cases as CSV: a header of every fact named, a row a case, lists joined by ';'.</summary>
    private static byte[] Csv(byte[] jsonLines)
    {
        var rows = Encoding.UTF8.GetString(jsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Cell(p.Value)))
            .ToList();
        var header = rows.SelectMany(r => r.Keys).Distinct().ToList();
        var csv = new StringBuilder(string.Join(',', header)).Append('\n');
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', header.Select(h => row.GetValueOrDefault(h, "")))).Append('\n');
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quoted(value.GetString()!),
        JsonValueKind.Array => Quoted(string.Join(';', value.EnumerateArray().Select(v => v.ToString()))),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => value.GetRawText(),
    };

    private static string Quoted(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
        ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : text;
}
