using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using RulesDsl.Language.Citing;

namespace RulesDsl.Language.Reviews;

/// <summary>
/// Reads a review record member by member with <see cref="Utf8JsonReader"/>, as <see cref="ReviewRecord.ToJson"/>
/// writes it: the serializer, reading it by reflection, had some 300 methods of its generic code over these types
/// compiled at run time in every <c>check</c>. A member it does not know, or a value of the wrong kind, is an error at
/// the byte where it starts.
/// </summary>
internal static class ReviewRecordJson
{
    /// <summary>What is wrong with a record, and the offset of the byte where it is.</summary>
    public sealed class FormatException(string message, long offset) : Exception(message)
    {
        public long Offset { get; } = offset;
    }

    public static ReviewRecord Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject, "the review record as an object");
        string? rules = null;
        DateOnly reviewedOn = default;
        var citations = default(ImmutableArray<CitedProvision>);
        while (Member(ref reader, out var at) is { } name)
        {
            switch (name)
            {
                case "rules":
                    rules = Text(ref reader);
                    break;
                case "reviewedOn":
                    reviewedOn = Date(ref reader) ?? throw Wrong(ref reader, "a date written as YYYY-MM-DD");
                    break;
                case "citations":
                    citations = Objects(ref reader, "cited provision", Citation);
                    break;
                default:
                    throw Unknown(name, "a review record", at);
            }
        }

        // Nothing but layout may follow the record: the reader throws at anything else.
        reader.Read();
        return new ReviewRecord(rules!, reviewedOn, citations);
    }

    /// <summary>Reads one object of an array, the reader at its opening brace.</summary>
    private delegate T Item<T>(ref Utf8JsonReader reader);

    /// <summary>An array of objects, each read by <paramref name="item"/>; null gives none (the record then lacks it).</summary>
    private static ImmutableArray<T> Objects<T>(ref Utf8JsonReader reader, string what, Item<T> item)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        Expect(ref reader, JsonTokenType.StartArray, $"an array of {what}s");
        var items = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject, $"a {what} as an object");
            items.Add(item(ref reader));
        }

        return items.ToImmutable();
    }

    private static CitedProvision Citation(ref Utf8JsonReader reader)
    {
        string? id = null;
        int? sentence = null;
        var texts = default(ImmutableArray<CitedText>);
        while (Member(ref reader, out var at) is { } name)
        {
            switch (name)
            {
                case "id":
                    id = Text(ref reader);
                    break;
                case "sentence":
                    sentence = Number(ref reader);
                    break;
                case "texts":
                    texts = Objects(ref reader, "cited text", Cited);
                    break;
                default:
                    throw Unknown(name, "a cited provision", at);
            }
        }

        return new CitedProvision(id!, sentence, texts);
    }

    private static CitedText Cited(ref Utf8JsonReader reader)
    {
        string? language = null, sha256 = null;
        DateOnly? version = null;
        int? sentence = null;
        while (Member(ref reader, out var at) is { } name)
        {
            switch (name)
            {
                case "language":
                    language = Text(ref reader);
                    break;
                case "version":
                    version = Date(ref reader);
                    break;
                case "sha256":
                    sha256 = Text(ref reader);
                    break;
                case "sentence":
                    sentence = Number(ref reader);
                    break;
                default:
                    throw Unknown(name, "a cited text", at);
            }
        }

        return new CitedText(language!, version, sha256!, sentence);
    }

    /// <summary>The next member's name and where it starts, the reader moved to its value; null at the end of the object.</summary>
    private static string? Member(ref Utf8JsonReader reader, out long at)
    {
        reader.Read();
        at = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            return null;
        }

        var name = reader.GetString()!;
        reader.Read();
        return name;
    }

    private static string? Text(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw Wrong(ref reader, "text"),
        };

    private static int? Number(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt32(out var number) => number,
            JsonTokenType.Null => null,
            _ => throw Wrong(ref reader, "a whole number"),
        };

    private static DateOnly? Date(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.String when DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
            JsonTokenType.Null => null,
            _ => throw Wrong(ref reader, "a date written as YYYY-MM-DD"),
        };

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw Wrong(ref reader, what);
        }
    }

    private static FormatException Wrong(ref Utf8JsonReader reader, string expected) =>
        new($"expected {expected}", reader.TokenStartIndex);

    /// <summary>A member nobody reads: refused, as a misspelt one would otherwise be passed over in silence.</summary>
    private static FormatException Unknown(string name, string what, long at) => new($"'{name}' is not a member of {what}", at);
}
