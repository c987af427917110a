using System.Text.Json;

namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl classify</c> on the shipped example facts, on standard input, on batches and on bad input.</summary>
public class ClassifyCommandTests
{
    private static readonly string Rules = Path.Combine(RepoPaths.Root, "rules");

    // The folder holds more than one rule set; these commands classify with the systemic-risk one.
    private static readonly string GpaiRules = Path.Combine(Rules, "gpai-systemic-risk.rules");

    private static string Example(string name) => Path.Combine(Rules, "examples", name);

    private static (int Exit, string Output, string Error) Classify(params string[] args) =>
        Cli.Run(["classify", .. args, "--rules", GpaiRules, "--corpus", RepoPaths.Corpus, "--as-of", "2026-11-23"]);

    [Test]
    public void A_GPT_4_class_model_in_Dutch()
    {
        var (exit, output, error) = Classify(Example("gpt-4-class.json"), "--lang", "nl");

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldBe(
            """
            Oordeel: AI-model voor algemene doeleinden met een systeemrisico: ja
              hoe: vervuld, vermoed
              beslist door: classificatie wegens capaciteiten met een grote impact, tenzij de argumenten van de aanbieder zijn aanvaard
              geldend recht op: 23 november 2026
              toepasselijkheid: van toepassing met ingang van 2 augustus 2025 (Artikel 113, punt b)); AI-model voor algemene doeleinden: ja

            """.ReplaceLineEndings());
    }

