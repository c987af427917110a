using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Html;

/// <summary>
/// The older Cellar XHTML of acts before 2023: one flat run of blocks without ids (<c>doc-ti</c>, <c>ti-section-1</c>,
/// <c>ti-art</c>, <c>sti-art</c>, <c>normal</c>, tables for recitals and points, <c>final</c>, <c>signatory</c>,
/// <c>note</c>). Structure comes from the classes and the place of each block: a <c>ti-art</c> opens an article until
/// the next; a <c>normal</c> block that opens with a number label ("1.", "(1)") opens a paragraph; a heading of the
/// word the first chapter heading uses opens a chapter, one of another word a section within it; a <c>doc-ti</c> after
/// the articles opens an annex.
/// </summary>
internal sealed partial class OjDocumentReader
{
    public ReadDocument? ReadCellar()
    {
        var blocks = Blocks(root).ToList();
        var cellar = new CellarState(this);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (cellar.Annex is { } annex && !OjClasses.Has(block, "note") && !(OjClasses.Has(block, "doc-ti") && cellar.AnnexTitles >= 2))
            {
                cellar.AnnexTitles += OjClasses.Has(block, "doc-ti") ? 1 : 0;
                annex.Add(block);
                continue;
            }

            switch (block)
            {
                case { LocalName: "table" } when block.QuerySelector("[class*='hd-']") is not null:
                    SetAside(block, "the Official Journal's page header");
                    break;
                case var _ when OjClasses.Has(block, "doc-ti") && !cellar.InEnactingTerms && cellar.Annex is null:
                    AddFrame(FrameKind.Title, [block]);
                    break;
                case var _ when OjClasses.Has(block, "doc-ti"):
                    cellar.CloseAll();
                    cellar.Annex = [block];
                    cellar.AnnexTitles = 1;
                    break;
                case var _ when OjClasses.Has(block, "ti-section-1"):
                    cellar.OpenDivision(block);
                    break;
                case var _ when OjClasses.Has(block, "ti-section-2"):
                    cellar.TitleDivision(HtmlImporter.PlainText(block));
                    break;
                case var _ when OjClasses.Has(block, "ti-art"):
                    cellar.OpenArticle(block);
                    break;
                case var _ when OjClasses.Has(block, "sti-art") && cellar.Article is { } titled:
                    titled.Title = HtmlImporter.PlainText(block);
                    break;
                case var _ when OjClasses.Has(block, "final") || IsSignature(block):
                    cellar.CloseAll();
                    var closing = blocks.Skip(i).TakeWhile(b => OjClasses.Has(b, "final") || IsSignature(b)).ToList();
                    ReadFinal(closing);
                    i += closing.Count - 1;
                    break;
                case var _ when OjClasses.Has(block, "note"):
                    ReadNote(block);
                    break;
                case { LocalName: "hr" }:
                    break;
                case var _ when cellar.Article is not null:
                    cellar.ReadArticleBlock(block);
                    break;
                case { LocalName: "table" } when PointRows(block).ToList() is [var (label, _)] && RecitalLabel().Match(HtmlImporter.PlainText(label)) is { Success: true } recital:
                    body.Add(ReadRecital(block, ProvisionId.Recital(int.Parse(recital.Groups[1].Value, CultureInfo.InvariantCulture))));
                    cellar.RecitalsSeen = true;
                    break;
                default:
                    AddFrame(cellar.RecitalsSeen ? FrameKind.Enacting : FrameKind.Preamble, [block]);
                    break;
            }
        }

