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
}
