namespace RulesDsl.Tests;

/// <summary>Where the repository's own inputs are, found from the running assembly's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The embedded corpus the README runs on.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    public static string InCorpus(string relative) => Path.Combine(Corpus, relative);

    /// <summary>Real inputs the tests read that are not the corpus: the law in shapes users have (tests/Inputs/README.md).</summary>
    public static string Inputs => Path.Combine(Root, "tests", "Inputs");

    public static string InInputs(string relative) => Path.Combine(Inputs, relative);

    /// <summary>The project's shared folder, beside the checkout as on CI.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RulesDsl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RulesDsl.sln not found above the assembly folder");
    }
}
