using System.Text;

namespace RulesDsl.Diagnostics;

/// <summary>
/// Text from the inputs (ids, labels, values, titles, paths) as a terminal may show it: a control character (C0, DEL,
/// C1) other than a line feed is written as <c>\uXXXX</c>, so that an id holding ESC[2J clears no screen and a carriage
/// return overwrites no line of the report.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(IsEscaped))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = IsEscaped(c) ? shown.Append($"\\u{(int)c:x4}") : shown.Append(c);
        }

        return shown.ToString();
    }

    private static bool IsEscaped(char c) => c != '\n' && char.IsControl(c);
}
