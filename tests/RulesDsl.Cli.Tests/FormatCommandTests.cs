namespace RulesDsl.Cli.Tests;

/// <summary><c>rulesdsl fmt</c> on the shipped rules, on files with comments, and on broken ones.</summary>
public class FormatCommandTests
{
    private static readonly string Rules = Path.Combine(RepoPaths.Root, "rules");

    private static IEnumerable<string> ShippedRulesFiles() =>
        Directory.EnumerateFiles(Rules, "*.rules", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(Rules, file));

    /// <summary>A well-formed file out of layout, with comments before the header, between clauses, trailing lines and at the end.</summary>
    private const string Untidy = "# before the header\nrules \"Untidy\"\nfact parameters:count   # trailing a fact\n# between clauses\n    cites Annex XIII, point (a)\nparameter business_users_threshold: count\n  value 10 000 from 2025-08-02   # trailing a value line\n  cites Annex XIII, point (f)\n# at the end\n";

    private const string Tidy = "# before the header\nrules \"Untidy\"\n\nfact parameters: count # trailing a fact\n  # between clauses\n  cites Annex XIII, point (a)\n\nparameter business_users_threshold: count\n  value 10 000 from 2025-08-02 # trailing a value line\n  cites Annex XIII, point (f)\n# at the end\n";

    [TestCaseSource(nameof(ShippedRulesFiles))]
    public void Fmt_check_passes_on_every_shipped_rules_file(string relative)
    {
        var (exit, output, error) = Cli.Run("fmt", "--check", Path.Combine(Rules, relative));

        error.ShouldBeEmpty();
        output.ShouldBeEmpty();
        exit.ShouldBe(0);
    }

    [Test]
    public void Fmt_prints_the_shipped_rules_as_they_are_comments_and_all()
    {
        var path = Path.Combine(Rules, "gpai-systemic-risk.rules");

        var (exit, formatted, _) = Cli.Run("fmt", path);

        exit.ShouldBe(0);
        formatted.ShouldBe(File.ReadAllText(path));
        formatted.ShouldContain("# Values the law sets and the Commission may amend by delegated act.\n");
    }

    [Test]
    public void Fmt_prints_the_canonical_layout_with_the_comments_which_is_stable()
    {
        using var folder = new TempCorpus();
        var untidy = folder.Write("untidy.rules", Untidy);

        var (exit, formatted, _) = Cli.Run("fmt", untidy);

        exit.ShouldBe(0);
        formatted.ShouldBe(Tidy);
        Cli.Run("fmt", "--check", untidy).Exit.ShouldBe(1);
        Cli.Run("fmt", "--check", folder.Write("tidy.rules", formatted)).Exit.ShouldBe(0);
        File.ReadAllText(untidy).ShouldBe(Untidy);
    }

    [Test]
    public void Fmt_write_formats_the_file_in_place_and_leaves_nothing_else()
    {
        using var folder = new TempCorpus();
        var untidy = folder.Write("untidy.rules", Untidy);

        var (exit, output, error) = Cli.Run("fmt", "--write", untidy);

        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        output.ShouldBe($"wrote {untidy.Replace('\\', '/')}\n");
        File.ReadAllText(untidy).ShouldBe(Tidy);
        Directory.GetFiles(folder.Folder).Select(Path.GetFileName).ShouldBe(["untidy.rules"]);
        Cli.Run("fmt", "--check", untidy).Exit.ShouldBe(0);
    }

    [Test]
    public void Fmt_write_leaves_a_formatted_file_untouched()
    {
        using var folder = new TempCorpus();
        var tidy = folder.Write("tidy.rules", Tidy);
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(tidy, written);

        var (exit, output, _) = Cli.Run("fmt", "--write", tidy);

        exit.ShouldBe(0);
        output.ShouldBeEmpty();
        File.ReadAllText(tidy).ShouldBe(Tidy);
        File.GetLastWriteTimeUtc(tidy).ShouldBe(written);
    }

    [TestCase("fmt")]
    [TestCase("fmt", "--check")]
    [TestCase("fmt", "--write")]
    public void Fmt_refuses_a_file_with_syntax_errors_with_its_diagnostic_and_leaves_it_untouched(params string[] command)
    {
        using var folder = new TempCorpus();
        const string Bad = "# a comment\nrules \"Bad\"\nfact parameters count # no colon\n  cites Annex XIII, point (a)\n";
        var path = folder.Write("bad.rules", Bad);

        var (exit, output, error) = Cli.Run([.. command, path]);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("bad.rules(3,17): error RD0100:");
        File.ReadAllText(path).ShouldBe(Bad);
        Directory.GetFiles(folder.Folder).Select(Path.GetFileName).ShouldBe(["bad.rules"]);
    }

    [Test]
    public void Fmt_takes_check_or_write_not_both()
    {
        using var folder = new TempCorpus();
        var path = folder.Write("untidy.rules", Untidy);

        var (exit, _, error) = Cli.Run("fmt", "--check", "--write", path);

        exit.ShouldBe(2);
        error.ShouldContain("--check or --write, not both");
        File.ReadAllText(path).ShouldBe(Untidy);
    }
}
