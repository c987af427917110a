using System.Text;

namespace RulesDsl.Explain.Batches;

/// <summary>
/// A facts file read as UTF-8 without hiding a bad byte: where UTF-8's own decoder would put U+FFFD and read on, each
/// byte that is not UTF-8 becomes the noncharacter U+FDD0, reserved for a program's own use, followed by the byte as a
/// Latin-1 character. The record that holds one is an error naming the byte; the rest are read.
/// </summary>
public static class FactsText
{
    private static readonly Encoding Utf8 = Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new ByteEscape());

    /// <summary>Opens a facts file for reading, a byte order mark skipped.</summary>
    public static StreamReader Open(string path) => new(path, Utf8, detectEncodingFromByteOrderMarks: true);

    /// <summary>
    /// Whether a file starts with the byte order mark of UTF-16 or UTF-32, which <see cref="Open"/> decodes and a
    /// reader of UTF-8 bytes would not; the stream is left at its start.
    /// </summary>
    public static bool IsOtherUnicode(Stream stream)
    {
        Span<byte> start = stackalloc byte[4];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return start[..read] is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0, 0, 0xFE, 0xFF];
    }

    private const char Escape = '\uFDD0';

    /// <summary>The message for the first byte of <paramref name="text"/> that was not UTF-8; null when there is none.</summary>
    public static string? InvalidByte(string text)
    {
        for (var at = text.IndexOf(Escape); at >= 0 && at + 1 < text.Length; at = text.IndexOf(Escape, at + 1))
        {
            // Only a byte UTF-8 cannot start or continue a character with follows the mark; U+FDD0 written in the facts is text.
            if (text[at + 1] is >= '\u0080' and <= '\u00FF')
            {
                return InvalidByteMessage((byte)text[at + 1]);
            }
        }

        return null;
    }

    /// <summary>The message for a byte that is not UTF-8.</summary>
    public static string InvalidByteMessage(byte invalid) => $"the byte 0x{invalid:X2} is not valid UTF-8; save the facts as UTF-8 (RD0003)";

    private sealed class ByteEscape : DecoderFallback
    {
        public override int MaxCharCount => 8;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private readonly Queue<char> pending = [];

            public override int Remaining => pending.Count;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                foreach (var b in bytesUnknown)
                {
                    pending.Enqueue(Escape);
                    pending.Enqueue((char)b);
                }

                return pending.Count > 0;
            }

            public override char GetNextChar() => pending.TryDequeue(out var c) ? c : '\0';

            public override bool MovePrevious() => false;

            public override void Reset() => pending.Clear();
        }
    }
}
