using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Sentences;

namespace RulesDsl.Corpus.Tests.Citations;

/// <summary>Citations in every language that has a data file the reader reads: printed as the Official Journal writes
/// them, read back, and found in running text.</summary>
public sealed class CitationLanguagesTests
{
    private static readonly string[] Ids = ["art_51__para_1__pnt_a", "anx_XIII__pnt_f", "art_3__pnt_63", "rct_111"];

    private static IEnumerable<string> Languages => CitationForms.Languages;

    // The printed forms, capitalised as at the start of a citation, in the order of Ids.
    private static readonly object[] PrintedForms =
    [
        new object[] { "en", new[] { "Article 51(1), point (a)", "Annex XIII, point (f)", "Article 3, point (63)", "Recital 111" } },
        new object[] { "nl", new[] { "Artikel 51, lid 1, punt a)", "Bijlage XIII, punt f)", "Artikel 3, punt 63)", "Overweging 111" } },
        new object[] { "de", new[] { "Artikel 51 Absatz 1 Buchstabe a", "Anhang XIII Buchstabe f", "Artikel 3 Nummer 63", "Erwägungsgrund 111" } },
        new object[] { "fr", new[] { "Article 51, paragraphe 1, point a)", "Annexe XIII, point f)", "Article 3, point 63)", "Considérant 111" } },
        new object[] { "it", new[] { "Articolo 51, paragrafo 1, lettera a)", "Allegato XIII, lettera f)", "Articolo 3, punto 63)", "Considerando 111" } },
        new object[] { "es", new[] { "Artículo 51, apartado 1, letra a)", "Anexo XIII, letra f)", "Artículo 3, punto 63", "Considerando 111" } },
        new object[] { "pl", new[] { "Art. 51 ust. 1 lit. a)", "Załącznik XIII lit. f)", "Art. 3 pkt 63", "Motyw 111" } },
        new object[] { "pt", new[] { "Artigo 51.º, n.º 1, alínea a)", "Anexo XIII, alínea f)", "Artigo 3.º, ponto 63", "Considerando 111" } },
        new object[] { "hr", new[] { "Članak 51. stavak 1. točka (a)", "Prilog XIII. točka (f)", "Članak 3. točka 63.", "Uvodna izjava 111." } },
        new object[] { "bg", new[] { "Член 51, параграф 1, буква а)", "Приложение XIII, буква е)", "Член 3, точка 63", "Съображение 111" } },
        new object[] { "el", new[] { "Άρθρο 51 παράγραφος 1 στοιχείο α)", "Παράρτημα XIII στοιχείο στ)", "Άρθρο 3 σημείο 63)", "Αιτιολογική σκέψη 111" } },
        new object[] { "cs", new[] { "Čl. 51 odst. 1 písm. a)", "Příloha XIII písm. f)", "Čl. 3 bod 63", "Bod 111 odůvodnění" } },
        new object[] { "sk", new[] { "Článok 51 ods. 1 písm. a)", "Príloha XIII písm. f)", "Článok 3 bod 63", "Odôvodnenie 111" } },
        new object[] { "da", new[] { "Artikel 51, stk. 1, litra a)", "Bilag XIII, litra f)", "Artikel 3, nr. 63)", "Betragtning 111" } },
        new object[] { "ro", new[] { "Articolul 51 alineatul (1) litera (a)", "Anexa XIII litera (f)", "Articolul 3 punctul 63", "Considerentul 111" } },
        new object[] { "ga", new[] { "Airteagal 51(1), pointe (a)", "Iarscríbhinn XIII, pointe (f)", "Airteagal 3, pointe (63)", "Aithris 111" } },
        new object[] { "mt", new[] { "Artikolu 51(1), punt (a)", "Anness XIII, punt (f)", "Artikolu 3, punt (63)", "Premessa 111" } },
        new object[] { "hu", new[] { "51. cikk (1) bekezdés a) pont", "XIII. melléklet f) pont", "3. cikk 63. pont", "(111) preambulumbekezdés" } },
        new object[] { "lv", new[] { "51. panta 1. punkta a) apakšpunkts", "XIII pielikuma f) apakšpunkts", "3. panta 63) punkts", "111. apsvērums" } },
        new object[] { "lt", new[] { "51 straipsnio 1 dalies a punktas", "XIII priedo f punktas", "3 straipsnio 63 punktas", "111 konstatuojamoji dalis" } },
        new object[] { "fi", new[] { "51 artiklan 1 kohdan a alakohta", "Liitteen XIII f alakohta", "3 artiklan 63 alakohta", "Johdanto-osan 111 kappale" } },
        new object[] { "sl", new[] { "Točka (a) člena 51(1)", "Točka (f) Priloge XIII", "Točka 63 člena 3", "Uvodna izjava 111" } },
        new object[] { "et", new[] { "Artikli 51 lõike 1 punkt a", "XIII lisa punkt f", "Artikli 3 punkt 63", "Põhjendus 111" } },
        new object[] { "sv", new[] { "Artikel 51.1 a", "Bilaga XIII led f", "Artikel 3.63", "Skäl 111" } },
    ];

