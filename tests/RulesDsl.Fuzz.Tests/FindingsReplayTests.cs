namespace RulesDsl.Fuzz.Tests;

/// <summary>
/// Every input the fuzz harness kept (tests/Inputs/fuzz/TARGET/HASH.KIND) run again through its front end: each once
/// threw or ran for seconds, and must now end with diagnostics, as any other bad input does.
/// </summary>
[NonParallelizable]
public class FindingsReplayTests
{
    private static readonly string Findings = RepoPaths.InInputs("fuzz");

    // Each target set up once, when its first finding is replayed: the facts target compiles the shipped rules.
    private readonly Dictionary<string, Targets> targets = [];
    private readonly string scratch = Path.Combine(Path.GetTempPath(), "rulesdsl-fuzz-tests", Guid.NewGuid().ToString("N"));

    [OneTimeTearDown]
    public void TearDown()
    {
        foreach (var set in targets.Values)
        {
            set.Dispose();
        }

        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    public static IEnumerable<TestCaseData> Kept() =>
        Directory.EnumerateFiles(Findings, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) is { } target && Targets.Names.Contains(target))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetRelativePath(Findings, f).Replace('\\', '/')).SetArgDisplayNames(Path.GetRelativePath(Findings, f).Replace('\\', '/')));

    [Test]
    public void The_findings_folder_holds_inputs_to_replay()
    {
        Kept().ShouldNotBeEmpty();
    }

    [TestCaseSource(nameof(Kept))]
    public void A_kept_finding_ends_with_diagnostics_and_no_exception(string relative)
    {
        var name = relative.Split('/')[0];
        var target = Target(name);
        var file = Path.Combine(Findings, relative);

        var reported = target.Run(new FuzzInput(FuzzTarget.KindOf(file), File.ReadAllBytes(file)));

        reported.ShouldNotBeEmpty();
    }

    private FuzzTarget Target(string name)
    {
        if (!targets.TryGetValue(name, out var set))
        {
            set = Targets.Create(RepoPaths.Root, Path.Combine(scratch, name), [name]);
            targets[name] = set;
        }

        return set.All.Single();
    }
}
