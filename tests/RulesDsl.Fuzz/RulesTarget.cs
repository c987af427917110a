using RulesDsl.Language.Checking;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;
using RulesDsl.Linking.Model;

namespace RulesDsl.Fuzz;

/// <summary>
/// The rules front end as <c>rulesdsl check --rules FILE</c> and <c>fmt</c> call it: the fuzzed file, beside the shipped
/// declarations it may import, read, parsed, bound and checked (<see cref="RulesChecker.CheckAll"/>) against the
/// provisions they cite linked once, and the fuzzed file formatted when it parses.
/// </summary>
internal sealed class RulesTarget : FuzzTarget
{
    /// <summary>A day the shipped rules' parameters are in force on, so that a run does not depend on its date.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    private readonly string fuzzed;
    private readonly LinkGraph graph;

    public RulesTarget(string root, string scratch, LinkGraph graph)
    {
        this.graph = graph;
        var folder = Path.Combine(scratch, "rules");
        fuzzed = Path.Combine(folder, "fuzzed.rules");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(root, "rules", "gpai-models.rules"), Path.Combine(folder, "gpai-models.rules"), overwrite: true);
        Seeds =
        [
            .. SeedFiles.Files(Path.Combine(root, "rules"), "rules", ".rules"),
            .. SeedFiles.Files(Path.Combine(root, "tests", "Inputs", "rules"), "rules", ".rules"),
            .. SeedFiles.Fenced(Path.Combine(root, "docs", "language.md"), "rules", "rules"),
            .. SeedFiles.Fenced(Path.Combine(root, "docs", "diagnostics.md"), "rules", "rules"),
        ];
    }

    public override string Name => "rules";

    public override int Share => 17;

    public override IReadOnlyList<FuzzInput> Seeds { get; }

    /// <summary>The keywords and operators of docs/language.md, and imports that resolve, miss, or loop.</summary>
    public override IReadOnlyList<string> Tokens { get; } =
    [
        "rules ", "declarations ", "act ", "language ", "import ", "enum ", "fact ", "parameter ", "derive ", "estimate ", "conclusion ",
        "rule ", "presumption ", "verdict ", "example ", "\n  when ", "\n  cites ", "\n  value ", "\n  given ", "\n  label ", "\n  means ",
        "\n  expect ", "\n  unit ", "\n  from ", "\n  until ", " and ", " or ", " not ", " is ", " yes", " no", " unknown", " >= ", " > ",
        " <= ", " = ", " != ", " + ", " * ", " / ", " - ", "count of ", "date", "duration", "number", "boolean", "text", "FLOP", "days",
        "months", "years", "Article 51(2)", "Article 3, point (63)", "Annex XIII, point (a)", "Recital 111", "art_51__para_2",
        "import \"gpai-models.rules\"\n", "import \"fuzzed.rules\"\n", "import \"missing.rules\"\n", "import \"../rules\"\n",
        "\"", "\"\"", "#", "(", ")", "[", "]", ",", ".", "_", "1e25", "10^25", "10.000", "2024-08-02", "2024-13-45", "nl", "en", "\n  ",
    ];

    public override IReadOnlyList<string> Run(FuzzInput input)
    {
        File.WriteAllBytes(fuzzed, input.Bytes);
        // As `check --rules FILE` does: the one file checked, its imports read from its folder.
        var (_, diagnostics) = RulesChecker.CheckAll(fuzzed, graph, AsOf);
        var reported = diagnostics.Select(d => d.ToString()).ToList();
        var unreadable = new List<RulesDsl.Diagnostics.Diagnostic>();
        if (RulesChecker.Read(fuzzed, "fuzzed.rules", unreadable) is { } text && RulesParser.Parse("fuzzed.rules", text) is { Diagnostics.IsEmpty: true } parsed)
        {
            RulesFormatter.Format(parsed.File);
        }

        return reported;
    }
}