    [Test]
    public void Without_as_of_the_verdict_is_by_the_law_in_force_on_the_day_the_clock_says_is_today()
    {
        var (exit, output, _) = Cli.RunOn(new DateOnly(2026, 12, 1), "classify", Example("gpt-4-class.json"), "--lang", "nl", "--rules", GpaiRules, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(0);
        output.ShouldContain("geldend recht op: 1 december 2026");
    }

    [Test]
    public void Reach_in_English_by_default_the_rules_language_names_the_missing_facts_and_the_presumed_reach()
    {
        var (exit, output, _) = Classify(Example("reach.json"));

        exit.ShouldBe(0);
        output.ShouldContain("Verdict: general-purpose AI model with systemic risk: unknown");
        output.ShouldContain("Facts that would decide it: designated by a decision of the Commission, high-impact capabilities evaluated on the basis of appropriate technical tools and methodologies, cumulative amount of computation used for training");
        output.ShouldContain("high impact on the internal market due to its reach: yes, decided by presumption of a high impact on the internal market due to its reach");
    }

    [Test]
    public void The_explanation_follows_the_verdict_in_the_chosen_language()
    {
        var (exit, output, _) = Classify(Example("gpt-4-class.json"), "--lang", "nl", "--explain", "json");

        exit.ShouldBe(0);
        using var explanation = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        explanation.RootElement.GetProperty("language").GetString().ShouldBe("nl");
        explanation.RootElement.GetProperty("decidingRule").GetString().ShouldBe("high_impact_route");
    }

    [Test]
    public void Facts_from_standard_input_as_a_JSON_verdict()
    {
        var (exit, output, _) = Cli.RunWithInput("{\"significant_generality\": true, \"integrable_downstream\": true, \"placed_on_market\": true, \"training_compute\": 1e26}", "classify", "-", "--format", "json", "--rules", GpaiRules, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(0);
        using var verdict = JsonDocument.Parse(output);
        verdict.RootElement.GetProperty("outcome").GetString().ShouldBe("yes");
        verdict.RootElement.TryGetProperty("line", out _).ShouldBeFalse();
    }

    [Test]
    public void Bad_facts_are_reported_at_their_JSON_path_and_exit_1()
    {
        var (exit, output, error) = Cli.RunWithInput("{\"training_compute\": \"lots\", \"parameters\": -1}", "classify", "--rules", GpaiRules, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldBe(
            """
            <stdin>: $.training_compute: expected a number of FLOP
            <stdin>: $.parameters: -1 is out of range: an amount of count is not negative

            """.ReplaceLineEndings());
    }

    [Test]
    public void The_model_profiles_as_JSON_Lines_with_a_summary_on_standard_error_and_no_progress_when_redirected()
    {
        var (exit, output, error) = Classify(Example("models.jsonl"));

        exit.ShouldBe(0);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(16);
        error.ShouldNotContain("\r");
        error.ShouldStartWith($"{Example("models.jsonl")}: 16 records read, 16 classified, 0 skipped");
        error.ShouldContain("systemic_risk: yes 4, no 4, unknown 8");
        error.ShouldContain("unknown for want of: designated_by_commission (8), high_impact_capabilities_assessed (8), training_compute (1)");
    }

    [Test]
    public void A_CSV_batch_to_a_file_with_bad_rows_skipped_by_line_and_column()
    {
        using var folder = new TempCorpus();
        var input = folder.Write("models.csv", "id,significant_generality,integrable_downstream,placed_on_market,training_compute,modalities\nbig,yes,yes,yes,3e25,text;image\nbad,yes,yes,yes,-3,\nsmall,yes,yes,yes,1e22,text\n");
        var target = Path.Combine(folder.Folder, "verdicts.csv");

        var (exit, output, error) = Classify(input, "--out", target);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain($"{input}(3,5): training_compute: -3 is out of range: an amount of FLOP is not negative");
        error.ShouldContain("3 records read, 2 classified, 1 skipped");
        File.ReadAllLines(target).ShouldBe([
            "line,id,conclusion,outcome,how,deciding_rule,missing_facts,applicability,applies_from",
            "2,big,systemic_risk,yes,met;presumed,high_impact_route,,applies,2025-08-02",
            "4,small,systemic_risk,unknown,,,designated_by_commission;high_impact_capabilities_assessed,applies,2025-08-02",
        ]);
        Directory.GetFiles(folder.Folder, "*.tmp").ShouldBeEmpty();
    }

    [Test]
    public void Stopping_at_a_bad_record_leaves_the_out_file_as_it_was()
    {
        using var folder = new TempCorpus();
        var input = folder.Write("cases.jsonl", "{\"training_compute\": 3e25}\n{\"training_compute\": true}\n");
        var target = folder.Write("verdicts.jsonl", "earlier\n");

        var (exit, _, error) = Classify(input, "--out", target, "--on-error", "stop");

        exit.ShouldBe(1);
        error.ShouldContain($"{input}(2): $.training_compute: expected a number of FLOP");
        error.ShouldContain("stopped at the first bad record");
        File.ReadAllText(target).ShouldBe("earlier\n");
        Directory.GetFiles(folder.Folder, "*.tmp").ShouldBeEmpty();
    }

    [Test]
    public void A_CSV_header_naming_no_fact_is_an_error_at_its_column()
    {
        using var folder = new TempCorpus();
        var input = folder.Write("cases.csv", "training_compute,busines_users_eu\n1,2\n");

        var (exit, output, error) = Classify(input);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldBe($"{input}(1,2): header: there is no fact named 'busines_users_eu'; did you mean 'business_users_eu'?{Environment.NewLine}");
    }

    [Test]
    public void Escape_sequences_in_the_cases_reach_the_terminal_escaped()
    {
        // ESC[2J clears the screen of whoever reads the report; OSC 0 retitles the window.
        using var folder = new TempCorpus();
        var input = folder.Write("cases.csv", "id,training_compute,\u001b]0;owned\u0007\nclear\u001b[2J,\u001b[2J3e25,\n");

        var (exit, _, error) = Classify(input);

        exit.ShouldBe(1);
        error.ShouldNotContain("\u001b");
        error.ShouldNotContain("\u0007");
        error.ShouldContain("there is no fact named '\\u001b]0;owned\\u0007'");
    }

    [TestCase("--explain", "svg", "Argument 'svg' not recognized")]
    [TestCase("--lang", "xx", "--lang 'xx' is not an official EU language code")]
    [TestCase("--format", "text", "a batch of cases is written as jsonl or csv, not text")]
    public void A_wrong_command_line_exits_2_saying_why(string option, string value, string message)
    {
        var (exit, _, error) = Classify(Example("models.jsonl"), option, value);

        exit.ShouldBe(2);
        error.ShouldContain(message);
    }

    [Test]
    public void Facts_whose_format_the_extension_does_not_tell_need_input_format()
    {
        using var folder = new TempCorpus();
        var input = folder.Write("cases.txt", "{\"training_compute\": 3e25}\n");

        Classify(input).Exit.ShouldBe(2);
        Classify(input, "--input-format", "jsonl").Exit.ShouldBe(0);
    }

    [Test]
    public void A_missing_facts_file_exits_1()
    {
        var (exit, _, error) = Classify("no-such-file.json");

        exit.ShouldBe(1);
        error.ShouldContain("the facts file 'no-such-file.json' does not exist");
    }

    [Test]
    public void Several_rules_files_are_an_error_that_names_them()
    {
        using var folder = new TempCorpus();
        var text = File.ReadAllText(Path.Combine(Rules, "gpai-systemic-risk.rules"));
        folder.Write("a.rules", text);
        folder.Write("b.rules", text);
        folder.Write("gpai-models.rules", File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules")));

        var (exit, _, error) = Cli.Run("classify", Example("gpt-4-class.json"), "--rules", folder.Folder, "--corpus", RepoPaths.Corpus);

        exit.ShouldBe(2);
        error.ShouldContain("holds 2 rules files");
        error.ShouldContain("name one with --rules FILE");
    }

    [TestCase("html", "<!DOCTYPE html>")]
    [TestCase("json", "{")]
    [TestCase("md", "#")]
    public void An_explanation_is_the_whole_output_so_it_can_be_saved_as_a_page_or_parsed(string format, string start)
    {
        var (exit, output, _) = Classify(Example("gpt-4-class.json"), "--lang", "nl", "--explain", format);

        exit.ShouldBe(0);
        output.ShouldStartWith(start);
        output.ShouldContain("Er moet derhalve een initi");
        if (format == "json")
        {
            System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("outcome").GetString().ShouldBe("yes");
        }
    }

    [Test]
    public void A_lone_surrogate_is_a_bad_record_skipped_and_the_batch_goes_on()
    {
        using var folder = new TempCorpus();
        var input = folder.Write("cases.jsonl", "{\"id\": \"\\ud800\"}\n{\"training_compute\": 3e25}\n");

        var (exit, output, error) = Classify(input, "--on-error", "skip");

        exit.ShouldBe(1);
        error.ShouldContain($"{input}(1): $.id: a lone surrogate");
        error.ShouldContain("2 records read, 1 classified, 1 skipped");
        output.ShouldNotBeEmpty();
        error.ShouldNotContain("   at ");
    }

    [Test]
    public void A_CSV_cell_that_is_not_UTF8_is_a_bad_row_skipped_at_its_column()
    {
        using var folder = new TempCorpus();
        var input = folder.Write("cases.csv", [.. "id,training_compute\nbad"u8, 0xFF, .. ",3e25\ngood,3e25\n"u8]);

        var (exit, output, error) = Classify(input, "--on-error", "skip");

        exit.ShouldBe(1);
        error.ShouldContain($"{input}(2,1): the byte 0xFF is not valid UTF-8");
        error.ShouldContain("2 records read, 1 classified, 1 skipped");
        output.ShouldContain("good");
    }
}
