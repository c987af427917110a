using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesDsl.Explain.Model;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>A case classified: the record it came from, the verdict, and its explanation when one was asked for.</summary>
public sealed record ClassifiedRecord(FactsRecord Record, Verdict Verdict, Explanation? Explanation);

/// <summary>Turns verdicts into the bytes of their output records; each worker of a batch has its own.</summary>
public interface IVerdictEncoder
{
    /// <summary>Appends one output record, its line break included.</summary>
    void Encode(ClassifiedRecord classified, IBufferWriter<byte> into);
}

/// <summary>Where a batch's verdicts go, one output record per case, in the order the cases came.</summary>
public interface IVerdictWriter
{
    /// <summary>An encoder for one worker.</summary>
    IVerdictEncoder Encoder();

    /// <summary>Output records already encoded, whole, in order.</summary>
    void Write(ReadOnlySpan<byte> records);

    void Flush();
}

/// <summary>Writing a verdict at a time, for one case and for callers without workers.</summary>
public static class VerdictWriting
{
    public static void Write(this IVerdictWriter writer, ClassifiedRecord classified)
    {
        var buffer = new ArrayBufferWriter<byte>();
        writer.Encoder().Encode(classified, buffer);
        writer.Write(buffer.WrittenSpan);
    }
}

/// <summary>
/// What the writers share: output records go to a stream as the bytes they are, or to a text writer decoded, in the
/// large pieces a batch hands over.
/// </summary>
public abstract class VerdictWriter : IVerdictWriter
{
    private static readonly byte[] LineBreak = Encoding.UTF8.GetBytes(Environment.NewLine);

    private readonly Stream? stream;
    private readonly TextWriter? text;

    protected VerdictWriter(TextWriter output) => text = output;

    protected VerdictWriter(Stream output) => stream = output;

    public abstract IVerdictEncoder Encoder();

