namespace RulesDsl.Language.Tests.Checking;

/// <summary>
/// A shipped rules file as a test checks it: its text and the path it is checked under. A file that imports others
/// is checked at its place in the repository, so that its imports are found beside it.
/// </summary>
internal sealed record Shipped(string Path, string Text)
{
    public static Shipped Read(string name)
    {
        var path = System.IO.Path.Combine(RepoPaths.Root, "rules", name);
        return new Shipped(path, File.ReadAllText(path));
    }
}
