namespace RulesDsl.Import.Tests;

/// <summary>One reading of printed point labels for both importers, so HTML and Formex give the same ids.</summary>
public class PrintedLabelsTests
{
    [TestCase("a)", "a")]
    [TestCase("(a)", "a")]
    [TestCase("63)", "63")]
    [TestCase("(63)", "63")]
    [TestCase("(aa)", "aa")]
    [TestCase("(viii)", "viii")]
    [TestCase("3.1.", "1")]
    [TestCase("B)", "b")]
    public void A_printed_label_gives_the_label_of_the_id(string printed, string key) =>
        PrintedLabels.PointKey(printed).ShouldBe(key);

    [TestCase("—")]
    [TestCase("α)")]
    [TestCase("")]
    public void A_dash_or_a_letter_the_id_cannot_name_gives_none(string printed) =>
        PrintedLabels.PointKey(printed).ShouldBeNull();
}
