using System.Text;
using RulesDsl.Diagnostics;

namespace RulesDsl.Caching;

/// <summary>
/// Writes a snapshot (a model saved to be read back by <see cref="SnapshotReader"/> in this build of rulesdsl only):
/// numbers as 7-bit varints, each distinct string once, later occurrences by number, since models repeat file names,
/// languages and acts on every provision.
/// </summary>
public sealed class SnapshotWriter(Stream stream) : IDisposable
{
    private readonly BinaryWriter writer = new(stream, Encoding.UTF8, leaveOpen: true);
    private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);

    public void Int(int value) => writer.Write7BitEncodedInt(value);

    public void Bool(bool value) => writer.Write(value);

    /// <summary>A string, or null: 0 is null, n + 1 the nth string already written, and a new string is -1 then its text.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }

        if (strings.TryGetValue(value, out var number))
        {
            Int(number + 1);
            return;
        }

        strings.Add(value, strings.Count);
        Int(-1);
        writer.Write(value);
    }

    /// <summary>A text of its own (a provision's), not kept for reuse: such texts seldom repeat and are the bulk of a model.</summary>
    public void Text(string value) => writer.Write(value);

    public void Date(DateOnly? value) => Int(value is { } date ? date.DayNumber + 1 : 0);

    public void Position(SourcePosition position)
    {
        String(position.File);
        Int(position.Line);
        Int(position.Column);
    }

    public void Diagnostic(Diagnostic diagnostic)
    {
        String(diagnostic.Id);
        Int((int)diagnostic.Severity);
        Position(diagnostic.Position);
        Text(diagnostic.Message);
        Int(diagnostic.Length);
        String(diagnostic.Hint);
    }

    public void List<T>(IReadOnlyCollection<T> items, Action<T> write)
    {
        Int(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    public void Dispose() => writer.Dispose();
}
