using RulesDsl.Corpus.Text;
using Sprache;

namespace RulesDsl.Language.Parsing;

/// <summary>
/// One declaration of a rules file as Sprache input. Positions are offsets into the whole file, so every span the
/// grammar builds is already a span of the file, and the input ends where the declaration does.
/// </summary>
internal sealed class SliceInput : IInput
{
    private readonly SourceText source;
    private Dictionary<object, object>? memos;

    public SliceInput(SourceText source, int position, int end, int tokenEnd, int? continuesDeeperThan = null)
    {
        this.source = source;
        Position = position;
        End = end;
        TokenEnd = tokenEnd;
        ContinuesDeeperThan = continuesDeeperThan;
    }

    /// <summary>
    /// Inside a condition that may span lines: the indentation of its clause's line. A line indented deeper than it
    /// continues the condition; otherwise a token ends at its line, as everywhere else.
    /// </summary>
    public int? ContinuesDeeperThan { get; }

    /// <summary>Where the slice ends: the start of the next declaration or the end of the file.</summary>
    public int End { get; }

    /// <summary>Where the last token read ended, before the spaces after it: the end of a line's content.</summary>
    public int TokenEnd { get; }

    public string Source => source.Text;

    public char Current => Source[Position];

    public bool AtEnd => Position >= End;

    public int Position { get; }

    public int Line => source.PositionOf(Position).Line;

    public int Column => source.PositionOf(Position).Column;

    public IDictionary<object, object> Memos => memos ??= [];

    public IInput Advance() => AtEnd
        ? throw new InvalidOperationException("The input is already at the end of the declaration.")
        : At(Position + 1, TokenEnd);

    public SliceInput At(int position, int tokenEnd) => new(source, Math.Min(position, End), End, tokenEnd, ContinuesDeeperThan);

    public SliceInput Continuing(int? indentation) => new(source, Position, End, TokenEnd, indentation);

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(other.Source, Source) && other.Position == Position;

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => Position;
}
