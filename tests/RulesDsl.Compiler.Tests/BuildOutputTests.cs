using RulesDsl.Compiler.Emit;

namespace RulesDsl.Compiler.Tests;

/// <summary>The shipped rules' build written to disk: cancelled, it leaves the folder as it was.</summary>
public class BuildOutputTests
{
    [Test]
    public void A_cancelled_write_leaves_an_earlier_build_and_no_temporary_file()
    {
        using var temp = new TempCorpus();
        var built = ClassifierBuild.Compile([Built.Gpai], Built.Corpus);
        built.HasErrors.ShouldBeFalse();
        var earlier = Path.Combine(temp.Folder, "gpai-systemic-risk.dll");
        File.WriteAllText(earlier, "an earlier build");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Should.Throw<OperationCanceledException>(() => BuildOutput.Write(temp.Folder, built.Files, cancellation.Token));

        Directory.EnumerateFileSystemEntries(temp.Folder).ShouldBe([earlier]);
        File.ReadAllText(earlier).ShouldBe("an earlier build");
    }

    [Test]
    public void The_shipped_rules_build_four_files_named_after_the_rules_file_the_dll_first_and_the_manifest_last()
    {
        var built = ClassifierBuild.Compile([Built.Gpai], Built.Corpus);

        built.Files.Select(f => f.Name).ShouldBe(["gpai-systemic-risk.dll", "gpai-systemic-risk.pdb", "gpai-systemic-risk.g.cs", "gpai-systemic-risk.manifest.json"]);
        built.Files.ShouldAllBe(f => f.Bytes.Length > 0);
    }
}
