using RulesDsl.Files;

namespace RulesDsl.Compiler.Emit;

/// <summary>
/// Writes a build's files as the new content of a folder in one step (<see cref="AllOrNothing.WriteVersion"/>): a
/// failure, a cancellation or a kill at any moment leaves the folder holding the whole earlier build or the whole new
/// one, and nothing of a killed build is left once the next one has run.
/// </summary>
public static class BuildOutput
{
    // What a build writes for each rules file (ClassifierBuild).
    private static readonly string[] Kinds = [".dll", ".pdb", ".g.cs", ".manifest.json"];

    /// <summary>Writes the files and returns their paths, in the order given.</summary>
    /// <exception cref="IOException">The folder holds files no build wrote, or could not be written; nothing was changed.</exception>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<BuildFile> files, CancellationToken cancellation = default)
    {
        AllOrNothing.WriteVersion(folder, [.. files.Select(f => (f.Name, (ReadOnlyMemory<byte>)f.Bytes.AsMemory()))], HoldsOnlyBuilds, cancellation);
        return [.. files.Select(f => Path.Combine(folder, f.Name))];
    }

    /// <summary>
    /// Whether a folder holds nothing but what builds write, so that replacing it loses nothing else: the files of
    /// classifiers, and the temporaries (<c>.&lt;file&gt;.&lt;guid&gt;.tmp</c>) that builds written one file at a time left when killed.
    /// </summary>
    private static bool HoldsOnlyBuilds(string folder) =>
        !Directory.EnumerateDirectories(folder).Any() &&
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).All(name =>
            Kinds.Any(kind => name!.EndsWith(kind, StringComparison.Ordinal) || (name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal) && name.Contains(kind + ".", StringComparison.Ordinal))));
}
