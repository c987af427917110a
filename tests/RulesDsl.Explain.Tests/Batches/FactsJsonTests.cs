using System.Text.Json;
using RulesDsl.Explain.Batches;
using RulesDsl.Runtime;
using RulesDsl.Runtime.Tests;

namespace RulesDsl.Explain.Tests.Batches;

public class FactsJsonTests
{
    private static readonly RuleSetDefinition Definition = new SmallRuleSet().Definition;

    [Test]
    public void Reads_every_kind_of_fact()
    {
        var reading = FactsJson.Read("""{"training_compute": {"value": 3e25, "unit": "FLOP"}, "parameters": 4e11, "designated_by_commission": false, "modalities": ["text"], "rebuttal_accepted": null}""", Definition);

        reading.Succeeded.ShouldBeTrue();
        reading.Facts.Names.ShouldBe(["designated_by_commission", "modalities", "parameters", "training_compute"]);
        new SmallRuleSet().Classify(reading.Facts, new ClassifyOptions(new DateOnly(2026, 11, 23))).Outcome.ShouldBe(Truth.Yes);
    }

    [TestCase("""{"trainng_compute": 3e25}""", "$.trainng_compute", "there is no fact named 'trainng_compute'; did you mean 'training_compute'?")]
    [TestCase("""{"training_compute": "a lot"}""", "$.training_compute", "expected a number of FLOP")]
    [TestCase("""{"training_compute": {"value": 3e25, "unit": "tokens"}}""", "$.training_compute.unit", "'training_compute' is measured in FLOP, not tokens")]
    [TestCase("""{"parameters": -5}""", "$.parameters", "-5 is out of range: an amount of count is not negative")]
    [TestCase("""{"parameters": 2.5}""", "$.parameters", "2.5 is out of range: a count is a whole number")]
    [TestCase("""{"designated_by_commission": "yes"}""", "$.designated_by_commission", "expected true or false")]
    [TestCase("""{"modalities": ["text", "smell"]}""", "$.modalities[1]", "expected one of text, image")]
    [TestCase("""[1, 2]""", "$", "expected an object of facts, such as {\"training_compute\": 3e25}")]
    public void Bad_facts_are_reported_at_their_JSON_path(string json, string path, string message)
    {
        var error = FactsJson.Read(json, Definition).Errors.ShouldHaveSingleItem();

        error.Path.ShouldBe(path);
        error.Message.ShouldBe(message);
    }

    [Test]
    public void Invalid_JSON_is_an_error_not_an_exception()
    {
        FactsJson.Read("{\"training_compute\": ", Definition).Errors.ShouldHaveSingleItem().Path.ShouldBe("$");
    }

    [TestCase("")]
    [TestCase("{\"training_compute\": ")]
    [TestCase("{\"parameters\": 1} x")]
    [TestCase("{\"parameters\": 1}}")]
    [TestCase("[1, 2")]
    [TestCase("5 6")]
    [TestCase("{\"parameters\": 01}")]
    public void JSON_read_from_its_bytes_is_refused_with_the_message_a_parse_of_the_whole_document_gives(string json)
    {
        var expected = ParseError(json);

        expected.ShouldNotBeEmpty();
        FactsJson.Read(json, Definition).Errors.ShouldHaveSingleItem().ToString().ShouldBe($"$: not valid JSON: {expected}");
    }

