using RulesDsl.Compiler.Emit;
using RulesDsl.Files;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// <c>build --out</c> stopped at every step of its write, as kill -9 stops it: no clean-up runs, and the folder must
/// hold the whole earlier build or the whole new one, byte for byte; the next build then leaves nothing of it behind.
/// </summary>
[Platform(Exclude = "Win", Reason = "Windows writes a build file by file: no links to switch (AllOrNothing.WriteVersion)")]
public class BuildOutputKillTests
{
    /// <summary>A process id no live process has (above Linux's largest), so that a later run takes the stand-in for dead.</summary>
    private const int DeadWriter = 2_000_000_000;

    // The earlier build: the shipped rules with another threshold. The new one adds the notification rules, so that a
    // mix shows in the file names as well as in the bytes.
    private static readonly Lazy<IReadOnlyList<BuildFile>> Earlier = new(() =>
        ClassifierBuild.Compile([Built.Check(Built.Gpai.Syntax.Text.Replace("value 10^25 FLOP", "value 10^24 FLOP", StringComparison.Ordinal), Built.GpaiPath)], Built.Corpus).Files);

    private static readonly Lazy<IReadOnlyList<BuildFile>> Later = new(() => ClassifierBuild.Compile([Built.Gpai, Built.Notification], Built.Corpus).Files);

    public enum Start
    {
        /// <summary>No folder yet.</summary>
        Nothing,

        /// <summary>An earlier build written by a rulesdsl that wrote files one by one: a real folder, turned into a link.</summary>
        RealFolder,

        /// <summary>An earlier build written as a version: the link is switched.</summary>
        Version,
    }

    [TestCase(Start.Nothing)]
    [TestCase(Start.RealFolder)]
    [TestCase(Start.Version)]
    public void A_kill_before_any_step_leaves_the_earlier_build_or_the_new_one_and_the_next_build_removes_what_it_left(Start start)
    {
        var steps = Count(start);
        steps.ShouldBeGreaterThan(6);
        for (var k = 0; k < steps; k++)
        {
            using var temp = new TempCorpus();
            var folder = Prepare(temp, start);

            var killed = new ProcessStandIn(DeadWriter, k);
            Disk.StandIn.Value = killed;
            try
            {
                BuildOutput.Write(folder, Later.Value);
            }
            catch (IOException)
            {
                // Killed before a step that matters; killed before the removal of the earlier version, the write is done.
            }
            finally
            {
                Disk.StandIn.Value = null;
            }

            killed.Taken.ShouldBe(k);
            if (Directory.Exists(folder))
            {
                Holds(folder).ShouldBeOneOf([Set(start == Start.Nothing ? [] : Earlier.Value), Set(Later.Value)], $"killed after {k} of {steps} steps");
            }
            else
            {
                // Only the one-time move of a real folder aside, before the link takes its place, leaves no folder; or a
                // first build killed before its switch.
                (start is Start.RealFolder or Start.Nothing).ShouldBeTrue($"no folder after {k} of {steps} steps");
                AllOrNothing.RemoveLeftovers([folder]);
                if (start == Start.RealFolder)
                {
                    Holds(folder).ShouldBe(Set(Earlier.Value), $"the earlier build moved back after {k} steps");
                }
            }

            BuildOutput.Write(folder, Later.Value);

            Holds(folder).ShouldBe(Set(Later.Value));
            var beside = Directory.EnumerateFileSystemEntries(temp.Root).Select(Path.GetFileName).Where(n => n != "corpus").Order(StringComparer.Ordinal).ToList();
            beside.Count.ShouldBe(2, string.Join(", ", beside));
            beside[0].ShouldStartWith(".out.");
            beside[1].ShouldBe("out");
            new FileInfo(folder).LinkTarget.ShouldBe(beside[0]);
        }
    }

    [Test]
    public void A_folder_holding_other_files_is_left_as_it_was()
    {
        using var temp = new TempCorpus();
        var folder = Path.Combine(temp.Root, "out");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        Should.Throw<IOException>(() => BuildOutput.Write(folder, Later.Value)).Message.ShouldContain("holds files rulesdsl did not write; nothing was changed");

        Directory.EnumerateFileSystemEntries(temp.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["corpus", "out"]);
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).ShouldBe(["notes.txt"]);
    }

    [Test]
    public void A_link_rulesdsl_did_not_make_is_left_as_it_was()
    {
        using var temp = new TempCorpus();
        var folder = Path.Combine(temp.Root, "out");
        Directory.CreateSymbolicLink(folder, "corpus");

        Should.Throw<IOException>(() => BuildOutput.Write(folder, Later.Value)).Message.ShouldContain("a link rulesdsl did not make; nothing was changed");

        new FileInfo(folder).LinkTarget.ShouldBe("corpus");
        Directory.EnumerateFileSystemEntries(temp.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["corpus", "out"]);
        Directory.EnumerateFileSystemEntries(temp.Folder).ShouldBeEmpty();
    }

    [Test]
    public void A_live_writers_version_is_kept_and_a_dead_ones_removed()
    {
        using var temp = new TempCorpus();
        var folder = Path.Combine(temp.Root, "out");
        var live = Path.Combine(temp.Root, $".out.{Environment.ProcessId}-{Guid.NewGuid():N}");
        var dead = Path.Combine(temp.Root, $".out.{DeadWriter}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(live);
        Directory.CreateDirectory(dead);

        BuildOutput.Write(folder, Later.Value);

        Directory.Exists(live).ShouldBeTrue();
        Directory.Exists(dead).ShouldBeFalse();
    }

    /// <summary>How many steps the write takes from that start.</summary>
    private static int Count(Start start)
    {
        using var temp = new TempCorpus();
        var folder = Prepare(temp, start);
        var counted = new ProcessStandIn(Environment.ProcessId, int.MaxValue);
        Disk.StandIn.Value = counted;
        try
        {
            BuildOutput.Write(folder, Later.Value);
        }
        finally
        {
            Disk.StandIn.Value = null;
        }

        Holds(folder).ShouldBe(Set(Later.Value));
        return counted.Taken;
    }

    private static string Prepare(TempCorpus temp, Start start)
    {
        var folder = Path.Combine(temp.Root, "out");
        switch (start)
        {
            case Start.RealFolder:
                Directory.CreateDirectory(folder);
                Earlier.Value.ToList().ForEach(f => File.WriteAllBytes(Path.Combine(folder, f.Name), f.Bytes.AsSpan()));
                break;
            case Start.Version:
                // Written by another process, which has ended since.
                Disk.StandIn.Value = new ProcessStandIn(DeadWriter + 1, int.MaxValue);
                try
                {
                    BuildOutput.Write(folder, Earlier.Value);
                }
                finally
                {
                    Disk.StandIn.Value = null;
                }

                new FileInfo(folder).LinkTarget.ShouldNotBeNull();
                break;
            default:
                break;
        }

        return folder;
    }

    private static string Set(IEnumerable<BuildFile> files) => Set(files.Select(f => (f.Name, f.Bytes.ToArray())));

    private static string Set(IEnumerable<(string Name, byte[] Bytes)> files) =>
        string.Join("\n", files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Bytes))}"));

    /// <summary>The files the folder holds, read through it as a user would, by name and content.</summary>
    private static string Holds(string folder) =>
        Set(Directory.EnumerateFileSystemEntries(folder).Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))));
}
