using System.Buffers;
using System.Text;

namespace RulesDsl.Explain.Batches;

/// <summary>
/// JSON Lines as bytes: the input read in large blocks from a pool, each block cut after its last line break and
/// handed on whole, the piece of line after the break carried to the next block. Lines end as
/// <see cref="TextReader.ReadLine"/> ends them (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), so lines are numbered alike.
/// </summary>
internal static class Utf8Lines
{
    private static ReadOnlySpan<byte> Breaks => "\r\n"u8;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public static IEnumerable<Utf8LinesChunk> Chunks(Stream input, int chunkBytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(chunkBytes);
        var filled = 0;
        var line = 1;
        var start = true;
        var ended = false;
        while (!ended)
        {
            while (filled < buffer.Length && input.Read(buffer, filled, buffer.Length - filled) is var read and > 0)
            {
                filled += read;
            }

            ended = filled < buffer.Length;
            var skipped = start && buffer.AsSpan(0, filled).StartsWith(Bom) ? Bom.Length : 0;
            var cut = ended ? filled : Cut(buffer.AsSpan(skipped, filled - skipped)) + skipped;
            if (cut <= skipped && !ended)
            {
                // No line ends in the whole block: a line longer than a block, read on in one twice the size.
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, filled).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
                continue;
            }

            var next = ArrayPool<byte>.Shared.Rent(Math.Max(chunkBytes, filled - cut));
            buffer.AsSpan(cut, filled - cut).CopyTo(next);
            var chunk = new Utf8LinesChunk(buffer, skipped, cut, line);
            line += Count(buffer.AsSpan(skipped, cut - skipped));
            filled -= cut;
            buffer = next;
            start = false;
            yield return chunk;
        }

        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Where the block is cut: after its last line break, unless that is a <c>\r</c> whose <c>\n</c> may be in the next block.</summary>
    private static int Cut(ReadOnlySpan<byte> block)
    {
        var last = block.LastIndexOfAny(Breaks);
        if (last == block.Length - 1 && block[last] == (byte)'\r')
        {
            last = block[..last].LastIndexOfAny(Breaks);
        }

        return last + 1;
    }

    /// <summary>The lines a piece of input ends: each <c>\n</c>, and each <c>\r</c> not followed by one.</summary>
    private static int Count(ReadOnlySpan<byte> text)
    {
        var count = text.Count((byte)'\n');
        if (text.Contains((byte)'\r'))
        {
            for (var at = 0; at < text.Length; at++)
            {
                if (text[at] == (byte)'\r' && (at + 1 == text.Length || text[at + 1] != (byte)'\n'))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Each line of a piece of input with its number; a line with no break at the end of the input counts too.</summary>
    public static IEnumerable<(int Number, ReadOnlyMemory<byte> Text)> Split(ReadOnlyMemory<byte> text, int first)
    {
        var number = first;
        while (text.Length > 0)
        {
            var end = text.Span.IndexOfAny(Breaks);
            var length = end < 0 ? text.Length : end;
            var next = end < 0 ? text.Length : text.Span[end] == (byte)'\r' && end + 1 < text.Length && text.Span[end + 1] == (byte)'\n' ? end + 2 : end + 1;
            yield return (number++, text[..length]);
            text = text[next..];
        }
    }

    /// <summary>Whether a line holds nothing but white space, as <see cref="string.IsNullOrWhiteSpace"/> sees it.</summary>
    public static bool Blank(ReadOnlySpan<byte> line)
    {
        var at = line.IndexOfAnyExcept(" \t\v\f"u8);
        // A case starts with '{'; anything else is rare enough to be decoded and asked about.
        return at < 0 || (line[at] != (byte)'{' && string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line)));
    }
}

/// <summary>A block of whole lines in a pooled buffer, given back when its records are read.</summary>
internal sealed class Utf8LinesChunk(byte[] buffer, int start, int end, int firstLine) : IDisposable
{
    private bool returned;

    public IReadOnlyList<FactsRecord> Records(FactsReader reader)
    {
        // Sized for every line: a list grown by doubling would cost a chunk twice its records' references.
        var records = new List<FactsRecord>(buffer.AsSpan(start, end - start).Count((byte)'\n') + 1);
        foreach (var (number, text) in Utf8Lines.Split(buffer.AsMemory(start, end - start), firstLine))
        {
            if (!Utf8Lines.Blank(text.Span))
            {
                records.Add(reader.Record(number, text.Span));
            }
        }

        return records;
    }

    public void Dispose()
    {
        if (!returned)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            returned = true;
        }
    }
}