    public virtual void Write(ReadOnlySpan<byte> records)
    {
        if (stream is not null)
        {
            stream.Write(records);
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(records.Length));
        try
        {
            var count = Encoding.UTF8.GetChars(records, chars);
            text!.Write(chars, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public virtual void Flush()
    {
        stream?.Flush();
        text?.Flush();
    }

    /// <summary>The line break that ends an output record: the platform's, as <see cref="TextWriter.WriteLine()"/> writes it.</summary>
    protected static void EndLine(IBufferWriter<byte> into) => into.Write(LineBreak);
}

/// <summary>
/// Verdicts as JSON, one object per case: <c>line</c>, <c>id</c>, <c>conclusion</c>, <c>outcome</c>, <c>how</c>,
/// <c>decidingRule</c>, <c>missingFacts</c>, <c>applicability</c> (<c>status</c>, <c>from</c>, <c>citing</c>, <c>scope</c>) and <c>explanation</c> (an object in the JSON explanation's shape, or the
/// text another renderer writes). Compact, it is JSON Lines; indented, one case reads as a document.
/// </summary>
public sealed class JsonVerdicts : VerdictWriter
{
    private readonly IExplanationRenderer? renderer;
    private readonly bool indented;
    private readonly JsonSerializerOptions explanationOptions;

    public JsonVerdicts(TextWriter output, IExplanationRenderer? renderer, bool indented = false)
        : base(output)
    {
        this.renderer = renderer;
        this.indented = indented;
        explanationOptions = ExplanationOptions(indented);
    }

    public JsonVerdicts(Stream output, IExplanationRenderer? renderer, bool indented = false)
        : base(output)
    {
        this.renderer = renderer;
        this.indented = indented;
        explanationOptions = ExplanationOptions(indented);
    }

    public override IVerdictEncoder Encoder() => new JsonEncoder(renderer, indented, explanationOptions);

    /// <summary>
    /// The explanation's options; compact, each citation is written as the bytes it was serialized to the first time.
    /// Citations are most of an explanation (20 of 24 kB for a model profile) and the explainer gives every case the
    /// same few, so a batch serializes each once instead of once a case.
    /// </summary>
    private static JsonSerializerOptions ExplanationOptions(bool indented)
    {
        var options = JsonExplanation.Options(indented);
        if (!indented)
        {
            options.Converters.Add(new SerializedOnce(JsonExplanation.Options(indented: false)));
        }

        return options;
    }

    private sealed class SerializedOnce(JsonSerializerOptions plain) : JsonConverter<ExplainedCitation>
    {
        private readonly ConditionalWeakTable<ExplainedCitation, byte[]> serialized = [];

        public override ExplainedCitation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<ExplainedCitation>(ref reader, plain)!;

        public override void Write(Utf8JsonWriter writer, ExplainedCitation value, JsonSerializerOptions options) =>
            writer.WriteRawValue(serialized.GetValue(value, citation => JsonSerializer.SerializeToUtf8Bytes(citation, plain)), skipInputValidation: true);
    }

    private sealed class JsonEncoder(IExplanationRenderer? renderer, bool indented, JsonSerializerOptions explanationOptions) : IVerdictEncoder
    {
        private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        private static readonly JsonEncodedText Conclusion = JsonEncodedText.Encode("conclusion");
        private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
        private static readonly JsonEncodedText How = JsonEncodedText.Encode("how");
        private static readonly JsonEncodedText DecidingRule = JsonEncodedText.Encode("decidingRule");
        private static readonly JsonEncodedText MissingFacts = JsonEncodedText.Encode("missingFacts");
        private static readonly JsonEncodedText Applicability = JsonEncodedText.Encode("applicability");
        private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
        private static readonly JsonEncodedText Citing = JsonEncodedText.Encode("citing");
        private static readonly JsonEncodedText Scope = JsonEncodedText.Encode("scope");
        private static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");

        // The most names and words kept encoded: a rule set's conclusions, rules, facts and citations are far fewer.
        private const int MostEncoded = 4096;

        private static readonly JavaScriptEncoder Escaping = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

        private readonly Utf8JsonWriter json = new(new ArrayBufferWriter<byte>(), new JsonWriterOptions { Indented = indented, Encoder = Escaping });

        // The names and words every record repeats (conclusion, outcome, rules, facts, citations), escaped and encoded
        // once rather than once a record; and the day the law applies from as last written.
        private readonly Dictionary<string, JsonEncodedText> encoded = new(StringComparer.Ordinal);
        private (DateOnly Day, JsonEncodedText Text)? lastDay;

        // A verdict shared by many records (a typed batch gives each distinct verdict once) is written once as a compact
        // object and its bytes reused: kept by reference in a few slots, and only once a verdict is met a second time, so
        // verdicts made afresh for every record cost one reference stored.
        private const int Slots = 64;
        private readonly Verdict?[] met = new Verdict?[Slots];
        private readonly (Verdict? Verdict, byte[] Bytes)[] written = new (Verdict?, byte[])[Slots];
        private readonly ArrayBufferWriter<byte> scratch = new();

        public void Encode(ClassifiedRecord classified, IBufferWriter<byte> into)
        {
            var (record, verdict, explanation) = classified;
            if (explanation is null && !indented && Shared(verdict) is { } bytes)
            {
                // The record's own members, then the verdict's after the brace that opens its object.
                json.Reset(into);
                json.WriteStartObject();
                Head(record);
                json.Flush();
                if (json.BytesCommitted > 1)
                {
                    into.Write(","u8);
                }

                into.Write(bytes.AsSpan(1));
                EndLine(into);
                return;
            }

            json.Reset(into);
            json.WriteStartObject();
            Head(record);
            WriteVerdict(verdict);
            if (explanation is not null && renderer is not null)
            {
                json.WritePropertyName(Explanation);
                if (renderer.Format == "json")
                {
                    // Written into the record itself rather than as a string of JSON.
                    JsonSerializer.Serialize(json, explanation, explanationOptions);
                }
                else
                {
                    json.WriteStringValue(VerdictText.Render(renderer, explanation));
                }
            }

            json.WriteEndObject();
            json.Flush();
            EndLine(into);
        }

        /// <summary>The bytes of a verdict met before, as a compact object of its own; null for one not met before.</summary>
        private byte[]? Shared(Verdict verdict)
        {
            var slot = (RuntimeHelpers.GetHashCode(verdict) & int.MaxValue) % Slots;
            if (ReferenceEquals(written[slot].Verdict, verdict))
            {
                return written[slot].Bytes;
            }

            if (!ReferenceEquals(met[slot], verdict))
            {
                met[slot] = verdict;
                return null;
            }

            scratch.ResetWrittenCount();
            json.Reset(scratch);
            json.WriteStartObject();
            WriteVerdict(verdict);
            json.WriteEndObject();
            json.Flush();
            written[slot] = (verdict, scratch.WrittenSpan.ToArray());
            return written[slot].Bytes;
        }

        /// <summary>The record's line and name.</summary>
        private void Head(FactsRecord record)
        {
            if (record.Line > 0)
            {
                json.WriteNumber(Line, record.Line);
            }

            if (record.Id is { } id)
            {
                json.WriteString(Id, id);
            }
        }

        private void WriteVerdict(Verdict verdict)
        {
            json.WriteString(Conclusion, Encoded(verdict.Conclusion));
            json.WriteString(Outcome, Encoded(VerdictText.Outcome(verdict)));
            json.WriteStartArray(How);
            foreach (var way in verdict.How)
            {
                json.WriteStringValue(Encoded(VerdictText.Way(way)));
            }

            json.WriteEndArray();
            if (verdict.DecidingRule is { } rule)
            {
                json.WriteString(DecidingRule, Encoded(rule));
            }

            json.WriteStartArray(MissingFacts);
            foreach (var fact in verdict.MissingFacts)
            {
                json.WriteStringValue(Encoded(fact));
            }

            json.WriteEndArray();
            WriteApplicability(verdict.Applicability);
        }

        private JsonEncodedText Encoded(string text)
        {
            if (encoded.TryGetValue(text, out var known))
            {
                return known;
            }

            var made = JsonEncodedText.Encode(text, Escaping);
            if (encoded.Count < MostEncoded)
            {
                encoded.Add(text, made);
            }

            return made;
        }

        private JsonEncodedText Day(DateOnly day)
        {
            if (lastDay is not { } last || last.Day != day)
            {
                lastDay = last = (day, JsonEncodedText.Encode(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Escaping));
            }

            return last.Text;
        }

        /// <summary><c>applicability</c>: its status, the day the law applies from and what sets it, and the scope.</summary>
        private void WriteApplicability(Applicability applicability)
        {
            json.WriteStartObject(Applicability);
            json.WriteString(Status, Encoded(VerdictText.Status(applicability.Status)));
            if (applicability.Date is { } date)
            {
                json.WriteString(From, Day(date.From));
                json.WriteStartArray(Citing);
                foreach (var citation in date.Citations)
                {
                    json.WriteStringValue(Encoded(citation.Written));
                }

                json.WriteEndArray();
            }

            if (applicability.Scope is { } scope)
            {
                json.WriteString(Scope, Encoded(scope));
            }

            json.WriteEndObject();
        }
    }
}

/// <summary>
/// Verdicts as CSV, one row per case under a header: line, id, conclusion, outcome, how, deciding_rule, missing_facts
/// (lists separated by <c>;</c>), applicability, applies_from (the day the law applies from, when the rules say) and, when explained, the explanation as its renderer writes it;
/// a cell a spreadsheet would run as a formula is led by a single quote.
/// </summary>
public sealed class CsvVerdicts : VerdictWriter
{
    private readonly IExplanationRenderer? renderer;
    private bool headed;

    public CsvVerdicts(TextWriter output, IExplanationRenderer? renderer)
        : base(output) => this.renderer = renderer;

    public CsvVerdicts(Stream output, IExplanationRenderer? renderer)
        : base(output) => this.renderer = renderer;

    public override IVerdictEncoder Encoder() => new CsvEncoder(renderer);

    public override void Write(ReadOnlySpan<byte> records)
    {
        Head();
        base.Write(records);
    }

    public override void Flush()
    {
        Head();
        base.Flush();
    }

    /// <summary>The header, written with the first row (or at the end of an empty batch), so that an input that cannot be read writes nothing.</summary>
    private void Head()
    {
        if (!headed)
        {
            headed = true;
            var header = new ArrayBufferWriter<byte>();
            header.Write(Encoding.UTF8.GetBytes("line,id,conclusion,outcome,how,deciding_rule,missing_facts,applicability,applies_from" + (renderer is null ? "" : ",explanation")));
            EndLine(header);
            base.Write(header.WrittenSpan);
        }
    }

    private sealed class CsvEncoder(IExplanationRenderer? renderer) : IVerdictEncoder
    {
        private readonly StringBuilder row = new();

        public void Encode(ClassifiedRecord classified, IBufferWriter<byte> into)
        {
            var (record, verdict, explanation) = classified;
            var separator = FactsCsv.SetSeparator.ToString();
            row.Clear();
            row.Append(record.Line > 0 ? record.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            foreach (var cell in new[]
            {
                record.Id ?? "", verdict.Conclusion, VerdictText.Outcome(verdict), string.Join(separator, verdict.How.Select(VerdictText.Way)),
                verdict.DecidingRule ?? "", string.Join(separator, verdict.MissingFacts), VerdictText.Status(verdict.Applicability.Status),
                verdict.Applicability.Date?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            })
            {
                row.Append(',').Append(Csv.Quote(cell));
            }

            if (renderer is not null)
            {
                row.Append(',').Append(explanation is null ? "" : Csv.Quote(VerdictText.Render(renderer, explanation).TrimEnd()));
            }

            var text = row.Append(Environment.NewLine).ToString();
            into.Advance(Encoding.UTF8.GetBytes(text, into.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length))));
        }
    }
}

/// <summary>Verdicts and explanations as text, shared by the writers.</summary>
public static class VerdictText
{
    /// <summary>The outcome of a verdict the law does not apply to (before its date, outside its scope).</summary>
    public const string NotApplicable = "not applicable";

    /// <summary>A verdict's outcome: <c>not applicable</c> when the law does not apply, else yes, no or unknown.</summary>
    public static string Outcome(Verdict verdict) =>
        verdict.Applicability.Status is ApplicabilityStatus.NotYetApplicable or ApplicabilityStatus.OutsideScope ? NotApplicable : Outcome(verdict.Outcome);

    /// <summary>An applicability status as batch output and JSON name it, in every reader's language alike.</summary>
    public static string Status(ApplicabilityStatus status) => status switch
    {
        ApplicabilityStatus.Applies => "applies",
        ApplicabilityStatus.NotYetApplicable => "not yet applicable",
        ApplicabilityStatus.OutsideScope => "outside scope",
        ApplicabilityStatus.ScopeUndetermined => "scope undetermined",
        _ => "not stated",
    };

    public static string Outcome(Truth outcome) => outcome switch
    {
        Truth.Yes => "yes",
        Truth.No => "no",
        _ => "unknown",
    };

    /// <summary>A way a verdict was reached as batch output names it, in every reader's language alike.</summary>
    public static string Way(Way way) => way switch
    {
        Runtime.Way.Met => "met",
        Runtime.Way.Presumed => "presumed",
        Runtime.Way.Estimated => "estimated",
        _ => "rebutted",
    };

    private static readonly JsonSerializerOptions CompactJson = JsonExplanation.Options(indented: false);

    /// <summary>An explanation as its renderer writes it; JSON compact, one line in a record.</summary>
    public static string Render(IExplanationRenderer renderer, Explanation explanation)
    {
        if (renderer.Format == "json")
        {
            return JsonSerializer.Serialize(explanation, CompactJson);
        }

        using var text = new StringWriter();
        renderer.Render(explanation, text);
        return text.ToString();
    }
}
