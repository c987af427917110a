using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace RulesDsl.Corpus.Model;

/// <summary>The levels of the Official Journal's structure that an id names, with their EUR-Lex / Akoma Ntoso prefixes.</summary>
public enum ProvisionLevel
{
    Recital,
    Article,
    Paragraph,
    Point,
    Annex,

    /// <summary>A section of an annex whose points restart their numbering (Annex VIII, sections A–C).</summary>
    Section,

    /// <summary>A subparagraph whose list of points restarts the lettering of an earlier list in the same paragraph
    /// (Article 43(1), second subparagraph, points (a) to (c)).</summary>
    Subparagraph,
}

public readonly record struct IdSegment(ProvisionLevel Level, string Label)
{
    public string Prefix => Level switch
    {
        ProvisionLevel.Recital => "rct",
        ProvisionLevel.Article => "art",
        ProvisionLevel.Paragraph => "para",
        ProvisionLevel.Point => "pnt",
        ProvisionLevel.Annex => "anx",
        ProvisionLevel.Section => "sec",
        ProvisionLevel.Subparagraph => "subpara",
        _ => throw new ArgumentOutOfRangeException(nameof(Level), Level, null),
    };

    public override string ToString() => $"{Prefix}_{Label}";
}

/// <summary>
/// A provision's stable id, the same in every language and every version: the eId of the Official Journal text in the
/// EUR-Lex / Akoma Ntoso style (<c>rct_111</c>, <c>art_3__pnt_63</c>, <c>art_51__para_1__pnt_a</c>, <c>anx_XIII__pnt_f</c>).
/// A version whose printed labels differ (the scraped Annex XIII numbers 1–7 what the OJ letters (a)–(g)) keeps its own
/// label on the provision and is given the OJ id.
/// </summary>
public sealed partial record ProvisionId
{
    private ProvisionId(string value) => Value = value;

    public string Value { get; }

    public ImmutableArray<IdSegment> Segments => [.. Value.Split("__").Select(ParseSegment)];

    public IdSegment Last => ParseSegment(Value[(Value.LastIndexOf("__", StringComparison.Ordinal) is var i && i < 0 ? 0 : i + 2)..]);

    /// <summary>The enclosing provision (Article 51 for Article 51(1)), or null at the top.</summary>
    public ProvisionId? Parent =>
        Value.LastIndexOf("__", StringComparison.Ordinal) is var i && i > 0 ? new ProvisionId(Value[..i]) : null;

    public static ProvisionId Recital(int number) => new($"rct_{number}");

    public static ProvisionId Article(int number) => new($"art_{number}");

    /// <summary>An article by its printed number, which may carry the letter of an inserted article ("10a").</summary>
    public static ProvisionId Article(string number) => Parse($"art_{number.ToLowerInvariant()}");

    public static ProvisionId Annex(string romanNumber) => new($"anx_{romanNumber.ToUpperInvariant()}");

    public ProvisionId Paragraph(int number) => new($"{Value}__para_{number}");

    /// <summary>A point of this provision; the label as the OJ prints it without brackets ("a", "63").</summary>
    public ProvisionId Point(string label) => new($"{Value}__pnt_{label.ToLowerInvariant()}");

    /// <summary>Whether a label, as an id writes it ("a", "63", "iv"), can name a point.</summary>
    public static bool IsPointLabel(string label) => PointLabelOnly().IsMatch(label);

    /// <summary>The <paramref name="number"/>th subparagraph of this provision, the Akoma Ntoso <c>subpara</c>.</summary>
    public ProvisionId Subparagraph(int number) => new($"{Value}__subpara_{number}");

    /// <summary>A section of this annex, by the label the OJ prints ("A", "1").</summary>
    public ProvisionId Section(string label) => Parse($"{Value}__sec_{label.ToUpperInvariant()}");

    public ProvisionId Child(IdSegment segment) => new($"{Value}__{segment}");

    public static bool TryParse(string? text, out ProvisionId id)
    {
        id = null!;
        if (text is null || !IdPattern().IsMatch(text))
        {
            return false;
        }

        id = new ProvisionId(text);
        return true;
    }

    /// <summary>An id as a snapshot of this build saved it: valid when saved, and the snapshot is signed, so not parsed again.</summary>
    internal static ProvisionId Saved(string value) => new(value);

    public static ProvisionId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a provision id such as art_51__para_1__pnt_a");

    public bool IsWithin(ProvisionId ancestor) =>
        Value == ancestor.Value || Value.StartsWith(ancestor.Value + "__", StringComparison.Ordinal);

    public override string ToString() => Value;

    private static IdSegment ParseSegment(string segment)
    {
        var underscore = segment.IndexOf('_', StringComparison.Ordinal);
        var level = segment[..underscore] switch
        {
            "rct" => ProvisionLevel.Recital,
            "art" => ProvisionLevel.Article,
            "para" => ProvisionLevel.Paragraph,
            "pnt" => ProvisionLevel.Point,
            "sec" => ProvisionLevel.Section,
            "subpara" => ProvisionLevel.Subparagraph,
            _ => ProvisionLevel.Annex,
        };
        return new IdSegment(level, segment[(underscore + 1)..]);
    }

    // A top-level recital, article or annex, an annex's section ("sec_A", "sec_1"), then any chain of paragraphs and
    // points. Annex sections keep the label the OJ prints, so that points restarting in each stay distinct; a
    // subparagraph is named only where its points restart the lettering of an earlier list.
    [GeneratedRegex(@"^(rct_[0-9]+|art_[0-9]+[a-z]?|anx_[IVXLC]+[a-z]?(__sec_[0-9A-Z]{1,3})?)(__para_[0-9]+[a-z]?|__subpara_[0-9]+|__pnt_" + PointLabelPattern + ")*$")]
    private static partial Regex IdPattern();

    // What a point's id names: a number (with an inserted point's letter), up to three letters, or a Roman numeral.
    private const string PointLabelPattern = "([0-9]+[a-z]?|[a-z]{1,3}|[ivxlc]+)";

    [GeneratedRegex("^" + PointLabelPattern + "$")]
    private static partial Regex PointLabelOnly();
}
