using System.Text.RegularExpressions;
using RulesDsl.Import.Writing;
using static RulesDsl.Import.Tests.Sources;

namespace RulesDsl.Import.Tests;

public sealed partial class CorpusMarkdownWriterTests
{
    private static readonly Lazy<string> DutchMarkdown = new(() => CorpusMarkdownWriter.Write(Nl.Act));
    private static readonly Lazy<string> EnglishMarkdown = new(() => CorpusMarkdownWriter.Write(En.Act));

    [Test]
    public void Dutch_Article_51_is_written_as_the_format_describes()
    {
        var markdown = DutchMarkdown.Value;
        var start = markdown.IndexOf("## HOOFDSTUK V ^cpt_V\n", StringComparison.Ordinal);
        var block = markdown[start..markdown.IndexOf("#### Artikel 52 ", StringComparison.Ordinal)];

        block.ShouldBe("""
            ## HOOFDSTUK V ^cpt_V

            ### AI-MODELLEN VOOR ALGEMENE DOELEINDEN ^cpt_V

            ## AFDELING 1 ^cpt_V.sct_1

            ### Classificatieregels ^cpt_V.sct_1

            #### Artikel 51 ^art_51

            ##### Classificatie van AI-modellen voor algemene doeleinden als AI-modellen voor algemene doeleinden met een systeemrisico ^art_51

            1\. Een AI-model voor algemene doeleinden wordt geclassificeerd als een AI-model voor algemene doeleinden met een systeemrisico als het aan één van de volgende voorwaarden voldoet: ^art_51__para_1

            a\) het beschikt over capaciteiten met een grote impact die worden geëvalueerd op basis van passende technische instrumenten en methoden, met inbegrip van indicatoren en benchmarks; ^art_51__para_1__pnt_a

            b\) op grond van een besluit van de Commissie, ambtshalve of naar aanleiding van een gekwalificeerde waarschuwing van het wetenschappelijk panel, heeft het AI-model vergelijkbare capaciteiten of een vergelijkbare impact als beschreven in punt a), met inachtneming van de criteria in bijlage XIII. ^art_51__para_1__pnt_b

            2\. Een AI-model voor algemene doeleinden wordt geacht capaciteiten met een grote impact overeenkomstig lid 1, punt a), te hebben wanneer de cumulatieve hoeveelheid berekeningen die wordt gebruikt om het model te trainen, gemeten in zwevendekommabewerkingen, groter is dan 10<sup>25</sup>. ^art_51__para_2

            3\. De Commissie stelt overeenkomstig artikel 97 gedelegeerde handelingen vast om de in de leden 1 en 2 van dit artikel genoemde drempelwaarden te wijzigen en benchmarks en indicatoren zo nodig aan te vullen in het licht van veranderende technologische ontwikkelingen, zoals algoritmische verbeteringen of verhoogde efficiëntie van de hardware, zodat deze drempels de stand van de techniek weerspiegelen. ^art_51__para_3


            """.Replace("\r\n", "\n"));
    }

    [Test]
    public void English_labels_in_brackets_need_no_escape()
    {
        var markdown = EnglishMarkdown.Value;

        markdown.ShouldContain("\n(a) it has high impact capabilities evaluated on the basis of appropriate technical tools and methodologies, including indicators and benchmarks; ^art_51__para_1__pnt_a\n");
        markdown.ShouldContain("\n(63) ‘general-purpose AI model’ means");
        markdown.ShouldContain("\n#### ANNEX XIII ^anx_XIII\n");
        markdown.ShouldContain("\n###### Section A ^anx_VIII__sec_A\n");
    }

