using RulesDsl.Explain.Rendering;
using static RulesDsl.Explain.Tests.Explained;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// Every shipped example explained in every format and language, compared with reviewed files in Golden/
/// (<c>&lt;example&gt;.&lt;language&gt;.&lt;format&gt;</c>, the tree as <c>.txt</c>). After a deliberate change, rewrite them with
/// <c>RULESDSL_UPDATE_GOLDEN=1 dotnet test tests/RulesDsl.Explain.Tests --filter GoldenTests</c> and review the diff.
/// </summary>
public class GoldenTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "RulesDsl.Explain.Tests", "Golden");

    private static bool Update => Environment.GetEnvironmentVariable("RULESDSL_UPDATE_GOLDEN") == "1";

    public static IEnumerable<TestCaseData> Cases =>
        from title in ExampleTitles
        from language in Languages
        from format in ExplanationRenderers.Formats
        select new TestCaseData(title, language, format).SetArgDisplayNames(Slug(title), language, format);

    [TestCaseSource(nameof(Cases))]
    public void An_example_renders_as_reviewed(string example, string language, string format)
    {
        using var output = new StringWriter { NewLine = "\n" };
        ExplanationRenderers.For(format, new RenderOptions()).Render(ExampleIn(example, language), output);
        var rendered = output.ToString();
        var path = Path.Combine(Folder, $"{Slug(example)}.{language}.{(format == "tree" ? "txt" : format)}");

        if (Update)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, rendered);
        }

        File.Exists(path).ShouldBeTrue($"no reviewed file {Path.GetFileName(path)}; write it with RULESDSL_UPDATE_GOLDEN=1 and review it");
        rendered.ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"));
        rendered.ShouldNotContain(RepoPaths.Root);
    }

    [Test]
    public void Every_golden_file_is_one_a_test_renders()
    {
        var expected = Cases.Select(c => $"{Slug((string)c.Arguments[0]!)}.{c.Arguments[1]}.{((string)c.Arguments[2]! == "tree" ? "txt" : c.Arguments[2])}");
        Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
    }
}