    /// <summary>The id a citation reads as without the act: Swedish "artikel 3.63" is written as a paragraph is, and
    /// only the act's structure makes it Article 3's point 63 (<see cref="CitationForms.AsHeld"/>).</summary>
    internal static ProvisionId ReadWithoutTheAct(ProvisionId id, string language) =>
        language == "sv" && id.Segments is [{ Level: ProvisionLevel.Article }, { Level: ProvisionLevel.Point } point]
            && char.IsAsciiDigit(point.Label[0])
            ? ProvisionId.Parse($"{id.Parent}__para_{point.Label}")
            : id;

    [TestCaseSource(nameof(Languages))]
    public void Each_id_prints_and_reads_back(string language)
    {
        foreach (var id in Ids.Select(ProvisionId.Parse))
        {
            var printed = CitationForms.Print(id, language);

            var read = CitationForms.Parse(printed, language);
            read.Succeeded.ShouldBeTrue($"{language}: {printed}: {read.Error}");
            var readAs = ReadWithoutTheAct(id, language);
            read.Citation.ShouldBe(new ParsedCitation(readAs, language), printed);
            CitationForms.AsHeld(read.Citation!.Id, held => held == id).ShouldBe(id, printed);
            CitationForms.Parse(printed).Citation!.Id.ShouldBe(readAs, printed);
            CitationForms.Parse(printed.ToLowerInvariant(), language).Citation!.Id.ShouldBe(readAs, printed);
        }
    }

    [TestCaseSource(nameof(PrintedForms))]
    public void Prints_the_forms_the_official_journal_writes(string language, string[] forms)
    {
        Ids.Select(id => CitationForms.Print(ProvisionId.Parse(id), language)).ShouldBe(forms);
    }

    [Test]
    public void Every_language_the_reader_reads_has_its_printed_forms_checked()
    {
        PrintedForms.Select(f => (string)((object[])f)[0]).ShouldBe(CitationForms.Languages, ignoreOrder: true);
    }

    [TestCaseSource(nameof(Languages))]
    public void Finds_each_citation_in_running_text_as_this_acts(string language)
    {
        foreach (var id in Ids.Select(ProvisionId.Parse))
        {
            // A word in lower case, as inside a sentence; an annex's number stays in capitals.
            var citation = CitationForms.Print(id, language);
            citation = char.IsLower(citation[1]) ? char.ToLowerInvariant(citation[0]) + citation[1..] : citation;
            var text = $"— {citation}; —";

            var reference = CitationScanner.Scan(text, language, context: null).ShouldHaveSingleItem(text);

            reference.Text.ShouldBe(citation);
            reference.Scope.ShouldBe(CrossReferenceScope.Provision);
            reference.Targets.ShouldBe([ReadWithoutTheAct(id, language)]);
        }
    }

