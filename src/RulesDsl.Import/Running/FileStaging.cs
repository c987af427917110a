using RulesDsl.Corpus.Diagnostics;

namespace RulesDsl.Import.Running;

/// <summary>
/// Writes several files as one change: each is staged in a temporary file beside its target, and only when all are
/// staged are they renamed into place; on any failure the files renamed so far get their old content back and the
/// folders the run created are removed, so the output is exactly as it was.
/// </summary>
internal static class FileStaging
{
    public static bool WriteAll(IReadOnlyList<(string Path, string Text)> files, List<Diagnostic> diagnostics)
    {
        var createdFolders = new List<string>();
        var staged = new List<(string Temp, string Target, string? Backup)>();
        var committed = 0;
        var current = files.Count > 0 ? files[0].Path : "";
        try
        {
            foreach (var (path, text) in files)
            {
                current = path;
                CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!, createdFolders);
                var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                staged.Add((temp, path, File.Exists(path) ? temp + ".old" : null));
                File.WriteAllText(temp, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            foreach (var (temp, target, backup) in staged)
            {
                current = target;
                if (backup is not null)
                {
                    File.Move(target, backup);
                }

                File.Move(temp, target);
                committed++;
            }

            foreach (var (_, _, backup) in staged.Where(s => s.Backup is not null))
            {
                File.Delete(backup!);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Add(ImportDiagnostics.OutputFailed(new SourcePosition(current.Replace('\\', '/'), 1, 1), e.Message));
            RollBack(staged, committed, createdFolders);
            return false;
        }
    }

    private static void CreateFolder(string folder, List<string> created)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        CreateFolder(Path.GetDirectoryName(folder)!, created);
        Directory.CreateDirectory(folder);
        created.Add(folder);
    }

    private static void RollBack(List<(string Temp, string Target, string? Backup)> staged, int committed, List<string> createdFolders)
    {
        for (var i = staged.Count - 1; i >= 0; i--)
        {
            var (temp, target, backup) = staged[i];
            if (i < committed)
            {
                File.Delete(target);
            }

            if (backup is not null && File.Exists(backup))
            {
                File.Move(backup, target, overwrite: true);
            }

            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        foreach (var folder in Enumerable.Reverse(createdFolders))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
