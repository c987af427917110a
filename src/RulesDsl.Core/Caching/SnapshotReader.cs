using System.Collections.Immutable;
using System.Text;
using RulesDsl.Diagnostics;

namespace RulesDsl.Caching;

/// <summary>
/// Reads what a <see cref="SnapshotWriter"/> wrote, in the same order. A snapshot that does not read throws
/// <see cref="InvalidDataException"/>, <see cref="EndOfStreamException"/> or <see cref="FormatException"/>
/// (<see cref="IsUnreadable"/>), which whoever keeps snapshots takes for a miss.
/// </summary>
public sealed class SnapshotReader(Stream stream) : IDisposable
{
    private readonly BinaryReader reader = new(stream, Encoding.UTF8, leaveOpen: true);
    private readonly List<string> strings = [];

    public int Int() => reader.Read7BitEncodedInt();

    public bool Bool() => reader.ReadBoolean();

    public string? String()
    {
        var number = Int();
        switch (number)
        {
            case 0:
                return null;
            case -1:
                var text = Text();
                strings.Add(text);
                return text;
            case > 0 when number <= strings.Count:
                return strings[number - 1];
            default:
                throw new InvalidDataException($"string {number} of a snapshot that holds {strings.Count}");
        }
    }

    public string RequiredString() => String() ?? throw new InvalidDataException("a snapshot's string is missing");

    public string Text() => reader.ReadString();

    public DateOnly? Date() => Int() is var day and > 0 ? DateOnly.FromDayNumber(day - 1) : null;

    public SourcePosition Position() => new(RequiredString(), Int(), Int());

    public Diagnostic Diagnostic() =>
        new(RequiredString(), Enum<DiagnosticSeverity>(), Position(), Text(), Int(), String());

    public T Enum<T>() where T : struct, Enum
    {
        var value = Int();
        var typed = (T)(object)value;
        return System.Enum.IsDefined(typed) ? typed : throw new InvalidDataException($"{value} is no {typeof(T).Name}");
    }

    public ImmutableArray<T> List<T>(Func<T> read)
    {
        var count = Int();
        if (count < 0 || count > stream.Length)
        {
            throw new InvalidDataException($"a list of {count} items in a snapshot of {stream.Length} bytes");
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var index = 0; index < count; index++)
        {
            items.Add(read());
        }

        return items.MoveToImmutable();
    }

    /// <summary>Whether the whole snapshot was read: bytes left over mean it is not what this build wrote.</summary>
    public bool AtEnd => stream.Position == stream.Length;

    /// <summary>Whether an exception is what reading a damaged or foreign snapshot throws.</summary>
    public static bool IsUnreadable(Exception e) => e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException;

    public void Dispose() => reader.Dispose();
}