    [TestCase("it", "I criteri di cui all'articolo 51, paragrafo 1, lettera a), del presente regolamento sono", "articolo 51, paragrafo 1, lettera a), del presente regolamento")]
    [TestCase("it", "conformemente all'articolo 51, paragrafo 1, lettera a) e", "articolo 51, paragrafo 1, lettera a)")]
    [TestCase("pl", "spełnia warunek, o którym mowa w art. 51 ust. 1 lit. a), i", "art. 51 ust. 1 lit. a)")]
    [TestCase("pl", "o którym mowa w art. 51 ust. 1 lit. a) niniejszego rozporządzenia, i", "art. 51 ust. 1 lit. a) niniejszego rozporządzenia")]
    [TestCase("es", "la condición a que se refiere el artículo 51, apartado 1, letra a), y", "artículo 51, apartado 1, letra a)")]
    [TestCase("es", "conforme al artículo 51, apartado 1, letra a), del presente Reglamento y", "artículo 51, apartado 1, letra a), del presente Reglamento")]
    [TestCase("pt", "referida no artigo 51.º, n.º 1, alínea a), do presente regulamento", "artigo 51.º, n.º 1, alínea a), do presente regulamento")]
    [TestCase("ro", "menționată la articolul 51 alineatul (1) litera (a) din prezentul regulament", "articolul 51 alineatul (1) litera (a) din prezentul regulament")]
    [TestCase("el", "του άρθρου 51 παράγραφος 1 στοιχείο α) του παρόντος κανονισμού", "άρθρου 51 παράγραφος 1 στοιχείο α) του παρόντος κανονισμού")]
    [TestCase("hr", "iz članka 51. stavka 1. točke (a) ove Uredbe", "članka 51. stavka 1. točke (a) ove Uredbe")]
    [TestCase("hu", "az e rendelet 51. cikke (1) bekezdésének a) pontjában", "51. cikke (1) bekezdésének a) pontjában")]
    [TestCase("lt", "šio reglamento 51 straipsnio 1 dalies a punkte", "51 straipsnio 1 dalies a punkte")]
    [TestCase("lv", "šīs regulas 51. panta 1. punkta a) apakšpunktā", "51. panta 1. punkta a) apakšpunktā")]
    [TestCase("fi", "tämän asetuksen 51 artiklan 1 kohdan a alakohdassa", "51 artiklan 1 kohdan a alakohdassa")]
    [TestCase("sl", "iz točke (a) člena 51(1) te uredbe", "točke (a) člena 51(1) te uredbe")]
    [TestCase("sv", "uppfyller det villkor som avses i artikel 51.1 a, ska", "artikel 51.1 a")]
    [TestCase("sv", "det villkor som avses i artikel 51.1 a i denna förordning", "artikel 51.1 a i denna förordning")]
    public void Finds_a_citation_of_this_act_in_prose(string language, string text, string citation)
    {
        var reference = CitationScanner.Scan(text, language, ProvisionId.Recital(111))
            .Where(r => r.Scope != CrossReferenceScope.Act).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        reference.Scope.ShouldBe(CrossReferenceScope.Provision);
        reference.Targets.ShouldBe([ProvisionId.Parse("art_51__para_1__pnt_a")]);
    }

