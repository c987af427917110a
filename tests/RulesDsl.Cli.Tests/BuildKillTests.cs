using System.Diagnostics;
using System.Security.Cryptography;

namespace RulesDsl.Cli.Tests;

/// <summary>
/// <c>rulesdsl build --out</c> in a process of its own, killed (SIGKILL: no clean-up runs) at moments spread over a
/// whole run: the folder holds the earlier build or the new one, never a mix, and the next build leaves nothing of the
/// killed one behind.
/// </summary>
[Platform(Exclude = "Win", Reason = "Windows writes a build file by file: no links to switch (AllOrNothing.WriteVersion)")]
public class BuildKillTests
{
    private const string AsOf = "2026-11-23";

    /// <summary>Where in a whole run the build is killed, as a share of how long a whole run took.</summary>
    private static readonly double[] Moments = [0.2, 0.5, 0.8, 0.9, 0.97, 1.0];

    [Test]
    public void A_build_killed_at_any_of_six_moments_leaves_the_earlier_or_the_new_build_and_the_next_build_removes_its_leftovers()
    {
        using var temp = new TempCorpus();
        var rules = temp.CopyShippedRules();
        // The earlier build classifies one rules file, the new one two: a mix shows in the names.
        var earlierRules = Path.Combine(temp.Root, "earlier-rules");
        Directory.CreateDirectory(earlierRules);
        File.Copy(Path.Combine(rules, "gpai-notification.rules"), Path.Combine(earlierRules, "gpai-notification.rules"));
        File.Copy(Path.Combine(rules, "gpai-models.rules"), Path.Combine(earlierRules, "gpai-models.rules"));
        Build(earlierRules, Path.Combine(temp.Root, "earlier")).ShouldBe(0);
        var earlier = Holds(Path.Combine(temp.Root, "earlier"));
        var whole = Stopwatch.StartNew();
        Dotnet.Run(Dotnet.Rulesdsl, "build", "--rules", rules, "--corpus", RepoPaths.Corpus, "--out", Path.Combine(temp.Root, "new"), "--as-of", AsOf).Exit.ShouldBe(0);
        var run = whole.Elapsed;
        var later = Holds(Path.Combine(temp.Root, "new"));
        later.ShouldNotBe(earlier);

        var parent = Path.Combine(temp.Root, "out");
        Directory.CreateDirectory(parent);
        var folder = Path.Combine(parent, "build");
        // First a folder of files an earlier rulesdsl wrote one by one, then versions.
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(temp.Root, "earlier")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        foreach (var moment in Moments)
        {
            using (var process = Dotnet.Start(Dotnet.Rulesdsl, "build", "--rules", rules, "--corpus", RepoPaths.Corpus, "--out", folder, "--as-of", AsOf))
            {
                process.WaitForExit(run * moment);
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            var left = Directory.Exists(folder) ? folder
                : Directory.EnumerateDirectories(parent, ".build.*.old").ShouldHaveSingleItem($"killed at {moment} of a run, with no folder in place");
            Holds(left).ShouldBeOneOf([earlier, later], $"killed at {moment} of a run");

            // The next build, of the earlier rules for the next kill to replace.
            Build(earlierRules, folder).ShouldBe(0);

            Holds(folder).ShouldBe(earlier);
            var beside = Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            beside.Count.ShouldBe(2, $"after a kill at {moment} of a run: {string.Join(", ", beside)}");
            new FileInfo(folder).LinkTarget.ShouldBe(beside[0]);
        }
    }

    private static int Build(string rules, string folder)
    {
        var (exit, output, error) = Cli.Run("build", "--rules", rules, "--corpus", RepoPaths.Corpus, "--out", folder, "--as-of", AsOf);
        exit.ShouldBe(0, output + error);
        return exit;
    }

    /// <summary>The files of a build, by name and content, read through the folder as a user would.</summary>
    private static string Holds(string folder) => string.Join("\n", Directory.EnumerateFileSystemEntries(folder)
        .Order(StringComparer.Ordinal)
        .Select(path => $"{Path.GetFileName(path)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}"));
}