    [Test]
    public void Front_matter_frame_and_footnotes_are_where_the_format_puts_them()
    {
        var markdown = DutchMarkdown.Value;

        markdown.ShouldStartWith("---\nact: eu-ai-act\nlanguage: nl\nversion: 2024-07-12\nstatus: published\ntitle: \"VERORDENING (EU) 2024/1689 VAN HET EUROPEES PARLEMENT EN DE RAAD van 13 juni 2024 tot vaststelling");
        markdown.ShouldContain("\neli: http://data.europa.eu/eli/reg/2024/1689/oj\n");
        markdown.ShouldContain("\n::: preamble\nHET EUROPEES PARLEMENT EN DE RAAD VAN DE EUROPESE UNIE,\n\nGezien het Verdrag");
        markdown.ShouldContain("Gezien het advies van het Europees Economisch en Sociaal Comité [^1],");
        markdown.ShouldContain("Overwegende hetgeen volgt:\n:::\n\n(1) Deze verordening heeft ten doel");
        markdown.ShouldContain("\n::: preamble\nHEBBEN DE VOLGENDE VERORDENING VASTGESTELD:\n:::\n\n## HOOFDSTUK I ^cpt_I\n");
        markdown.ShouldContain("\n::: signature\nGedaan te Brussel, 13 juni 2024.\n\nVoor het Europees Parlement\n");
        markdown.ShouldEndWith("[^58]: Richtlijn (EU) 2020/1828 van het Europees Parlement en de Raad van 25 november 2020 betreffende representatieve vorderingen ter bescherming van de collectieve belangen van consumenten en tot intrekking van Richtlijn 2009/22/EG (PB L 409 van 4.12.2020, blz. 1).\n");
        markdown.ShouldNotContain("ISSN");
        markdown.ShouldNotContain("\r");
    }

    [Test]
    public void Every_Official_Journal_source_is_written_as_published()
    {
        // The OJ HTML (Dutch), the whole EUR-Lex page (English) and the Formex package (English).
        foreach (var act in new[] { Nl.Act, En.Act, Formex.FormexFiles.Act })
        {
            var frontMatter = CorpusMarkdownWriter.Write(act).Split("\n---\n", 2)[0];

            frontMatter.Split('\n').Where(line => line.StartsWith("status:", StringComparison.Ordinal)).ShouldBe(["status: published"], act.Sources[0].Path);
        }
    }

    [Test]
    public void The_status_written_is_the_one_the_reader_infers_without_it()
    {
        var markdown = DutchMarkdown.Value;
        var unsaid = markdown.Replace("\nstatus: published\n", "\n", StringComparison.Ordinal);
        unsaid.ShouldNotBe(markdown);
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/nl/oj.md", markdown);
        corpus.Write("eu-ai-act/nl/unsaid.md", unsaid.Replace("version: 2024-07-12", "version: 2024-07-13", StringComparison.Ordinal));

        var read = corpus.Read();

        var statuses = read.Provisions.GroupBy(p => p.Version).ToDictionary(g => g.Key!.Value, g => g.Select(p => p.Status).Distinct().ToList());
        statuses[new DateOnly(2024, 7, 12)].ShouldBe([Corpus.Model.TextStatus.Published]);
        statuses[new DateOnly(2024, 7, 13)].ShouldBe([Corpus.Model.TextStatus.Published]);
    }

    [Test]
    public void Every_paragraph_outside_the_frame_and_notes_ends_with_its_id()
    {
        var markdown = DutchMarkdown.Value;
        var body = markdown[markdown.IndexOf("\n(1) ", StringComparison.Ordinal)..markdown.IndexOf("\n::: final", StringComparison.Ordinal)];
        var blocks = body.Split("\n\n").Select(b => b.Trim('\n')).Where(b => b.Length > 0 && !b.StartsWith(":::", StringComparison.Ordinal) && !b.EndsWith(":::", StringComparison.Ordinal)).ToList();

        blocks.ShouldAllBe(b => BlockId().IsMatch(b));
        blocks.Count.ShouldBeGreaterThan(1800);
    }

    [Test]
    public void The_same_act_gives_the_same_text()
    {
        CorpusMarkdownWriter.Write(Nl.Act).ShouldBe(DutchMarkdown.Value);
    }

    [GeneratedRegex(@"^[^\n]+ \^[A-Za-z0-9_.]+$")]
    private static partial Regex BlockId();
}
