using System.Text.Json;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests.Batches;

/// <summary>Batches of cases through the shipped rules: JSON Lines and CSV in and out, bad records skipped or stopped at.</summary>
public class BatchClassifierTests
{
    private static RuleSetDefinition Definition => Built.GpaiClassifier.Definition;

    internal static readonly string Models = Path.Combine(RepoPaths.Root, "rules", "examples", "models.jsonl");

    private static (BatchSummary Summary, List<JsonElement> Records, List<FactsRecord> Rejected) RunJsonLines(string lines, bool stop = false, BatchExplaining? explaining = null)
    {
        using var output = new StringWriter();
        var rejected = new List<FactsRecord>();
        var summary = new BatchClassifier(Built.GpaiClassifier, Built.Today, explaining)
            .Run(FactsRecords.JsonLines(new StringReader(lines), Definition), new JsonVerdicts(output, explaining is null ? null : new JsonExplanation()), new BatchRun(stop, rejected.Add));
        var records = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        return (summary, records, rejected);
    }

    [Test]
    public void The_shipped_model_profiles_give_one_verdict_each_in_order_with_their_names()
    {
        var (summary, records, rejected) = RunJsonLines(File.ReadAllText(Models));

        rejected.ShouldBeEmpty();
        records.Count.ShouldBe(16);
        records.Select(r => r.GetProperty("line").GetInt32()).ShouldBe(Enumerable.Range(1, 16));
        var gpt4 = records[1];
        gpt4.GetProperty("id").GetString().ShouldBe("GPT-4 (2023)");
        gpt4.GetProperty("outcome").GetString().ShouldBe("yes");
        gpt4.GetProperty("decidingRule").GetString().ShouldBe("high_impact_route");
        var nemotron = records.Single(r => r.GetProperty("id").GetString() == "Nemotron-4 340B (2024)");
        nemotron.GetProperty("how").EnumerateArray().Select(h => h.GetString()).ShouldBe(["met", "presumed", "estimated"]);
        var inflection = records.Single(r => r.GetProperty("id").GetString() == "Inflection-2 (2023)");
        inflection.GetProperty("outcome").GetString().ShouldBe("unknown");
        inflection.GetProperty("missingFacts").EnumerateArray().Select(m => m.GetString()).ShouldBe(["designated_by_commission", "high_impact_capabilities_assessed"]);

        summary.Read.ShouldBe(16);
        summary.Count("systemic_risk", Truth.Yes).ShouldBe(4);
        summary.Count("systemic_risk", Truth.No).ShouldBe(4);
        summary.Count("systemic_risk", Truth.Unknown).ShouldBe(8);
        summary.MissingFacts["high_impact_capabilities_assessed"].ShouldBe(8);
        summary.MissingFacts["training_compute"].ShouldBe(1);
    }

    [Test]
    public void A_bad_record_is_skipped_with_its_line_and_every_good_one_still_gives_its_verdict()
    {
        var (summary, records, rejected) = RunJsonLines("{\"significant_generality\": true, \"integrable_downstream\": true, \"placed_on_market\": true, \"training_compute\": 3e25}\n{\"training_compute\": \"lots\"}\n\n{\"trainig_compute\": 1}\n{\"significant_generality\": true, \"integrable_downstream\": true, \"placed_on_market\": true, \"parameters\": 7}\n");

        records.Select(r => r.GetProperty("line").GetInt32()).ShouldBe([1, 5]);
        rejected.SelectMany(r => r.Errors).Select(e => e.Format("in.jsonl")).ShouldBe([
            "in.jsonl(2): $.training_compute: expected a number of FLOP",
            "in.jsonl(4): $.trainig_compute: there is no fact named 'trainig_compute'; did you mean 'training_compute'?",
        ]);
        (summary.Read, summary.Classified, summary.Skipped, summary.Stopped).ShouldBe((4, 2, 2, false));
        using var text = new StringWriter();
        summary.Write(text, "in.jsonl");
        text.ToString().ShouldBe(
            """
            in.jsonl: 4 records read, 2 classified, 2 skipped
              systemic_risk: yes 1, no 0, unknown 1
              unknown for want of: designated_by_commission (1), high_impact_capabilities_assessed (1), training_compute (1)
              skipped: in.jsonl(2): $.training_compute: expected a number of FLOP
              skipped: in.jsonl(4): $.trainig_compute: there is no fact named 'trainig_compute'; did you mean 'training_compute'?

            """.ReplaceLineEndings());
    }

    [Test]
    public void Stopping_at_the_first_bad_record_reads_no_further()
    {
        var (summary, records, rejected) = RunJsonLines("{\"training_compute\": 3e25}\n[1]\n{\"training_compute\": 3e25}\n", stop: true);

        records.Count.ShouldBe(1);
        rejected.ShouldHaveSingleItem().Line.ShouldBe(2);
        (summary.Read, summary.Stopped).ShouldBe((2, true));
    }

    [Test]
    public void Explained_records_carry_the_explanation_as_an_object_in_the_readers_language()
    {
        var explaining = new BatchExplaining(new Explainer(Built.Corpus), new ExplainOptions("nl"));
        var (_, records, _) = RunJsonLines("{\"id\": \"a\", \"significant_generality\": true, \"integrable_downstream\": true, \"placed_on_market\": true, \"training_compute\": 3.8e25}\n", explaining: explaining);

        var explanation = records.ShouldHaveSingleItem().GetProperty("explanation");
        explanation.GetProperty("language").GetString().ShouldBe("nl");
        explanation.GetProperty("outcomeLabel").GetString().ShouldBe("ja");
    }