    [TestCase("de", "Artikel 12 bis 15 dieser Richtlinie", "Artikel 12 bis 15 dieser Richtlinie")]
    [TestCase("fr", "la directive 2009/48/CE et ses articles 12 à 15 de cette directive", "articles 12 à 15 de cette directive")]
    [TestCase("nl", "overeenkomstig artikel 4, lid 2, VEU, de", "artikel 4, lid 2, VEU")]
    [TestCase("hu", "az (EU) 2019/1020 rendelet 6. cikke szerint", "6. cikke")]
    [TestCase("hu", "az EUMSZ 16. cikke alapján", "16. cikke")]
    [TestCase("lt", "pagal Reglamento (ES) 2019/1020 6 straipsnį", "6 straipsnį")]
    [TestCase("sv", "i enlighet med artikel 4.2 i direktiv (EU) 2016/680 ska", "artikel 4.2 i direktiv (EU) 2016/680")]
    public void A_reference_another_act_qualifies_is_not_this_acts(string language, string text, string citation)
    {
        var reference = CitationScanner.Scan(text, language, ProvisionId.Recital(111))
            .Where(r => r.Text == citation).ShouldHaveSingleItem();

        reference.Scope.ShouldBe(CrossReferenceScope.OtherAct);
        reference.Targets.ShouldBeEmpty();
    }

    [TestCase("de", "Artikel 12 bis 15", "art_12 art_13 art_14 art_15")]
    [TestCase("fr", "articles 12 à 15", "art_12 art_13 art_14 art_15")]
    [TestCase("nl", "artikelen 12 tot en met 15", "art_12 art_13 art_14 art_15")]
    [TestCase("it", "articoli da 12 a 15", "art_12 art_13 art_14 art_15")]
    [TestCase("es", "artículos 12 a 15", "art_12 art_13 art_14 art_15")]
    [TestCase("pl", "art. 12–15", "art_12 art_13 art_14 art_15")]
    [TestCase("pt", "artigos 12.º a 15.º", "art_12 art_13 art_14 art_15")]
    [TestCase("cs", "články 12 až 15", "art_12 art_13 art_14 art_15")]
    [TestCase("da", "artikel 12-15", "art_12 art_13 art_14 art_15")]
    [TestCase("el", "άρθρα 12 έως 15", "art_12 art_13 art_14 art_15")]
    [TestCase("it", "lettere da a) a c)", "pnt_a pnt_b pnt_c")]
    [TestCase("hu", "12–15. cikk", "art_12 art_13 art_14 art_15")]
    [TestCase("lt", "12–15 straipsniai", "art_12 art_13 art_14 art_15")]
    public void Reads_a_range_in_each_language(string language, string citation, string expected)
    {
        var reference = CitationScanner.Scan($"— {citation}; —", language, ProvisionId.Parse("art_6__para_1")).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        string.Join(" ", reference.Targets.Select(t => t.Last.ToString())).ShouldBe(expected);
    }

    [TestCase("de", "Diese Verordnung gilt", "Diese Verordnung")]
    [TestCase("it", "Il presente regolamento si applica", "Il presente regolamento")]
    [TestCase("es", "El presente Reglamento se aplica", "El presente Reglamento")]
    [TestCase("pl", "Niniejsze rozporządzenie stosuje się", "Niniejsze rozporządzenie")]
    public void Finds_the_act_itself_in_each_language(string language, string text, string citation)
    {
        var reference = CitationScanner.Scan(text, language, null).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        reference.Scope.ShouldBe(CrossReferenceScope.Act);
    }

