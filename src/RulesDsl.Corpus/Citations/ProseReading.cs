using System.Collections.Immutable;

namespace RulesDsl.Corpus.Citations;

/// <summary>What a reference read in running text hangs from, before it is resolved against the provision it was
/// read in.</summary>
internal enum ReadingAnchor
{
    /// <summary>Nothing: the paths are whole ids ("Article 51(1), point (a)").</summary>
    None,

    /// <summary>The article the text belongs to: "paragraph 4", "this Article".</summary>
    Article,

    /// <summary>The paragraph the text belongs to: "this paragraph".</summary>
    Paragraph,

    /// <summary>The provision whose points the text is among: "point (a)" in point (b) is its sibling.</summary>
    PointHolder,

    /// <summary>"this Annex": the annex the text belongs to, else the annex named before in the sentence.</summary>
    ThisAnnex,

    /// <summary>"that Annex": the annex named before in the sentence, else the annex the text belongs to.</summary>
    ThatAnnex,

    /// <summary>"that Article": the article named before in the sentence.</summary>
    ThatArticle,

    /// <summary>The act the text belongs to: "this Regulation".</summary>
    ThisAct,

    /// <summary>Another act, or a provision of one: "Regulation (EU) 2019/1020", "Article 6 of that Directive".</summary>
    OtherAct,
}

/// <summary>A reference read in running text, from <paramref name="Start"/> to <paramref name="End"/>.</summary>
/// <param name="Paths">With no anchor, whole ids; else what follows the anchor's id ("__para_1__pnt_a"), empty for
/// the anchor itself. None for an act.</param>
internal sealed record ProseReading(int Start, int End, ReadingAnchor Anchor, ImmutableArray<string> Paths);
