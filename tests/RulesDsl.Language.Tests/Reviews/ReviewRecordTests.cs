using RulesDsl.Diagnostics;
using RulesDsl.Language.Reviews;

namespace RulesDsl.Language.Tests.Reviews;

/// <summary>The shipped review records read and write back byte for byte, and a record with a member it does not know is refused.</summary>
public class ReviewRecordTests
{
    [TestCase("gpai-models.rules")]
    [TestCase("gpai-systemic-risk.rules")]
    public void A_shipped_review_record_reads_and_writes_back_as_it_is(string rules)
    {
        var path = Path.Combine(RepoPaths.Root, "rules", rules);
        var diagnostics = new List<Diagnostic>();

        var record = ReviewRecord.Read(path, diagnostics).ShouldNotBeNull();

        diagnostics.ShouldBeEmpty();
        record.Citations.ShouldNotBeEmpty();
        record.ToJson().ShouldBe(File.ReadAllText(ReviewRecord.PathFor(path)).ReplaceLineEndings("\n"));
    }

    [TestCase("{\n  \"rules\": \"x.rules\",\n  \"reviewedOn\": \"2026-01-01\",\n  \"citations\": [],\n  \"extra\": 1\n}\n", 5, 3, "'extra' is not a member of a review record")]
    [TestCase("{\"rules\": \"x.rules\", \"reviewedOn\": \"1 January\", \"citations\": []}", 1, 36, "expected a date written as YYYY-MM-DD")]
    [TestCase("{\"rules\": \"x.rules\", \"reviewedOn\": null, \"citations\": []}", 1, 36, "expected a date written as YYYY-MM-DD")]
    [TestCase("{\"rules\": 7}", 1, 11, "expected text")]
    [TestCase("{\"rules\": \"x.rules\",\n\"citations\": [{\"id\": \"art_51\", \"sentence\": 1.5, \"texts\": []}]}", 2, 44, "expected a whole number")]
    [TestCase("{\"rules\": \"x.rules\",\n\"citations\": [{\"id\": \"art_51\", \"texts\": [{\"language\": \"en\", \"sha\": \"ab\"}]}]}", 2, 61, "'sha' is not a member of a cited text")]
    [TestCase("{\"rules\": \"x.rules\",\n\"citations\": {}}", 2, 14, "expected an array of cited provisions")]
    [TestCase("\uFEFF{\"rules\": \"x.rules\", \"extra\": 1}", 1, 22, "'extra' is not a member of a review record")]
    [TestCase("{\"rules\": \"x.rules\",\n  \"citations\": [}", 2, 17, "is an invalid start of a value")]
    [TestCase("{\"rules\": \"x.rules\"} {}", 1, 22, "is invalid after a single JSON value")]
    public void A_record_that_cannot_be_read_is_reported_where_it_goes_wrong(string json, int line, int column, string message)
    {
        var folder = Directory.CreateTempSubdirectory("rulesdsl-review-").FullName;
        try
        {
            var path = Path.Combine(folder, "x.rules");
            File.WriteAllText(ReviewRecord.PathFor(path), json);
            var diagnostics = new List<Diagnostic>();

            ReviewRecord.Read(path, diagnostics).ShouldBeNull();

            var diagnostic = diagnostics.ShouldHaveSingleItem();
            diagnostic.Id.ShouldBe("RD0128");
            (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((line, column), diagnostic.Message);
            diagnostic.Message.ShouldContain(message);
            diagnostic.Message.ShouldNotContain("LineNumber");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