        cellar.CloseAll();
        return Finish();
    }

    private static bool IsSignature(IElement block) =>
        OjClasses.Has(block, "signatory") || block.QuerySelector(".signatory") is not null;

    /// <summary>The blocks of the document in order, through the plain divs that only wrap them.</summary>
    private static IEnumerable<IElement> Blocks(IElement container)
    {
        foreach (var child in container.Children)
        {
            if (child.LocalName == "div" && child.ClassList.Length == 0)
            {
                foreach (var inner in Blocks(child))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return child;
            }
        }
    }

    /// <summary>The number a heading prints: digits (with an inserted article's letter) or a Roman numeral.</summary>
    private static string HeadingNumber(string heading) =>
        NumberToken().Matches(heading) is { Count: > 0 } numbers ? numbers[^1].Value : heading;

    /// <summary>Where the flat run of Cellar blocks stands: the open chapter, section, article, paragraph or annex.</summary>
    private sealed class CellarState(OjDocumentReader reader)
    {
        private string? chapterWord;
        private CellarDivision? chapter;
        private CellarDivision? section;
        private ContentBuilder? paragraph;

        public ContentBuilder? Article { get; private set; }

        public List<IElement>? Annex { get; set; }

        public int AnnexTitles { get; set; }

        public bool RecitalsSeen { get; set; }

        public bool InEnactingTerms => chapter is not null || Article is not null || reader.body.Any(n => n is not ImportedProvision { Id.Last.Level: ProvisionLevel.Recital });

        private List<ImportedNode> Into => section?.Children ?? chapter?.Children ?? reader.body;

        public void OpenDivision(IElement heading)
        {
            CloseArticle();
            var label = HtmlImporter.PlainText(heading);
            var word = label.Split(' ')[0];
            if (chapter is null || word == chapterWord)
            {
                CloseDivisions();
                chapterWord = word;
                chapter = new CellarDivision($"cpt_{HeadingNumber(label)}", label, reader.At(heading));
            }
            else
            {
                CloseSection();
                section = new CellarDivision($"{chapter.Id}.sct_{HeadingNumber(label)}", label, reader.At(heading));
            }
        }

        public void TitleDivision(string title)
        {
            if ((section ?? chapter) is { } division)
            {
                division.Title = title;
            }
        }

        public void OpenArticle(IElement heading)
        {
            CloseArticle();
            var label = HtmlImporter.PlainText(heading);
            Article = new ContentBuilder(ProvisionId.Article(HeadingNumber(label)), label, reader.At(heading));
        }

        /// <summary>A block of an article: a numbered paragraph opens a paragraph; text and points go to the one open.</summary>
        public void ReadArticleBlock(IElement block)
        {
            var text = HtmlImporter.PlainText(block);
            var token = text.Split(' ')[0];
            if (block.LocalName == "p" && ContentBuilder.IsLabel(token) && int.TryParse(token.Trim('(', ')', '.'), CultureInfo.InvariantCulture, out var number))
            {
                CloseParagraph();
                paragraph = new ContentBuilder(Article!.Id.Paragraph(number), token, reader.At(block));
                paragraph.AddText(reader.inline.Read(block, paragraph.Id));
                paragraph.TakeLeadingLabel();
                return;
            }

            reader.ReadElementContent(block, paragraph ?? Article!, articleNumber: null);
        }

        public void CloseAll()
        {
            CloseDivisions();
            if (Annex is { Count: > 0 } annex)
            {
                var label = HtmlImporter.PlainText(annex[0]);
                var number = HeadingNumber(label);
                var id = ProvisionId.TryParse($"anx_{number}", out var numbered) ? numbered : ProvisionId.Annex("I");
                reader.body.Add(reader.ReadAnnex(annex, id, reader.At(annex[0])));
                Annex = null;
            }
        }

        private void CloseParagraph()
        {
            if (paragraph is not null)
            {
                Article!.AddPart(paragraph.Build());
                paragraph = null;
            }
        }

        private void CloseArticle()
        {
            CloseParagraph();
            if (Article is not null)
            {
                Into.Add(Article.Build());
                Article = null;
            }
        }

        private void CloseSection()
        {
            CloseArticle();
            if (section is not null)
            {
                chapter!.Children.Add(section.Build());
                section = null;
            }
        }

        private void CloseDivisions()
        {
            CloseSection();
            if (chapter is not null)
            {
                reader.body.Add(chapter.Build());
                chapter = null;
            }
        }
    }

    private sealed class CellarDivision(string id, string label, SourcePosition position)
    {
        public string Id { get; } = id;

        public string? Title { get; set; }

        public List<ImportedNode> Children { get; } = [];

        public ImportedDivision Build() => new(Id, label, Title, [.. Children], position);
    }

    [GeneratedRegex(@"^\(([0-9]+)\)$")]
    private static partial Regex RecitalLabel();

    [GeneratedRegex(@"\b([0-9]+[a-z]?|[IVXLC]+)\b")]
    private static partial Regex NumberToken();
}
