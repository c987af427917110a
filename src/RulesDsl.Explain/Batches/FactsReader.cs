using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>
/// Reads the facts of one case straight from its UTF-8 bytes with <see cref="Utf8JsonReader"/>: no string of the
/// document, no DOM. The names of the rules' facts are resolved to their index once for the reader, and the order of
/// the keys of the last case is kept, so a batch whose cases list their facts alike looks no name up after the first.
/// One reader serves one thread; it reads what <see cref="FactsJson"/> describes, with its messages.
/// </summary>
public sealed class FactsReader
{
    private const string LoneSurrogate = "a lone surrogate (such as \\ud800 without its pair) is not valid Unicode text";
    private const int FewNames = 32;
    private const string ExpectedDate = "expected a date written as \"YYYY-MM-DD\"";
    private const string GivenTwice = "the key is given twice; which value counts would depend on the order of the keys";

    private static readonly JsonReaderOptions Options = new();

    private readonly RuleSetDefinition definition;
    private readonly FactDefinition[] facts;
    private readonly byte[][] names;

    // The index the key of the case's name is found at, after the facts'.
    private readonly int idSlot;
    private readonly byte[][][] setValues;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // The fact at each key's position in the last case (-1: not a fact), tried before any lookup.
    private int[] order = new int[16];

    // The facts read, and the case each fact was last read in, so that nothing is cleared between cases.
    private readonly GivenFacts.Builder given;
    private readonly int[] readIn;
    private int generation;

    // What JSON allows and a case must not hold (a key twice, a lone surrogate) is reported alone, before the values' errors.
    private List<FactError>? invalid;
    private List<FactError>? errors;

    public FactsReader(RuleSetDefinition definition)
    {
        this.definition = definition;
        facts = [.. definition.Facts];
        idSlot = facts.Length;
        names = [.. facts.Select(f => Encoding.UTF8.GetBytes(f.Name)), Encoding.UTF8.GetBytes(FactsJson.IdKey)];
        setValues = [.. facts.Select(f => f.Values.Select(Encoding.UTF8.GetBytes).ToArray())];
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < facts.Length; index++)
        {
            byName.TryAdd(facts[index].Name, index);
        }

        // The case's name is looked up as a fact is, unless a fact has its key.
        byName.TryAdd(FactsJson.IdKey, idSlot);

        lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        given = new GivenFacts.Builder(definition);
        readIn = new int[facts.Length + 1];
    }

    /// <summary>The facts of one JSON document given as UTF-8; a byte that is not UTF-8 is an error naming it.</summary>
    public FactsReading Read(ReadOnlySpan<byte> json) => Reading(Parse(json, out var id), id);

    /// <summary>The case of one line of JSON Lines, as <see cref="FactsRecord.Of"/> makes it of <see cref="Read(ReadOnlySpan{byte})"/>'s reading.</summary>
    internal FactsRecord Record(int line, ReadOnlySpan<byte> json) =>
        Parse(json, out var id) is { } found ? new FactsRecord(line, id, GivenFacts.None, FactsRecord.Located(line, found)) : new FactsRecord(line, id, given.Build(), []);

    /// <summary>
    /// Reads a document's facts into the builder: null when they are all good, else what is wrong. The case's name is
    /// given back beside the errors of its values, not beside a document that is no case at all.
    /// </summary>
    private IReadOnlyList<FactError>? Parse(ReadOnlySpan<byte> json, out string? id)
    {
        id = null;
        if (!Utf8.IsValid(json))
        {
            return [new FactError("$", FactsText.InvalidByteMessage(FirstInvalidByte(json)))];
        }

        Begin();
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                End(ref reader);
                return [new FactError("$", "expected an object of facts, such as {\"training_compute\": 3e25}")];
            }

            var named = Object(ref reader);
            End(ref reader);
            if (invalid is not null)
            {
                return invalid;
            }

            id = named;
        }
        catch (JsonException e)
        {
            return [new FactError("$", $"not valid JSON: {e.Message}")];
        }

        return errors;
    }

    /// <summary>
    /// The facts of one row of cells, the fact of each column given by its index (-1: the case's name): each cell read
    /// as the JSON value it stands for (an amount as a number, yes/no as <c>true</c>/<c>false</c>/<c>yes</c>/<c>no</c>,
    /// a set's values separated by <see cref="FactsCsv.SetSeparator"/>, a date as text), with the messages and paths
    /// reading that JSON gives. An empty cell gives nothing.
    /// </summary>
    public FactsReading Read(IReadOnlyList<string> cells, int[] columns)
    {
        Begin();
        string? id = null;
        for (var column = 0; column < columns.Length; column++)
        {
            var cell = cells[column];
            var index = columns[column];
            if (cell.Length == 0)
            {
                continue;
            }

            if (index < 0)
            {
                id = cell;
                continue;
            }

            var fact = facts[index];
            switch (fact.Kind)
            {
                case FactKind.Quantity:
                    var written = cell.AsSpan().Trim();
                    if (!Runtime.Quantity.TryParse(written, out var amount))
                    {
                        Error(At(fact), $"expected a number of {fact.Unit}");
                    }
                    else if (OutOfRange(amount, fact) is { } why)
                    {
                        Error(At(fact), $"{written} is out of range: {why}");
                    }
                    else
                    {
                        given.Add(index, amount);
                    }

                    break;
                case FactKind.YesNo:
                    if (YesNo(cell) is { } yes)
                    {
                        given.Add(index, yes);
                    }
                    else
                    {
                        Error(At(fact), "expected true or false");
                    }

                    break;
                case FactKind.Date:
                    if (Date(cell, fact) is { } date)
                    {
                        given.Add(index, date);
                    }

                    break;
                default:
                    given.Add(index, Members(cell, index));
                    break;
            }
        }

        return Reading(errors, id);
    }

    /// <summary>A new case: nothing read yet, nothing wrong.</summary>
    private void Begin()
    {
        generation++;
        given.Clear();
        invalid = null;
        errors = null;
    }

    /// <summary>The case read: its facts, or what is wrong with them.</summary>
    private FactsReading Reading(IReadOnlyList<FactError>? found, string? id) =>
        found is not null ? new FactsReading(GivenFacts.None, found, id) : new FactsReading(given.Build(), [], id);

    private static bool? YesNo(string cell) =>
        cell.ToLowerInvariant() switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => null,
        };

    /// <summary>A set's values, separated in one cell; a value that is none of the fact's is an error at its place.</summary>
    private List<string> Members(string cell, int index)
    {
        var fact = facts[index];
        var members = new List<string>();
        var values = cell.Split(FactsCsv.SetSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var at = 0; at < values.Length; at++)
        {
            var member = MemberOf(index, values[at]);
            if (member == NoMember)
            {
                Error($"$.{fact.Name}[{at}]", $"expected one of {string.Join(", ", fact.Values)}");
            }
            else
            {
                members.Add(fact.Values[member]);
            }
        }

        return members;
    }

    /// <summary>Nothing may follow the document but layout: the reader throws at anything else, as a parse of the whole document does.</summary>
    private static void End(ref Utf8JsonReader reader) => _ = reader.Read();

    /// <summary>The case's object, its facts read into their slots; returns the case's name if it gives one.</summary>
    private string? Object(ref Utf8JsonReader reader)
    {
        string? id = null;
        HashSet<string>? others = null;
        var position = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = Index(ref reader, position++, out var name);
            reader.Read();
            if (name is null && index < 0)
            {
                Invalid("$", LoneSurrogate);
                reader.Skip();
                continue;
            }

            var key = index == idSlot ? FactsJson.IdKey : index >= 0 ? facts[index].Name : name!;
            if (index >= 0 ? readIn[index] == generation : !(others ??= new(StringComparer.Ordinal)).Add(key))
            {
                Invalid($"$.{key}", GivenTwice);
            }

            if (index == idSlot)
            {
                readIn[index] = generation;
                id = Id(ref reader, id);
                continue;
            }

            if (index < 0)
            {
                Error($"$.{key}", FactsJson.NoSuchFact(key, definition));
                Validate(ref reader, $"$.{key}");
                continue;
            }

            readIn[index] = generation;
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            var fact = facts[index];
            switch (fact.Kind)
            {
                case FactKind.Quantity:
                    if (Quantity(ref reader, fact) is { } amount)
                    {
                        given.Add(index, amount);
                    }

                    break;
                case FactKind.YesNo when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                    given.Add(index, reader.GetBoolean());
                    break;
                case FactKind.YesNo:
                    Wrong(ref reader, fact, "expected true or false");
                    break;
                case FactKind.Date:
                    if (Date(ref reader, fact) is { } date)
                    {
                        given.Add(index, date);
                    }

                    break;
                default:
                    if (Set(ref reader, index) is { } members)
                    {
                        given.Add(index, members);
                    }

                    break;
            }
        }

        return id;
    }

    /// <summary>The fact a key names (-1 for none), by the last case's key at this position when it is the same.</summary>
    private int Index(ref Utf8JsonReader reader, int position, out string? name)
    {
        name = null;
        if (position == order.Length)
        {
            Array.Resize(ref order, order.Length * 2);
        }

        if (!reader.ValueIsEscaped)
        {
            var key = reader.ValueSpan;
            var guess = order[position];
            if (guess >= 0 && guess < names.Length && key.SequenceEqual(names[guess]))
            {
                return guess;
            }

            // Among a few names the key's bytes are compared with each; among more, its text is looked up by hash.
            for (var at = 0; at < names.Length && names.Length <= FewNames; at++)
            {
                if (key.SequenceEqual(names[at]))
                {
                    order[position] = at;
                    return at;
                }
            }

            Span<char> chars = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
            var written = Encoding.UTF8.GetChars(key, chars);
            if (!lookup.TryGetValue(chars[..written], out var found))
            {
                name = chars[..written].ToString();
                found = -1;
            }

            order[position] = found;
            return found;
        }

        name = Text(ref reader);
        return name is not null && lookup.TryGetValue(name, out var index) ? index : -1;
    }

    private string? Id(ref Utf8JsonReader reader, string? id)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            Error($"$.{FactsJson.IdKey}", "expected the case's name as a string");
            Validate(ref reader, $"$.{FactsJson.IdKey}");
            return id;
        }

        var text = Text(ref reader);
        if (text is null)
        {
            Invalid($"$.{FactsJson.IdKey}", LoneSurrogate);
        }

        return text ?? id;
    }

    private Runtime.Quantity? Quantity(ref Utf8JsonReader reader, FactDefinition fact)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return Amount(reader.ValueSpan, fact, null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Wrong(ref reader, fact, $"expected a number of {fact.Unit}");
            return null;
        }

        // {"value": …, "unit": …}: the unit is checked before the value, as a wrong unit makes any value wrong.
        var path = $"$.{fact.Name}";
        HashSet<string>? keys = null;
        byte[]? number = null;
        var hasValue = false;
        var wrongUnit = (string?)null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Text(ref reader);
            reader.Read();
            if (key is null)
            {
                Invalid(path, LoneSurrogate);
                reader.Skip();
                continue;
            }

            if (!(keys ??= new(StringComparer.Ordinal)).Add(key))
            {
                Invalid($"{path}.{key}", GivenTwice);
            }

            if (key == "value")
            {
                hasValue = true;
                number = reader.TokenType == JsonTokenType.Number ? reader.ValueSpan.ToArray() : null;
            }
            else if (key == "unit" && reader.TokenType == JsonTokenType.String)
            {
                var unit = Text(ref reader);
                if (unit is null)
                {
                    Invalid($"{path}.unit", LoneSurrogate);
                }
                else if (!string.Equals(unit, fact.Unit, StringComparison.OrdinalIgnoreCase))
                {
                    wrongUnit ??= unit;
                }

                continue;
            }

            Validate(ref reader, $"{path}.{key}");
        }

        if (!hasValue)
        {
            Error(path, "expected {\"value\": …, \"unit\": …}");
            return null;
        }

        if (wrongUnit is not null)
        {
            Error($"{path}.unit", $"'{fact.Name}' is measured in {fact.Unit}, not {wrongUnit}");
            return null;
        }

        if (number is null)
        {
            Error($"{path}.value", $"expected a number of {fact.Unit}");
            return null;
        }

        return Amount(number, fact, $"{path}.value");
    }

    /// <summary>A number as written, digit for digit: read as a double, 9.82e24 + 9e22 + 9e22 would no longer be 10^25.</summary>
    /// <param name="path">Where the number is, when not the fact's own value: the path of a good amount is never made.</param>
    private Runtime.Quantity? Amount(ReadOnlySpan<byte> raw, FactDefinition fact, string? path)
    {
        if (!Runtime.Quantity.TryParse(raw, out var amount))
        {
            Error(path ?? At(fact), $"expected a number of {fact.Unit}");
            return null;
        }

        if (OutOfRange(amount, fact) is { } why)
        {
            Error(path ?? At(fact), $"{Encoding.UTF8.GetString(raw)} is out of range: {why}");
            return null;
        }

        return amount;
    }

    /// <summary>Why an amount read cannot be the fact's, or null when it can.</summary>
    private static string? OutOfRange(Runtime.Quantity amount, FactDefinition fact) =>
        amount.IsNegative ? $"an amount of {fact.Unit} is not negative"

        // An amount read is held with its trailing zeros stripped: a negative exponent is a fraction.
        : fact.Unit == "count" && amount.Exponent < 0 ? "a count is a whole number"
        : null;

    private DateOnly? Date(ref Utf8JsonReader reader, FactDefinition fact)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            Wrong(ref reader, fact, ExpectedDate);
            return null;
        }

        var text = Text(ref reader);
        if (text is null)
        {
            Invalid(At(fact), LoneSurrogate);
            return null;
        }

        return Date(text, fact);
    }

    private DateOnly? Date(string text, FactDefinition fact)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(At(fact), ExpectedDate);
            return null;
        }

        return date;
    }

    private List<string>? Set(ref Utf8JsonReader reader, int index)
    {
        var fact = facts[index];
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Wrong(ref reader, fact, $"expected an array of values of {string.Join(", ", fact.Values)}");
            return null;
        }

        var members = new List<string>();
        var at = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var member = reader.TokenType == JsonTokenType.String ? Member(ref reader, index, at) : NoMember;
            if (member == NoMember)
            {
                Error($"$.{fact.Name}[{at}]", $"expected one of {string.Join(", ", fact.Values)}");
                Validate(ref reader, $"$.{fact.Name}[{at}]");
            }
            else if (member >= 0)
            {
                members.Add(fact.Values[member]);
            }

            at++;
        }

        return members;
    }

    private const int NoMember = -1;
    private const int NoText = -2;

    /// <summary>Which of the fact's values a string is: its index, <see cref="NoMember"/>, or <see cref="NoText"/> for a lone surrogate, reported as such.</summary>
    private int Member(ref Utf8JsonReader reader, int index, int at)
    {
        var candidates = setValues[index];
        if (!reader.ValueIsEscaped)
        {
            var text = reader.ValueSpan;
            for (var value = 0; value < candidates.Length; value++)
            {
                if (text.SequenceEqual(candidates[value]))
                {
                    return value;
                }
            }

            return NoMember;
        }

        var unescaped = Text(ref reader);
        if (unescaped is null)
        {
            Invalid($"$.{facts[index].Name}[{at}]", LoneSurrogate);
            return NoText;
        }

        return MemberOf(index, unescaped);
    }

    private int MemberOf(int index, string text)
    {
        var values = facts[index].Values;
        for (var value = 0; value < values.Count; value++)
        {
            if (values[value] == text)
            {
                return value;
            }
        }

        return NoMember;
    }

    /// <summary>A value of the wrong kind: its error, and the value walked for what no case may hold.</summary>
    private void Wrong(ref Utf8JsonReader reader, FactDefinition fact, string message)
    {
        Error(At(fact), message);
        Validate(ref reader, At(fact));
    }

    /// <summary>
    /// What JSON allows and a case must not hold, anywhere in a value: a key given twice (the last would win, so the
    /// order of keys would change a verdict) and a lone surrogate (<c>"\ud800"</c>, which is no text), each at its path.
    /// </summary>
    private void Validate(ref Utf8JsonReader reader, string path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = Text(ref reader);
                    reader.Read();
                    if (name is null)
                    {
                        Invalid(path, LoneSurrogate);
                        reader.Skip();
                        continue;
                    }

                    if (!seen.Add(name))
                    {
                        Invalid($"{path}.{name}", GivenTwice);
                    }

                    Validate(ref reader, $"{path}.{name}");
                }

                break;
            case JsonTokenType.StartArray:
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Validate(ref reader, $"{path}[{index++}]");
                }

                break;
            case JsonTokenType.String when Text(ref reader) is null:
                Invalid(path, LoneSurrogate);
                break;
        }
    }

    /// <summary>The text of a key or string; null where its escapes make a lone surrogate, which System.Text.Json refuses to decode.</summary>
    private static string? Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private void Invalid(string path, string message) => (invalid ??= []).Add(new FactError(path, message));

    /// <summary>The path of a fact's value, made only for a message.</summary>
    private static string At(FactDefinition fact) => $"$.{fact.Name}";

    private void Error(string path, string message) => (errors ??= []).Add(new FactError(path, message));

    /// <summary>The first byte of <paramref name="bytes"/> that starts no UTF-8 character.</summary>
    private static byte FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var length) == System.Buffers.OperationStatus.Done)
        {
            at += length;
        }

        return bytes[at];
    }
}
