using RulesDsl.Files;

namespace RulesDsl.Compiler.Emit;

/// <summary>
/// Writes a build's files into a folder all or nothing (<see cref="AllOrNothing"/>): a failure or cancellation leaves
/// the folder as it was and no temporary file behind.
/// </summary>
public static class BuildOutput
{
    /// <summary>Writes the files and returns their paths, in the order given.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<BuildFile> files, CancellationToken cancellation = default)
    {
        var targets = files.Select(f => (Path: Path.Combine(folder, f.Name), Bytes: (ReadOnlyMemory<byte>)f.Bytes.AsMemory())).ToList();
        AllOrNothing.Write(targets, cancellation);
        return [.. targets.Select(t => t.Path)];
    }
}
