using System.Text;

namespace RulesDsl.Fuzz;

/// <summary>The repository's real inputs as seeds: whole small files, and excerpts of the large ones.</summary>
internal static class SeedFiles
{
    /// <summary>Every file under <paramref name="folder"/> whose name ends with one of <paramref name="endings"/>, as inputs of <paramref name="kind"/>.</summary>
    public static IEnumerable<FuzzInput> Files(string folder, string kind, params string[] endings) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => endings.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Where(f => new FileInfo(f).Length <= Mutator.MaxLength / 4)
                .Order(StringComparer.Ordinal)
                .Select(f => new FuzzInput(kind, File.ReadAllBytes(f)))
            : [];

    /// <summary>
    /// A large source cut into pieces of about <paramref name="size"/> bytes at line starts, each behind the file's own
    /// front matter: the whole act on every input would make the reader, not the input, the cost.
    /// </summary>
    public static IEnumerable<FuzzInput> Excerpts(string file, string kind, int count, int size)
    {
        var text = File.ReadAllText(file);
        var front = text.StartsWith("---\n", StringComparison.Ordinal) ? text[..(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)] : "";
        var step = (text.Length - front.Length) / count;
        for (var i = 0; i < count; i++)
        {
            var start = text.IndexOf('\n', front.Length + i * step) + 1;
            var length = Math.Min(size, text.Length - start);
            yield return new FuzzInput(kind, Encoding.UTF8.GetBytes(front + text.Substring(start, length)));
        }
    }

    /// <summary>The fenced blocks of one language in a Markdown page (the examples of docs/language.md).</summary>
    public static IEnumerable<FuzzInput> Fenced(string file, string language, string kind)
    {
        var block = new StringBuilder();
        var inside = false;
        foreach (var line in File.ReadLines(file))
        {
            if (!inside && line == "```" + language)
            {
                inside = true;
                block.Clear();
            }
            else if (inside && line == "```")
            {
                inside = false;
                yield return new FuzzInput(kind, Encoding.UTF8.GetBytes(block.ToString()));
            }
            else if (inside)
            {
                block.Append(line).Append('\n');
            }
        }
    }
}
