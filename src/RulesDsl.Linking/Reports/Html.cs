using System.Globalization;
using System.Net;
using System.Text;

namespace RulesDsl.Linking.Reports;

/// <summary>Escaping and naming for the linked HTML: every text goes through <see cref="Encode"/>, every file name and
/// element id through <see cref="SafeName"/>.</summary>
internal static class Html
{
    /// <summary>Marks the index of a folder this renderer wrote, so that only such a folder is ever replaced.</summary>
    public const string Generator = "<meta name=\"generator\" content=\"RulesDsl linked HTML\">";

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// A name that is safe as a file name, a path segment, an element id and a URL fragment alike: ASCII letters, digits,
    /// '-' and '_' stay; any other character becomes '~', its code point in hex, '~'. Since '~' is escaped too, two
    /// different names never give the same safe name.
    /// </summary>
    public static string SafeName(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '_'))
            {
                safe.Append((char)rune.Value);
            }
            else
            {
                safe.Append('~').Append(rune.Value.ToString("x", CultureInfo.InvariantCulture)).Append('~');
            }
        }

        return safe.ToString();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The start of every page, with its inline style sheet: no scripts, fonts or images from anywhere.</summary>
    public static void Open(StringBuilder html, string language, string title)
    {
        html.Append("<!DOCTYPE html>\n")
            .Append("<html lang=\"").Append(Encode(language)).Append("\">\n")
            .Append("<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(Generator).Append('\n')
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(Style.ReplaceLineEndings("\n")).Append("</style>\n")
            .Append("</head>\n")
            .Append("<body>\n");
    }

    public static void Close(StringBuilder html) => html.Append("</body>\n</html>\n");

    private const string Style = """
        body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: #1b1b1b; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
        nav, footer, .meta, section > h2, ul.list, ol.list { font: 14px/1.45 system-ui, sans-serif; }
        nav { color: #555; margin-bottom: .6rem; }
        nav.languages a, nav.languages strong, nav.languages span { margin-right: .5rem; }
        h1 { font-size: 1.5rem; margin: .4rem 0; }
        h1 .heading { display: block; font-size: 1.1rem; font-weight: normal; }
        .meta { color: #555; margin: .2rem 0; }
        .text { margin: 1.2rem 0; }
        .sentence:target { background: #fff1a8; }
        a { color: #0b57a4; }
        a.ref { text-decoration: none; border-bottom: 1px solid #8fb3d9; }
        a.mention { border-bottom-style: dotted; }
        a.fallback { color: #8a4b00; border-bottom: 1px dashed #c98b3a; }
        a.external { color: #4b3a8a; }
        span.unresolved, span.missing { background: #fdecec; border-bottom: 1px dashed #b00020; }
        .absent { color: #999; }
        section > h2 { font-size: 1rem; color: #333; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #ddd; }
        ul.list, ol.list { padding-left: 1.4rem; }
        ul.list li.depth-1 { margin-left: 1.2rem; }
        ul.list li.depth-2 { margin-left: 2.4rem; }
        ul.list li.depth-3 { margin-left: 3.6rem; }
        footer { margin-top: 2rem; border-top: 1px solid #ddd; padding-top: .6rem; color: #555; }

        """;
}
