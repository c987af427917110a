using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Citing;
using RulesDsl.Language.Diagnostics;

namespace RulesDsl.Language.Reviews;

/// <summary>
/// What a drafter confirmed reading: the hash of every text a rules file cites, in every language and version, on the
/// day of the review. Kept beside the rules file (<c>x.rules</c> → <c>x.reviewed.json</c>) and written by
/// <c>rulesdsl review</c>; <c>rulesdsl check</c> warns of each cited clause whose text has changed since.
/// </summary>
public sealed record ReviewRecord(string Rules, DateOnly ReviewedOn, ImmutableArray<CitedProvision> Citations)
{
    public const string Extension = ".reviewed.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The record of a rules file: same folder, same name, <see cref="Extension"/> for <c>.rules</c>.</summary>
    public static string PathFor(string rulesPath) =>
        Path.Combine(Path.GetDirectoryName(rulesPath) ?? "", Path.GetFileNameWithoutExtension(rulesPath) + Extension);

    /// <summary>The review of a checked rules file against a corpus, as of <paramref name="on"/>.</summary>
    public static ReviewRecord Of(CheckedRules rules, LegalCorpus corpus, DateOnly on) =>
        new(Path.GetFileName(rules.Syntax.Path), on, CitedTexts.Of(rules, corpus));

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>
    /// The record beside a rules file, null when there is none; one that cannot be read is reported at the line and
    /// column where it goes wrong.
    /// </summary>
    public static ReviewRecord? Read(string rulesPath, ICollection<Diagnostic> diagnostics)
    {
        var path = PathFor(rulesPath);
        if (!File.Exists(path))
        {
            return null;
        }

        var shown = path.Replace('\\', '/');
        byte[] bytes = [];
        try
        {
            bytes = File.ReadAllBytes(path);
            var record = ReviewRecordJson.Parse(bytes.AsSpan(Bom(bytes)));
            if (record is { Rules: not null, Citations.IsDefault: false }
                && record.Citations.All(c => c.Id is not null && !c.Texts.IsDefault && c.Texts.All(t => t.Language is not null && t.Sha256 is not null)))
            {
                return record;
            }

            diagnostics.Add(LanguageDiagnostics.UnreadableReviewRecord(new SourcePosition(shown, 1, 1),
                "it lacks 'rules', 'reviewedOn', or the ids, languages and hashes of its 'citations'"));
        }
        catch (JsonException e)
        {
            var at = new SourcePosition(shown, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Add(LanguageDiagnostics.UnreadableReviewRecord(at, e.Message.Split(" LineNumber: ")[0]));
        }
        catch (ReviewRecordJson.FormatException e)
        {
            diagnostics.Add(LanguageDiagnostics.UnreadableReviewRecord(Position(shown, bytes.AsSpan(Bom(bytes)), e.Offset), e.Message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(LanguageDiagnostics.UnreadableReviewRecord(new SourcePosition(shown, 1, 1), e.Message));
        }

        return null;
    }

    /// <summary>The length of a UTF-8 byte order mark at the start, which the JSON reader does not take.</summary>
    private static int Bom(byte[] bytes) => bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;

    /// <summary>The line and column (in bytes, as the JSON reader counts them, after any byte order mark) of a byte of the file.</summary>
    private static SourcePosition Position(string file, ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourcePosition(file, before.Count((byte)'\n') + 1, before.Length - lineStart + 1);
    }
}
