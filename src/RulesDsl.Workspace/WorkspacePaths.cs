namespace RulesDsl.Workspace;

/// <summary>Which of a workspace's inputs a changed path belongs to.</summary>
public static class WorkspacePaths
{
    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> (a file or a folder) or lies below it.</summary>
    public static bool Within(string path, string root)
    {
        var full = Path.GetFullPath(root);
        var relative = Path.GetRelativePath(full, Path.GetFullPath(path));
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
