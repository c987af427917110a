namespace RulesDsl.Compiler.Loading;

/// <summary>Files written whole or not at all: into a temporary file beside the target, then renamed over it.</summary>
public static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var staged = Stage(path);
        staged.Stream.Write(bytes);
        staged.Commit();
    }

    /// <summary>A file to write as it goes (a batch's verdicts, say) that replaces the target only when committed.</summary>
    public static StagedFile Stage(string path) => new(path);

}

/// <summary>A temporary file beside its target: <see cref="Commit"/> renames it over the target; disposed uncommitted, it is removed.</summary>
public sealed class StagedFile : IDisposable
{
    private readonly string target;
    private readonly string temporary;
    private bool committed;
    private StreamWriter? text;

    internal StagedFile(string target)
    {
        this.target = target;
        temporary = Corpus.Files.AllOrNothing.TemporaryBeside(target);
        Stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
    }

    public FileStream Stream { get; }

    /// <summary>The file as UTF-8 text (without a byte order mark).</summary>
    public TextWriter Text => text ??= new StreamWriter(Stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    public void Commit()
    {
        text?.Flush();
        Stream.Flush(flushToDisk: true);
        text?.Dispose();
        Stream.Dispose();
        File.Move(temporary, target, overwrite: true);
        committed = true;
    }

    public void Dispose()
    {
        text?.Dispose();
        Stream.Dispose();
        if (!committed)
        {
            File.Delete(temporary);
        }
    }
}