    // Articles 52 and 96 of Regulation (EU) 2024/1689 as the Official Journal prints them in Italian, Portuguese and French.
    private static readonly object[] OfficialJournalText =
    [
        new object[]
        {
            "it", "art_96__para_1",
            "La Commissione elabora orientamenti sull'attuazione pratica del presente regolamento, in particolare per quanto riguarda:\n"
            + "a) l'applicazione dei requisiti e degli obblighi di cui agli articoli da 8 a 15 e all'articolo 25;\n"
            + "f) l'applicazione della definizione di sistema di IA di cui all'articolo 3, punto 1).",
            3, "art_8 art_9 art_10 art_11 art_12 art_13 art_14 art_15 art_25 art_3__pnt_1",
        },
        new object[]
        {
            "it", "art_52__para_1",
            "Se un modello di IA per finalità generali soddisfa la condizione di cui all'articolo 51, paragrafo 1, lettera a), il fornitore "
            + "pertinente informa la Commissione senza ritardo e in ogni caso entro due settimane dal soddisfacimento di tale requisito o dal "
            + "momento in cui viene a conoscenza che tale requisito sarà soddisfatto. Tale notifica comprende le informazioni necessarie a "
            + "dimostrare che il requisito in questione è stato soddisfatto. Se la Commissione viene a conoscenza di un modello di IA per "
            + "finalità generali che presenta rischi sistemici di cui non è stata informata, può decidere di designarlo come modello con "
            + "rischio sistemico.",
            3, "art_51__para_1__pnt_a",
        },
        new object[]
        {
            "it", "art_52__para_3",
            "Se la Commissione conclude che le argomentazioni presentate a norma del paragrafo 2 non sono sufficientemente fondate e il "
            + "fornitore in questione non è stato in grado di dimostrare che il modello di IA per finalità generali non presenta, per le sue "
            + "caratteristiche specifiche, rischi sistemici, essa respinge tali argomentazioni e il modello di IA per finalità generali è "
            + "considerato un modello di IA per finalità generali con rischio sistemico.",
            1, "art_52__para_2",
        },
        new object[]
        {
            "pt", "art_52__para_1",
            "Sempre que um modelo de IA de finalidade geral preencha a condição a que se refere o artigo 51.o, n.o 1, alínea a), o prestador "
            + "em causa notifica a Comissão sem demora e, em qualquer caso, no prazo de duas semanas a contar da data em que preencheu esse "
            + "requisito ou da data em que se soube que esse requisito vai ser preenchido. Essa notificação deve incluir as informações "
            + "necessárias para demonstrar que o requisito em causa foi preenchido. Se a Comissão tomar conhecimento de um modelo de IA de "
            + "finalidade geral que apresente riscos sistémicos dos quais não tenha sido notificada, pode decidir designá-lo como um modelo "
            + "com risco sistémico.",
            3, "art_51__para_1__pnt_a",
        },
        new object[]
        {
            "pt", "art_52__para_4",
            "A Comissão pode designar um modelo de IA de finalidade geral como apresentando riscos sistémicos, ex officio ou na sequência de "
            + "um alerta qualificado do painel científico nos termos do artigo 90.o, n.o 1, alínea a), com base nos critérios estabelecidos "
            + "no anexo XIII.",
            1, "art_90__para_1__pnt_a anx_XIII",
        },
        new object[]
        {
            "fr", "art_52__para_1",
            "Lorsqu'un modèle d'IA à usage général remplit la condition visée à l'article 51, paragraphe 1, point a), le fournisseur "
            + "concerné le notifie à la Commission sans délai et, en tout état de cause, dans les deux semaines suivant le moment où cette "
            + "condition est remplie ou le moment où l'on apprend qu'elle sera remplie. Cette notification comprend les informations "
            + "nécessaires pour démontrer que l'exigence en question a été satisfaite. Si la Commission a connaissance d'un modèle d'IA à "
            + "usage général présentant des risques systémiques qui ne lui ont pas été notifiés, elle peut décider de le désigner comme un "
            + "modèle présentant un risque systémique.",
            3, "art_51__para_1__pnt_a",
        },
    ];

    [TestCaseSource(nameof(OfficialJournalText))]
    public void Reads_the_official_journals_text(string language, string context, string text, int sentences, string targets)
    {
        SentenceSplitter.Split(text, language).Count.ShouldBe(sentences);

        var references = CitationScanner.Scan(text, language, ProvisionId.Parse(context));

        references.ShouldAllBe(r => r.Scope == CrossReferenceScope.Provision || r.Scope == CrossReferenceScope.Act);
        string.Join(" ", references.SelectMany(r => r.Targets).Select(t => t.Value)).ShouldBe(targets);
    }
}
