using RulesDsl.Files;

namespace RulesDsl.Core.Tests.Files;

/// <summary>The one way files are written: whole or not at all, with no temporary file left behind.</summary>
public sealed class AllOrNothingTests
{
    private static readonly byte[] OfficialJournal = File.ReadAllBytes(RepoPaths.InCorpus("eu-ai-act/en/oj.md"));

    [Test]
    public void Files_written_together_replace_the_old_ones_and_leave_nothing_else()
    {
        using var scratch = new TempCorpus();
        var first = scratch.Write("out/a.md", "old");

        AllOrNothing.Write([(first, OfficialJournal), (Path.Combine(scratch.Folder, "out", "deeper", "b.md"), OfficialJournal)]);

        File.ReadAllBytes(first).ShouldBe(OfficialJournal);
        File.ReadAllBytes(Path.Combine(scratch.Folder, "out", "deeper", "b.md")).ShouldBe(OfficialJournal);
        Directory.EnumerateFiles(scratch.Folder, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Test]
    public void A_file_that_cannot_be_written_leaves_every_file_and_folder_as_it_was()
    {
        using var scratch = new TempCorpus();
        var first = scratch.Write("out/a.md", "old");
        var blocked = Path.Combine(scratch.Folder, "out", "b.md");
        Directory.CreateDirectory(blocked);

        Should.Throw<IOException>(() => AllOrNothing.Write([(first, OfficialJournal), (Path.Combine(scratch.Folder, "new", "c.md"), OfficialJournal), (blocked, OfficialJournal)]));

        File.ReadAllText(first).ShouldBe("old");
        Directory.Exists(Path.Combine(scratch.Folder, "new")).ShouldBeFalse();
        Directory.EnumerateFileSystemEntries(Path.Combine(scratch.Folder, "out")).Select(Path.GetFileName).Order().ShouldBe(["a.md", "b.md"]);
    }

    [Test]
    public void A_staged_file_replaces_its_target_only_when_committed()
    {
        using var scratch = new TempCorpus();
        var target = scratch.Write("verdicts.jsonl", "old\n");

        using (var staged = AllOrNothing.Stage(target))
        {
            staged.Text.Write("half");
        }

        File.ReadAllText(target).ShouldBe("old\n");
        using (var staged = AllOrNothing.Stage(target))
        {
            staged.Text.Write("whole\n");
            staged.Commit();
        }

        File.ReadAllText(target).ShouldBe("whole\n");
        Directory.EnumerateFiles(scratch.Folder).Select(Path.GetFileName).ShouldBe(["verdicts.jsonl"]);
    }

    [Test]
    public void A_folder_is_replaced_whole_and_a_folder_of_other_files_is_left_alone()
    {
        using var scratch = new TempCorpus();
        var site = Path.Combine(scratch.Folder, "site");
        scratch.Write("site/stale.html", "written here before");

        AllOrNothing.ReplaceFolder(site, [new("index.html", "één"), new("eu-ai-act/art_51.html", "Article 51")], _ => true);

        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Order()
            .ShouldBe(["eu-ai-act/art_51.html", "index.html"]);
        File.ReadAllBytes(Path.Combine(site, "index.html")).ShouldBe("één"u8.ToArray());

        Should.Throw<IOException>(() => AllOrNothing.ReplaceFolder(site, [new("index.html", "other")], _ => false)).Message.ShouldContain("left as it is");
        File.ReadAllText(Path.Combine(site, "index.html")).ShouldBe("één");
        Directory.EnumerateFileSystemEntries(scratch.Folder).Select(Path.GetFileName).ShouldBe(["site"]);
    }

    /// <summary>A process id no live process has (above Linux's largest): the stand-in of a writer killed since.</summary>
    private const int DeadWriter = 2_000_000_000;

    [Test]
    public void A_write_killed_before_any_step_leaves_each_file_old_or_new_never_missing_and_the_next_write_removes_its_temporaries()
    {
        var steps = Count(folder => AllOrNothing.Write(Both(folder)), Prepare);
        steps.ShouldBe(8);
        for (var k = 0; k < steps; k++)
        {
            using var scratch = new TempCorpus();
            Prepare(scratch.Folder);

            Killed(k, () => AllOrNothing.Write(Both(scratch.Folder)));

            foreach (var (path, _) in Both(scratch.Folder))
            {
                var left = File.ReadAllBytes(path);
                (left.SequenceEqual("old"u8.ToArray()) || left.SequenceEqual(OfficialJournal)).ShouldBeTrue($"{path} killed after {k} steps");
            }

            AllOrNothing.Write(Both(scratch.Folder));
            Directory.EnumerateFileSystemEntries(scratch.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList().ShouldBe(["a.md", "b.md"], customMessage: $"killed after {k} steps");
        }

        static (string, ReadOnlyMemory<byte>)[] Both(string folder) => [(Path.Combine(folder, "a.md"), OfficialJournal), (Path.Combine(folder, "b.md"), OfficialJournal)];

        static void Prepare(string folder)
        {
            File.WriteAllText(Path.Combine(folder, "a.md"), "old");
            File.WriteAllText(Path.Combine(folder, "b.md"), "old");
        }
    }

    [Test]
    public void A_staged_file_of_a_killed_writer_is_removed_by_the_next_and_a_live_writers_is_not()
    {
        using var scratch = new TempCorpus();
        var target = Path.Combine(scratch.Folder, "verdicts.jsonl");
        // Killed after it created its temporary: the clean-up of its disposal never runs.
        Killed(1, () =>
        {
            using var staged = AllOrNothing.Stage(target);
            staged.Text.Write("half");
        });
        var dead = Directory.EnumerateFiles(scratch.Folder, ".verdicts.jsonl.*.tmp").ShouldHaveSingleItem();
        dead.ShouldContain($".{DeadWriter}-");

        using var live = AllOrNothing.Stage(target);
        File.Exists(dead).ShouldBeFalse();
        using (var second = AllOrNothing.Stage(target))
        {
            second.Text.Write("second\n");
            second.Commit();
        }

        live.Text.Write("first\n");
        live.Commit();
        File.ReadAllText(target).ShouldBe("first\n");
        Directory.EnumerateFileSystemEntries(scratch.Folder).Select(Path.GetFileName).ShouldBe(["verdicts.jsonl"]);
    }

    [Test]
    public void A_folder_replacement_killed_before_any_step_leaves_the_old_folder_or_the_new_one_moved_back_if_need_be()
    {
        KeyValuePair<string, string>[] pages = [new("index.html", "new"), new("eu-ai-act/art_51.html", "Article 51")];
        var steps = Count(folder => AllOrNothing.ReplaceFolder(Path.Combine(folder, "site"), pages, _ => true), folder => Directory.CreateDirectory(Path.Combine(folder, "site")));
        steps.ShouldBeGreaterThan(4);
        for (var k = 0; k < steps; k++)
        {
            using var scratch = new TempCorpus();
            var site = Path.Combine(scratch.Folder, "site");
            scratch.Write("site/index.html", "old");

            Killed(k, () => AllOrNothing.ReplaceFolder(site, pages, _ => true));

            if (!Directory.Exists(site))
            {
                // Killed between moving the old folder aside and the new one in: the next run moves it back.
                AllOrNothing.RemoveLeftovers([site]);
            }

            File.ReadAllText(Path.Combine(site, "index.html")).ShouldBeOneOf(["old", "new"], $"killed after {k} steps");
            AllOrNothing.ReplaceFolder(site, pages, _ => true);
            Directory.EnumerateFileSystemEntries(scratch.Folder).Select(Path.GetFileName).ShouldBe(["site"], $"killed after {k} steps");
        }
    }

    /// <summary>Runs a write as a process that dies before step <paramref name="steps"/> + 1, as kill -9 would stop it.</summary>
    private static void Killed(int steps, Action write)
    {
        var killed = new ProcessStandIn(DeadWriter, steps);
        Disk.StandIn.Value = killed;
        try
        {
            write();
        }
        catch (IOException)
        {
            // Killed before a step that matters; killed only before the removal of what it replaced, the write is done.
        }
        finally
        {
            Disk.StandIn.Value = null;
        }

        killed.Taken.ShouldBe(steps);
    }

    /// <summary>How many steps a write takes, in a folder prepared as each test prepares it.</summary>
    private static int Count(Action<string> write, Action<string> prepare)
    {
        using var scratch = new TempCorpus();
        prepare(scratch.Folder);
        var counted = new ProcessStandIn(Environment.ProcessId, int.MaxValue);
        Disk.StandIn.Value = counted;
        try
        {
            write(scratch.Folder);
        }
        finally
        {
            Disk.StandIn.Value = null;
        }

        return counted.Taken;
    }
}
