using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace RulesDsl.Corpus.Reading;

/// <summary>
/// YAML loaded within bounds. YamlDotNet builds its node tree recursively, so 40,000 nested <c>[</c> overflow the stack
/// and abort the process; its event parser keeps its own stack, so a pass over the events measures the depth first.
/// Every exception it throws on input becomes a fault at a position.
/// </summary>
internal static class BoundedYaml
{
    /// <summary>How deep collections may nest: front matter and an act's data files need three or four levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>How many characters a YAML text may have; the shipped files have under a thousand.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>The stream, or null with where and what the fault is (line and column within <paramref name="text"/>).</summary>
    public static YamlStream? Load(string text, out Mark at, out string problem)
    {
        at = Mark.Empty;
        problem = "";
        if (text.Length > MaxLength)
        {
            problem = $"{text.Length:N0} characters is more than the {MaxLength:N0} a YAML text may have";
            return null;
        }

        try
        {
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        at = parser.Current.Start;
                        problem = $"collections nested more than {MaxDepth} deep";
                        return null;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream;
        }
        catch (YamlException e)
        {
            at = e.Start;
            problem = FirstLine(e.Message);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            // Faults YamlDotNet throws without a position, such as a key that a broken flow collection leaves unfinished.
            problem = FirstLine(e.Message);
            return null;
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
