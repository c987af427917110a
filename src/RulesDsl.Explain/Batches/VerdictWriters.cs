using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RulesDsl.Explain.Model;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>A case classified: the record it came from, the verdict, and its explanation when one was asked for.</summary>
public sealed record ClassifiedRecord(FactsRecord Record, Verdict Verdict, Explanation? Explanation);

/// <summary>Where a batch's verdicts go, one output record per case, in the order the cases came.</summary>
public interface IVerdictWriter
{
    void Write(ClassifiedRecord classified);

    void Flush();
}

/// <summary>
/// Verdicts as JSON, one object per case: <c>line</c>, <c>id</c>, <c>conclusion</c>, <c>outcome</c>, <c>how</c>,
/// <c>decidingRule</c>, <c>missingFacts</c>, <c>applicability</c> (<c>status</c>, <c>from</c>, <c>citing</c>, <c>scope</c>) and <c>explanation</c> (an object in the JSON explanation's shape, or the
/// text another renderer writes). Compact, it is JSON Lines; indented, one case reads as a document.
/// </summary>
public sealed class JsonVerdicts : IVerdictWriter
{
    private readonly TextWriter output;
    private readonly IExplanationRenderer? renderer;
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Utf8JsonWriter json;
    private readonly JsonSerializerOptions explanationOptions;

    public JsonVerdicts(TextWriter output, IExplanationRenderer? renderer, bool indented = false)
    {
        this.output = output;
        this.renderer = renderer;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        explanationOptions = JsonExplanation.Options(indented);
    }

    public void Write(ClassifiedRecord classified)
    {
        var (record, verdict, explanation) = classified;
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        if (record.Line > 0)
        {
            json.WriteNumber("line", record.Line);
        }

        if (record.Id is { } id)
        {
            json.WriteString("id", id);
        }

        json.WriteString("conclusion", verdict.Conclusion);
        json.WriteString("outcome", VerdictText.Outcome(verdict));
        Strings("how", verdict.How, VerdictText.Way);
        if (verdict.DecidingRule is { } rule)
        {
            json.WriteString("decidingRule", rule);
        }

        Strings("missingFacts", verdict.MissingFacts, name => name);
        Applicability(verdict.Applicability);
        if (explanation is not null && renderer is not null)
        {
            json.WritePropertyName("explanation");
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
        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public void Flush() => output.Flush();

    /// <summary><c>applicability</c>: its status, the day the law applies from and what sets it, and the scope.</summary>
    private void Applicability(Applicability applicability)
    {
        json.WriteStartObject("applicability");
        json.WriteString("status", VerdictText.Status(applicability.Status));
        if (applicability.Date is { } date)
        {
            json.WriteString("from", date.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Strings("citing", date.Citations, citation => citation.Written);
        }

        if (applicability.Scope is { } scope)
        {
            json.WriteString("scope", scope);
        }

        json.WriteEndObject();
    }

    private void Strings<T>(string name, IReadOnlyList<T> values, Func<T, string> text)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(text(value));
        }

        json.WriteEndArray();
    }
}

/// <summary>
/// Verdicts as CSV, one row per case under a header: line, id, conclusion, outcome, how, deciding_rule, missing_facts
/// (lists separated by <c>;</c>), applicability, applies_from (the day the law applies from, when the rules say) and, when explained, the explanation as its renderer writes it;
/// a cell a spreadsheet would run as a formula is led by a single quote.
/// </summary>
public sealed class CsvVerdicts : IVerdictWriter
{
    private readonly TextWriter output;
    private readonly IExplanationRenderer? renderer;
    private bool headed;

    public CsvVerdicts(TextWriter output, IExplanationRenderer? renderer)
    {
        this.output = output;
        this.renderer = renderer;
    }

    public void Write(ClassifiedRecord classified)
    {
        Head();
        var (record, verdict, explanation) = classified;
        var separator = FactsCsv.SetSeparator.ToString();
        output.Write(record.Line > 0 ? record.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        foreach (var cell in new[]
        {
            record.Id ?? "", verdict.Conclusion, VerdictText.Outcome(verdict), string.Join(separator, verdict.How.Select(VerdictText.Way)),
            verdict.DecidingRule ?? "", string.Join(separator, verdict.MissingFacts), VerdictText.Status(verdict.Applicability.Status),
            verdict.Applicability.Date?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        })
        {
            output.Write(',');
            output.Write(Csv.Quote(cell));
        }

        if (renderer is not null)
        {
            output.Write(',');
            output.Write(explanation is null ? "" : Csv.Quote(VerdictText.Render(renderer, explanation).TrimEnd()));
        }

        output.WriteLine();
    }

    public void Flush()
    {
        Head();
        output.Flush();
    }

    /// <summary>The header, written with the first row (or at the end of an empty batch), so that an input that cannot be read writes nothing.</summary>
    private void Head()
    {
        if (!headed)
        {
            output.WriteLine("line,id,conclusion,outcome,how,deciding_rule,missing_facts,applicability,applies_from" + (renderer is null ? "" : ",explanation"));
            headed = true;
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
