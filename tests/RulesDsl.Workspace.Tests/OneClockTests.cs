using System.Text.RegularExpressions;

namespace RulesDsl.Workspace.Tests;

/// <summary>"Today" is worked out in one place, the workspace's clock; every other layer is given a date.</summary>
public class OneClockTests
{
    private static readonly Regex Today = new(@"DateTime\.Today|DateTime\.Now|UtcNow|DateOnly\.FromDateTime", RegexOptions.Compiled);

    [Test]
    public void Only_the_law_clock_resolves_today()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var resolving = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => Today.IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(src, file).Replace('\\', '/'))
            .ToList();

        resolving.ShouldBe(["RulesDsl.Workspace/LawClock.cs"]);
    }
}
