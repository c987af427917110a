using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using System.Xml;
using System.Xml.Linq;
using RulesDsl.Diagnostics;

namespace RulesDsl.Import.Formex;

/// <summary>
/// Turns a Formex file's bytes into an XML tree with line numbers, or reports why not. The bytes are decoded here, not
/// by the XML parser, so that an encoding declaration that disagrees with the bytes is reported rather than guessed
/// at; DTDs are refused, and nothing outside the file is ever resolved.
/// </summary>
internal static partial class FormexXml
{
    public static XDocument? Load(string path, byte[] bytes, List<Diagnostic> diagnostics)
    {
        if (Decode(path, bytes, diagnostics) is not { } text)
        {
            return null;
        }

        if (DoctypeDeclaration().Match(text) is { Success: true } doctype)
        {
            diagnostics.Add(FormexDiagnostics.DtdProhibited(PositionOf(path, text, doctype.Groups["doctype"].Index)));
            return null;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            diagnostics.Add(FormexDiagnostics.NotWellFormed(
                new SourcePosition(path, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)), e.Message));
            return null;
        }
    }

    /// <summary>The text of the file in the encoding its bytes are in, or null when its declaration says otherwise.</summary>
    private static string? Decode(string path, byte[] bytes, List<Diagnostic> diagnostics)
    {
        ReadOnlySpan<byte> body = bytes;
        Encoding? utf16 = null;
        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            body = body[Encoding.UTF8.Preamble.Length..];
        }
        else if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || (body.Length >= 2 && body[0] == (byte)'<' && body[1] == 0))
        {
            utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        }
        else if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || (body.Length >= 2 && body[0] == 0 && body[1] == (byte)'<'))
        {
            utf16 = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        }

        if (utf16 is not null)
        {
            return DecodeUtf16(path, body, utf16, diagnostics);
        }

        // Eight-bit bytes: the declaration is ASCII whatever the encoding, so it can be read before decoding.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 512)]);
        var declared = Declaration().Match(head) is { Success: true } m ? m.Groups["encoding"] : null;
        var declaredAt = new SourcePosition(path, 1, (declared?.Index ?? 0) + 1);
        var name = declared?.Value.ToUpperInvariant();
        var firstNonAscii = body.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        var validUtf8 = Utf8.IsValid(body);
        switch (name)
        {
            case null or "UTF-8" or "UTF8":
                if (!validUtf8)
                {
                    var bad = FirstInvalidUtf8(body);
                    diagnostics.Add(FormexDiagnostics.EncodingMismatch(
                        PositionOfByte(path, body, bad), declared?.Value ?? "UTF-8 (the XML default)",
                        $"not UTF-8 (the byte 0x{body[bad]:X2} starts no UTF-8 character)"));
                    return null;
                }

                return Encoding.UTF8.GetString(body);
            case "UTF-16" or "UTF-16LE" or "UTF-16BE" or "UCS-2" or "ISO-10646-UCS-2" or "UTF-32" or "UCS-4":
                diagnostics.Add(FormexDiagnostics.EncodingMismatch(
                    declaredAt, declared!.Value, validUtf8 ? "UTF-8 (one byte for each ASCII character)" : "eight-bit text"));
                return null;
            default:
                // An ASCII-only file reads the same in every encoding Formex could be declared in.
                if (firstNonAscii < 0)
                {
                    return Encoding.ASCII.GetString(body);
                }

                diagnostics.Add(FormexDiagnostics.EncodingMismatch(
                    PositionOfByte(path, body, firstNonAscii), declared!.Value,
                    validUtf8
                        ? $"UTF-8 (a character written as the bytes {Hex(body, firstNonAscii)})"
                        : $"neither ASCII nor UTF-8 (the byte 0x{body[firstNonAscii]:X2}), and Formex is UTF-8"));
                return null;
        }
    }

    private static string? DecodeUtf16(string path, ReadOnlySpan<byte> body, Encoding utf16, List<Diagnostic> diagnostics)
    {
        string text;
        try
        {
            text = utf16.GetString(body).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(FormexDiagnostics.EncodingMismatch(new SourcePosition(path, 1, 1), "UTF-16", "not valid UTF-16"));
            return null;
        }

        if (Declaration().Match(text) is { Success: true } m
            && !m.Groups["encoding"].Value.StartsWith("UTF-16", StringComparison.OrdinalIgnoreCase)
            && !m.Groups["encoding"].Value.Equals("UCS-2", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(FormexDiagnostics.EncodingMismatch(
                new SourcePosition(path, 1, m.Groups["encoding"].Index + 1), m.Groups["encoding"].Value, "UTF-16"));
            return null;
        }

        return text;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    private static string Hex(ReadOnlySpan<byte> bytes, int start)
    {
        var length = Rune.DecodeFromUtf8(bytes[start..], out _, out var consumed) == System.Buffers.OperationStatus.Done ? consumed : 1;
        return Convert.ToHexString(bytes.Slice(start, length)).Chunk(2).Select(c => new string(c)).Aggregate((a, b) => $"{a} {b}");
    }

    /// <summary>Line and column of a byte, the column in characters as far as the bytes before it decode.</summary>
    private static SourcePosition PositionOfByte(string path, ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourcePosition(path, before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private static SourcePosition PositionOf(string path, string text, int index)
    {
        var before = text.AsSpan(0, index);
        return new SourcePosition(path, before.Count('\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    [GeneratedRegex("""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["'](?<encoding>[^"']*)["']""")]
    private static partial Regex Declaration();

    // A DOCTYPE before the root element, after the declaration, comments and processing instructions.
    [GeneratedRegex(@"^\uFEFF?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*(?<doctype><!DOCTYPE\b)", RegexOptions.Singleline)]
    private static partial Regex DoctypeDeclaration();
}
