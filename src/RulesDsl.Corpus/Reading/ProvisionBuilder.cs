using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Sentences;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Reading;

/// <summary>The version a run of provisions in one source belongs to; a note further down may still date it and say
/// what it is in law.</summary>
internal sealed class VersionScope(DateOnly? date, TextStatus status = TextStatus.Published)
{
    public DateOnly? Date { get; set; } = date;

    public TextStatus Status { get; set; } = status;
}

/// <summary>A provision while its source is being read: text is added block by block, then it is frozen.</summary>
internal sealed partial class ProvisionBuilder(
    ProvisionId id, ProvisionKind kind, string label, VersionScope version, SourcePosition position)
{
    private readonly MappedText text = new();
    private readonly List<TermLink> links = [];
    private readonly List<Note> notes = [];
    private (int TextLength, int LinkCount) beforeLastBlock;

    public ProvisionId Id { get; set; } = id;

    public ProvisionKind Kind { get; } = kind;

    public string Label { get; set; } = label;

    public VersionScope Version { get; } = version;

    public SourcePosition Position { get; } = position;

    public string? Heading { get; set; }

    public bool HasText => text.Length > 0;

    /// <summary>Whether the words so far announce a list (": "), so numbered blocks after them are its points.</summary>
    public bool AnnouncesList => text.ToString().TrimEnd().EndsWith(':');

    /// <summary>The chapter and section the provision stands in, as far as they were read when it opened.</summary>
    public ImmutableArray<Division> Divisions { get; set; } = [];

    public void AddNote(Note note)
    {
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }

    /// <summary>Whether the text calls footnote <paramref name="number"/>.</summary>
    public bool Calls(string number, IEnumerable<string> referenceWords) => NoteCalls.Calls(text.ToString(), number, referenceWords);

    public string? BlockId { get; private set; }

    /// <summary>
    /// Adds a block of text; a new block is a new subparagraph, on a line of its own. A vault block id written at its
    /// end (" ^gpai") names the provision and is not part of its text.
    /// </summary>
    public void Add(MappedText block, IEnumerable<TermLink> blockLinks)
    {
        if (BlockIdPattern().Match(block.ToString()) is { Success: true } id)
        {
            BlockId ??= id.Groups["id"].Value;
            block.Truncate(id.Index);
        }

        beforeLastBlock = (text.Length, links.Count);
        if (text.Length > 0)
        {
            text.Append("\n", text.SourceOffset(text.Length - 1) + 1);
        }

        text.Append(block);
        links.AddRange(blockLinks);
    }

    /// <summary>Takes back the block added last, which turned out not to be law (the OJ's closing formula).</summary>
    public string TakeLastBlock()
    {
        var (length, linkCount) = beforeLastBlock;
        var block = text.ToString()[length..].TrimStart('\n');
        text.Truncate(length);
        links.RemoveRange(linkCount, links.Count - linkCount);
        return block;
    }

    public Provision Build(string act, string language, SourceText file, ICollection<Diagnostic> diagnostics)
    {
        var plain = text.ToString();
        var sentences = SentenceSplitter.Split(plain, language)
            .Select((range, i) => new Sentence(i + 1, plain[range], range.Start.Value, file.PositionOf(text.SourceOffset(range.Start.Value))))
            .ToImmutableArray();
        var map = new TextMap(file.Path, [.. text.Runs.Select(run =>
        {
            var at = file.PositionOf(run.SourceStart);
            return new TextMap.Run(run.TextStart, at.Line, at.Column);
        })]);
        var cursor = 0;
        var placed = new List<TermLink>(links.Count);
        foreach (var link in links)
        {
            // Links come in text order, so each is the first occurrence of its words after the one before.
            var start = plain.IndexOf(link.SurfaceText, cursor, StringComparison.Ordinal);
            placed.Add(link with { TextStart = Math.Max(start, 0) });
            cursor = start < 0 ? cursor : start + link.SurfaceText.Length;
        }

        foreach (var lost in LostSuperscripts.Find(plain))
        {
            diagnostics.Add(CorpusDiagnostics.LostSuperscript(file.PositionOf(text.SourceOffset(lost.Start)), lost.Written, lost.Meant));
        }

        return new Provision(
            Id, Kind, act, language, Version.Date, Label, Heading, plain, sentences, [.. placed], Position, map, BlockId)
        {
            Divisions = Divisions,
            Notes = [.. notes],
            Status = Version.Status,
        };
    }

    [GeneratedRegex(@"\s\^(?<id>[A-Za-z0-9][A-Za-z0-9_-]*)\s*$")]
    private static partial Regex BlockIdPattern();
}
