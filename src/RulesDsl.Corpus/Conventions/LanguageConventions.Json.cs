using System.Text.Json;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Conventions;

// A data file read member by member from a JsonDocument rather than by the reflection serializer: every command that
// reads a language starts here, and the serializer's code for types of ours is compiled at run time, not ahead of it
// (it was most of the 190 ms the conventions took to load in a ReadyToRun process).
internal sealed partial record LanguageConventions
{
    /// <summary>The shape of a data file, or null with the problems found: every member required unless the shape gives it a default, none unknown.</summary>
    private static (ConventionsFile? File, IReadOnlyList<string> Problems) Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        var problems = new List<string>();
        var file = new Members(document.RootElement, "", problems).Shape(o => new ConventionsFile(
            o.Text("language"),
            o.Required("numbers", n => new NumberStyle(n.Character("decimalSign"), n.Character("thousandsSign"))),
            o.Required("sentences", s => new SentenceFile(s.Texts("abbreviations"), s.Texts("endBeforeCapital"), s.Flag("ordinalDays"))),
            o.Texts("months"),
            o.Required("citations", CitationMembers),
            o.Required("prose", ProseMembers),
            o.Optional("explanation", e => new ExplanationFile(e.TextMap("words"), e.TextMap("languages"))),
            o.Optional("comparisons", c => new ComparisonFile(c.Texts("greaterThan"), c.Texts("atLeast"), c.Texts("lessThan"), c.Texts("atMost"))),
            o.Optional("numberWords", n => n.NumberMap()),
            o.Optional("periods", p => new PeriodFile(p.Texts("days"), p.Texts("weeks"), p.Texts("months"), p.Texts("years")))));
        return problems.Count > 0 ? (null, problems) : (file, problems);
    }

    private static CitationFile CitationMembers(Members c) => new(
        c.Choice<CitationOrder>("order"), c.Choices<ProvisionLevel>("numberFirst"), c.Texts("article"), c.Texts("annex"), c.Texts("recital"),
        c.Texts("articleSuffix"), c.Texts("annexSuffix"), c.Texts("recitalSuffix"), c.Texts("recitalAfter"), c.Texts("ownerArticle"),
        c.Texts("ownerAnnex"), c.Texts("ownerParagraph"), c.Choice<PointLabelForm>("recitalLabel"), c.Flag("ownerBefore"),
        c.Choice<ParagraphForm>("paragraphForm"), c.Texts("paragraph"), c.Choice<PointLabelForm>("paragraphLabel"), c.Texts("letteredPoint"),
        c.Texts("numberedPoint"), c.Text("separator"), c.Choice<PointLabelForm>("letteredLabel"), c.Choice<PointLabelForm>("numberedLabel"),
        c.Texts("pointLetters"),
        c.Required("plurals", p => new PluralFile(p.Texts("article"), p.Texts("annex"), p.Texts("recital"), p.Texts("paragraph"), p.Texts("point"))));

    private static ProseFile ProseMembers(Members p) => new(
        p.Texts("and"), p.Texts("through"), p.Texts("of"), p.Texts("this"), p.Texts("ofThis"), p.Texts("that"), p.Texts("acts"),
        p.Texts("thisActs"), p.Texts("institutionsBefore"), p.Texts("institutionsAfter"), p.Texts("numberPrefix"), p.Texts("dateOf"),
        p.Texts("dateJoin"), p.Texts("treaties"), p.Texts("subparagraph"), p.Texts("ordinals"), p.Texts("the"), p.Texts("from"));

    /// <summary>
    /// The members of one JSON object, each read once by name; what is missing, null where a value is required, of the
    /// wrong kind, or not a member of the shape is a problem at its path ("citations.separator"), and reads as a default
    /// so that every problem of the file is found in one pass.
    /// </summary>
    private sealed class Members(JsonElement element, string path, List<string> problems)
    {
        private readonly HashSet<string> read = new(StringComparer.Ordinal);

        /// <summary>The object read into a shape, with a problem for each member the shape did not read.</summary>
        public T Shape<T>(Func<Members, T> shape)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem(path.Length == 0 ? "the file" : path.TrimEnd('.'), $"expected an object, found {Kind(element)}");
                return shape(new Members(EmptyObject, path, []));
            }

            var value = shape(this);
            foreach (var member in element.EnumerateObject().Where(m => !read.Contains(m.Name)))
            {
                Problem(path + member.Name, "is not a member of a conventions file (misspelt?)");
            }

            return value;
        }

        public T Required<T>(string name, Func<Members, T> shape) =>
            Value(name, JsonValueKind.Object, required: true) is { } found
                ? new Members(found, path + name + ".", problems).Shape(shape)
                : shape(new Members(EmptyObject, path + name + ".", []));

        public T? Optional<T>(string name, Func<Members, T> shape)
            where T : class =>
            Value(name, JsonValueKind.Object, required: false) is { } found ? new Members(found, path + name + ".", problems).Shape(shape) : null;

        public string Text(string name) => Value(name, JsonValueKind.String, required: true)?.GetString() ?? "";

        public char Character(string name) => Text(name) switch
        {
            [var single] => single,
            "" => default,
            var other => Problem(path + name, $"expected one character, found '{other}'", default(char)),
        };

        public bool Flag(string name) =>
            Value(name, JsonValueKind.True, required: true) is { } found && found.ValueKind == JsonValueKind.True;

        /// <summary>A list of words; a null among them is kept, for the file's check to name.</summary>
        public string[] Texts(string name) =>
            Value(name, JsonValueKind.Array, required: true) is { } found
                ? [.. found.EnumerateArray().Select((item, index) => item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString()!,
                    JsonValueKind.Null => null!,
                    _ => Problem($"{path}{name}[{index}]", $"expected a word, found {Kind(item)}", ""),
                })]
                : [];

        public T Choice<T>(string name)
            where T : struct, Enum =>
            Value(name, JsonValueKind.String, required: true) is { } found ? Named<T>(found, path + name) : default;

        public T[] Choices<T>(string name)
            where T : struct, Enum =>
            Value(name, JsonValueKind.Array, required: true) is { } found
                ? [.. found.EnumerateArray().Select((item, index) => Named<T>(item, $"{path}{name}[{index}]"))]
                : [];

        public Dictionary<string, string> TextMap(string name) =>
            Value(name, JsonValueKind.Object, required: true) is { } found
                ? found.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.ValueKind == JsonValueKind.String
                    ? m.Value.GetString()!
                    : Problem($"{path}{name}.{m.Name}", $"expected a word, found {Kind(m.Value)}", ""), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>This object as a map of words to whole numbers.</summary>
        public Dictionary<string, int> NumberMap()
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in element.EnumerateObject())
            {
                read.Add(member.Name);
                map[member.Name] = member.Value.ValueKind == JsonValueKind.Number && member.Value.TryGetInt32(out var number)
                    ? number
                    : Problem(path + member.Name, $"expected a whole number, found {Kind(member.Value)}", 0);
            }

            return map;
        }

        /// <summary>The member of the kind expected; null (a problem when required) when it is missing or null, or of another kind.</summary>
        private JsonElement? Value(string name, JsonValueKind kind, bool required)
        {
            read.Add(name);
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return required ? Problem(path + name, "is missing (or null), and is required", (JsonElement?)null) : null;
            }

            var matches = kind == JsonValueKind.True ? value.ValueKind is JsonValueKind.True or JsonValueKind.False : value.ValueKind == kind;
            return matches ? value : Problem(path + name, $"expected {Kind(kind)}, found {Kind(value)}", (JsonElement?)null);
        }

        /// <summary>A choice written as its name in camel case ("outermostFirst"), never as a number.</summary>
        private T Named<T>(JsonElement item, string at)
            where T : struct, Enum
        {
            var written = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            var names = Enum.GetNames(typeof(T));
            var index = Array.FindIndex(names, n => JsonNamingPolicy.CamelCase.ConvertName(n) == written);
            return index >= 0
                ? (T)Enum.Parse(typeof(T), names[index])
                : Problem(at, $"expected one of {string.Join(", ", names.Select(JsonNamingPolicy.CamelCase.ConvertName))}, found {(written is null ? Kind(item) : $"'{written}'")}", default(T));
        }

        private void Problem(string at, string what) => problems.Add($"{at}: {what}");

        private TValue Problem<TValue>(string at, string what, TValue value)
        {
            Problem(at, what);
            return value;
        }

        private static string Kind(JsonElement value) => Kind(value.ValueKind);

        private static string Kind(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "true or false",
            _ => "null",
        };

        private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;
    }
}