    [Test]
    public void CSV_reads_fact_columns_with_empty_cells_unknown_sets_split_on_semicolons_and_quoted_cells()
    {
        const string csv = "id,training_compute,modalities,rebuttal_accepted\n\"Model, large\",3e25,text; image,no\nsmall,,,\n";

        var records = FactsRecords.Csv(new StringReader(csv), Definition).ToList();

        records.Count.ShouldBe(2);
        records[0].Id.ShouldBe("Model, large");
        records[0].Facts.Get("training_compute").ShouldBe(Quantity.Of(3, 25));
        ((IEnumerable<string>)records[0].Facts.Get("modalities")!).ShouldBe(["image", "text"]);
        records[0].Facts.Get("rebuttal_accepted").ShouldBe(false);
        records[1].Line.ShouldBe(3);
        records[1].Facts.Names.ShouldBeEmpty();
    }

    [TestCase("training_compute,parameters\n-1,2\n", "in.csv(2,1): training_compute: -1 is out of range: an amount of FLOP is not negative")]
    [TestCase("training_compute,modalities\n1,text;smell\n", "in.csv(2,2): modalities[1]: expected one of text, image, audio, video, biological_sequences")]
    [TestCase("training_compute,designated_by_commission\n1,maybe\n", "in.csv(2,2): designated_by_commission: expected true or false")]
    [TestCase("training_compute,parameters\n1\n", "in.csv(2): 1 cells where the header names 2 columns")]
    [TestCase("id,training_compute\n\"a\"b,1\n", "in.csv(2,1): text after the closing quote of a quoted cell; double a quote inside a cell (\"\")")]
    [TestCase("id,training_compute\n\"a,1\n", "in.csv(2,1): a quoted cell is not closed before the end of the file")]
    public void A_bad_CSV_row_is_reported_at_its_line_and_column(string csv, string message)
    {
        // Listed first: records are read as they are enumerated, once.
        var record = FactsRecords.Csv(new StringReader(csv), Definition).ToList().ShouldHaveSingleItem();

        record.Errors.ShouldHaveSingleItem().Format("in.csv").ShouldBe(message);
    }

    [TestCase("id,trainig_compute\n", "in.csv(1,2): header: there is no fact named 'trainig_compute'; did you mean 'training_compute'?")]
    [TestCase("parameters,parameters\n", "in.csv(1,2): header: the column 'parameters' is named twice")]
    public void A_CSV_header_naming_no_fact_stops_the_file(string csv, string message)
    {
        var error = Should.Throw<BatchInputException>(() => FactsRecords.Csv(new StringReader(csv), Definition).ToList()).Error;

        error.Format("in.csv").ShouldBe(message);
    }

    [Test]
    public void CSV_out_has_a_header_and_one_row_per_case_quoted_where_needed()
    {
        using var output = new StringWriter();
        var csv = "id,significant_generality,integrable_downstream,placed_on_market,training_compute\n\"GPT-4, 2023\",true,true,true,2.1e25\nsmall,true,true,true,1e20\nfine-tuned classifier,false,true,true,3e25\n";

        new BatchClassifier(Built.GpaiClassifier, Built.Today).Run(FactsRecords.Csv(new StringReader(csv), Definition), new CsvVerdicts(output, null));

        output.ToString().ShouldBe(
            """
            line,id,conclusion,outcome,how,deciding_rule,missing_facts,applicability,applies_from
            2,"GPT-4, 2023",systemic_risk,yes,met;presumed,high_impact_route,,applies,2025-08-02
            3,small,systemic_risk,unknown,,,designated_by_commission;high_impact_capabilities_assessed,applies,2025-08-02
            4,fine-tuned classifier,systemic_risk,not applicable,,,,outside scope,2025-08-02

            """.ReplaceLineEndings());
    }

    [Test]
    public void CSV_out_leads_an_id_a_spreadsheet_would_run_as_a_formula_with_a_single_quote()
    {
        using var output = new StringWriter();
        var csv = "id,significant_generality,integrable_downstream,placed_on_market,training_compute\n"
            + "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",true,true,true,2.1e25\n+1+1,true,true,true,2.1e25\n-2+3,true,true,true,2.1e25\n@SUM(A1),true,true,true,2.1e25\n"
            + "\"\tcmd\",true,true,true,2.1e25\nsafe-id,true,true,true,2.1e25\n";

        new BatchClassifier(Built.GpaiClassifier, Built.Today).Run(FactsRecords.Csv(new StringReader(csv), Definition), new CsvVerdicts(output, null));

        var ids = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => row[(row.IndexOf(',', StringComparison.Ordinal) + 1)..]).ToList();
        ids[0].ShouldStartWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
        ids[1].ShouldStartWith("'+1+1,");
        ids[2].ShouldStartWith("'-2+3,");
        ids[3].ShouldStartWith("'@SUM(A1),");
        ids[4].ShouldStartWith("'\tcmd,");
        ids[5].ShouldStartWith("safe-id,");
    }
}
