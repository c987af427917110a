using System.Text;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Reading;

/// <summary>
/// Turns a file's bytes into text, or into the reason it cannot be: empty, binary, not UTF-8, a line too long.
/// A BOM and CRLF line ends are accepted and reported, so the text read is the same as without them.
/// </summary>
internal static class SourceDecoder
{
    /// <summary>No provision of any act comes near this; a longer line is a broken export, not law.</summary>
    public const int MaxLineLength = 100_000;

    public static SourceText? Decode(string path, byte[] bytes, ICollection<Diagnostic> diagnostics)
    {
        var start = new SourcePosition(path, 1, 1);
        var body = bytes.AsSpan();
        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            diagnostics.Add(CorpusDiagnostics.ByteOrderMark(start));
            body = body[Encoding.UTF8.Preamble.Length..];
        }

        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostics.Add(CorpusDiagnostics.EmptyFile(start));
            return null;
        }

        if (body.IndexOf((byte)0) is var nul and >= 0)
        {
            diagnostics.Add(CorpusDiagnostics.BinaryFile(PositionOfByte(path, body, nul)));
            return null;
        }

        if (FirstInvalidUtf8(body) is var bad and >= 0)
        {
            diagnostics.Add(CorpusDiagnostics.InvalidUtf8(PositionOfByte(path, body, bad), body[bad]));
            return null;
        }

        var text = Encoding.UTF8.GetString(body);
        if (text.Contains('\r'))
        {
            var firstCr = text.IndexOf('\r');
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
            diagnostics.Add(CorpusDiagnostics.CarriageReturns(new SourceText(path, text).PositionOf(firstCr)));
        }

        var source = new SourceText(path, text);
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i - lineStart > MaxLineLength)
                {
                    diagnostics.Add(CorpusDiagnostics.LineTooLong(source.PositionOf(lineStart), i - lineStart, MaxLineLength));
                    return null;
                }

                lineStart = i + 1;
            }
        }

        return source;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>Line and column (in characters) of a byte, counting only the valid UTF-8 before it.</summary>
    private static SourcePosition PositionOfByte(string path, ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourcePosition(path, line, column);
    }
}