    private static string ParseError(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return "";
        }
        catch (JsonException e)
        {
            return e.Message;
        }
    }

    [Test]
    public void JSON_lines_name_the_line()
    {
        var lines = FactsJson.ReadLines(new StringReader("{\"parameters\": 1}\n\n{\"parameters\": -1}\n"), Definition).ToList();

        lines.Select(l => l.Line).ShouldBe([1, 3]);
        lines[1].Reading.Errors.Single().Path.ShouldBe("line 3: $.parameters");
    }

    [Test]
    public void A_case_names_itself_under_id_which_is_not_a_fact()
    {
        var reading = FactsJson.Read("""{"id": "GPT-4 (2023)", "parameters": 1}""", Definition);

        reading.Succeeded.ShouldBeTrue();
        reading.Id.ShouldBe("GPT-4 (2023)");
        reading.Facts.Names.ShouldBe(["parameters"]);
    }

    [Test]
    public void An_id_given_twice_is_refused_as_a_fact_given_twice_is()
    {
        var error = FactsJson.Read("""{"id": "a", "parameters": 1, "id": "b"}""", Definition).Errors.ShouldHaveSingleItem();

        error.ToString().ShouldBe("$.id: the key is given twice; which value counts would depend on the order of the keys");
    }

    [Test]
    public void Reading_a_good_case_allocates_only_what_it_keeps()
    {
        // What a case read keeps: the reading, its facts and their array, and the case's name. Its keys, the id's among
        // them, and the paths of its values are made only for a message: a batch reads millions of cases.
        var reader = new FactsReader(Definition);
        var line = System.Text.Encoding.UTF8.GetBytes("""{"id": "GPT-4 (2023)", "parameters": 4e11, "designated_by_commission": false}""");
        reader.Read(line).Succeeded.ShouldBeTrue();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var read = 0; read < 1000; read++)
        {
            reader.Read(line);
        }

        ((GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0).ShouldBeLessThan(300);
    }

    [Test]
    public void An_id_that_is_not_text_is_reported_at_its_path()
    {
        var error = FactsJson.Read("""{"id": 4}""", Definition).Errors.ShouldHaveSingleItem();

        error.ToString().ShouldBe("$.id: expected the case's name as a string");
    }

    [Test]
    public void JSON_lines_read_as_records_keep_their_paths_beside_the_line()
    {
        var records = FactsJson.ReadRecords(new StringReader("\n{\"parameters\": -1}\n"), Definition).ToList();

        var (line, reading) = records.ShouldHaveSingleItem();
        line.ShouldBe(2);
        reading.Errors.Single().Path.ShouldBe("$.parameters");
    }

    [TestCase("""{"id": "\ud800"}""", "$.id", "lone surrogate")]
    [TestCase("""{"modalities": ["text", "\udfff"]}""", "$.modalities[1]", "lone surrogate")]
    [TestCase("""{"parameters": 1, "parameters": 2}""", "$.parameters", "given twice")]
    [TestCase("""{"training_compute": {"value": 1, "value": 2}}""", "$.training_compute.value", "given twice")]
    public void Text_that_is_no_text_and_keys_given_twice_are_errors_at_their_path(string json, string path, string message)
    {
        var error = FactsJson.Read(json, Definition).Errors.ShouldHaveSingleItem();

        error.Path.ShouldBe(path);
        error.Message.ShouldContain(message);
    }

    [Test]
    public void A_bad_record_among_JSON_lines_is_its_own_error_and_the_next_is_read()
    {
        var lines = FactsJson.ReadRecords(new StringReader("{\"id\": \"\\ud800\"}\n{\"parameters\": 1}\n"), Definition).ToList();

        lines[0].Reading.Succeeded.ShouldBeFalse();
        lines[1].Reading.Succeeded.ShouldBeTrue();
    }

    [Test]
    public void A_byte_that_is_not_UTF8_is_an_error_of_its_record_naming_the_byte()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. "{\"id\": \"a"u8, 0xC3, .. "\"}\n{\"id\": \"\u00e9\", \"parameters\": 1}\n"u8]);
            using var reader = FactsText.Open(path);

            var lines = FactsJson.ReadRecords(reader, Definition).ToList();

            var error = lines[0].Reading.Errors.ShouldHaveSingleItem();
            error.Path.ShouldBe("$");
            error.Message.ShouldBe("the byte 0xC3 is not valid UTF-8; save the facts as UTF-8 (RD0003)");
            lines[1].Reading.Succeeded.ShouldBeTrue();
            lines[1].Reading.Id.ShouldBe("\u00e9");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
