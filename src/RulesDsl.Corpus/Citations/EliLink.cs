using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>The kinds of act of the Official Journal (L series) that the Publications Office gives an ELI.</summary>
public enum ActType
{
    Regulation,
    ImplementingRegulation,
    DelegatedRegulation,
    Directive,
    ImplementingDirective,
    DelegatedDirective,
    Decision,
    ImplementingDecision,
    DelegatedDecision,
}

/// <summary>
/// ELI (European Legislation Identifier) links to an act and its provisions.
/// <para>
/// What is documented: the Publications Office's URI template for EU acts is
/// <c>http://data.europa.eu/eli/{typedoc}/{year}/{naturalnumber}/oj</c>, typedoc <c>reg</c>, <c>reg_impl</c>,
/// <c>reg_del</c>, <c>dir</c>, … (ELI register, https://eur-lex.europa.eu/eli-register/eu_publications_office.html).
/// EUR-Lex's ELI help page (https://eur-lex.europa.eu/content/help/eurlex-content/eli.html) says ELI "is progressively
/// extending its scope to subdivisions of acts (citations, recitals, articles, etc.)" and gives one example, an
/// article: https://eur-lex.europa.eu/eli/reg/2019/1241/art_2/oj. No template is published for recitals, paragraphs,
/// points or annexes, so <see cref="ArticleEli"/> is offered for articles only.
/// </para>
/// <para>
/// Every provision can be linked as the act's ELI plus a fragment: the act's HTML on EUR-Lex marks each recital,
/// article and annex with an id (<c>rct_111</c>, <c>art_51</c>, <c>anx_XIII</c>, the first part of our ids), and a
/// browser keeps the fragment across the ELI's redirect to that page (RFC 9110, 10.2.2). Those ids are seen in the
/// published HTML, not documented; paragraphs and points have no such id, so their link goes to the enclosing article
/// or annex.
/// </para>
/// </summary>
public sealed partial record EliLink
{
    public EliLink(ActType type, int year, int number)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "not a kind of act that has an ELI");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Type = type;
        Year = year;
        Number = number;
    }

    public ActType Type { get; }

    public int Year { get; }

    public int Number { get; }

    /// <summary>The act's ELI, e.g. http://data.europa.eu/eli/reg/2024/1689/oj for Regulation (EU) 2024/1689.</summary>
    public Uri Act => new($"http://data.europa.eu/eli/{Path}/oj");

    public static EliLink Regulation(int year, int number) => new(ActType.Regulation, year, number);

    /// <summary>Finds an act's ELI written in a text, such as a source note or the "ELI: …" line EUR-Lex ends an act with.</summary>
    public static EliLink? Find(string? text)
    {
        var match = text is null ? Match.Empty : ActEli().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var type = Enum.GetValues<ActType>().First(t => TypeSegmentOf(t) == match.Groups["type"].Value);
        return new EliLink(type, int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The EUR-Lex fragment for a provision: the id of the recital, article or annex that holds it.</summary>
    public static string Anchor(ProvisionId id) => id.Segments[0].ToString();

    /// <summary>A link to a provision: the act's ELI and the provision's <see cref="Anchor"/>, e.g.
    /// http://data.europa.eu/eli/reg/2024/1689/oj#art_51 for Article 51(1), point (a).</summary>
    public Uri ToProvision(ProvisionId id) => new($"{Act}#{Anchor(id)}");

    /// <summary>The subdivision ELI of the article that holds a provision, in the documented form
    /// (https://eur-lex.europa.eu/eli/reg/2024/1689/art_51/oj), or null for a provision outside an article.</summary>
    public Uri? ArticleEli(ProvisionId id) =>
        id.Segments[0] is { Level: ProvisionLevel.Article } article
            ? new($"https://eur-lex.europa.eu/eli/{Path}/{article}/oj")
            : null;

    public override string ToString() => Act.ToString();

    private string Path => $"{TypeSegment}/{Year}/{Number}";

    private string TypeSegment => TypeSegmentOf(Type);

    private static string TypeSegmentOf(ActType type) => type switch
    {
        ActType.Regulation => "reg",
        ActType.ImplementingRegulation => "reg_impl",
        ActType.DelegatedRegulation => "reg_del",
        ActType.Directive => "dir",
        ActType.ImplementingDirective => "dir_impl",
        ActType.DelegatedDirective => "dir_del",
        ActType.Decision => "dec",
        ActType.ImplementingDecision => "dec_impl",
        ActType.DelegatedDecision => "dec_del",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    // A year from 1000 and an act number of at most nine digits (it fits an int), as an EliLink takes them: anything else
    // names no act and is no ELI.
    [GeneratedRegex(@"http://data\.europa\.eu/eli/(?<type>(reg|dir|dec)(_impl|_del)?)/(?<year>[1-9][0-9]{3})/(?<number>[1-9][0-9]{0,8})/oj\b")]
    private static partial Regex ActEli();
}
