namespace RulesDsl.Fuzz;

/// <summary>One input of a target: the bytes of one file and the kind of file they stand in for (its name's ending, such as <c>md</c> or <c>anchors.yaml</c>).</summary>
internal sealed record FuzzInput(string Kind, byte[] Bytes);

/// <summary>A front end, called in-process through the entry point the CLI calls, fed one input at a time.</summary>
internal abstract class FuzzTarget
{
    /// <summary>The name on the command line and the folder of its findings under tests/Inputs/fuzz.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// This target's part of a campaign's inputs, against the others': more for the front ends that are cheap per input
    /// (a facts record, one corpus file), fewer for the linker, which reads and links four files for each.
    /// </summary>
    public abstract int Share { get; }

    /// <summary>The real inputs the mutator starts from, each of a kind <see cref="Run"/> takes.</summary>
    public abstract IReadOnlyList<FuzzInput> Seeds { get; }

    /// <summary>The tokens this front end's grammar is built of, inserted by the mutator.</summary>
    public abstract IReadOnlyList<string> Tokens { get; }

    /// <summary>Runs the front end on the input; what it reported (diagnostics, record errors), in its own words.</summary>
    public abstract IReadOnlyList<string> Run(FuzzInput input);

    /// <summary>The kind of a findings file from its name: everything after the first dot (<c>1a2b.anchors.yaml</c> → <c>anchors.yaml</c>).</summary>
    public static string KindOf(string path)
    {
        var name = Path.GetFileName(path);
        return name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..];
    }
}
