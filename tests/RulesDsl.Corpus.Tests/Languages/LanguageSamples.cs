namespace RulesDsl.Corpus.Tests.Languages;

/// <summary>
/// A short provision in one official language: the heading of Article 51 and of Annex XIII as the Official Journal
/// prints them, and a body that says, in that language, "A general-purpose AI model shall be presumed to have
/// high-impact capabilities when the cumulative amount of computation used for its training is greater than 10^25
/// floating point operations. The Commission shall adopt delegated acts to amend that threshold."
/// </summary>
public sealed record LanguageSample(string Code, string ArticleHeading, string AnnexHeading, string Body)
{
    public override string ToString() => Code;
}

/// <summary>One sample per official language, written for these tests.</summary>
public static class LanguageSamples
{
    public static IEnumerable<LanguageSample> All { get; } =
    [
        new("bg", "Член 51", "ПРИЛОЖЕНИЕ XIII",
            "Приема се, че даден модел на ИИ с общо предназначение притежава способности с висока степен на въздействие, когато кумулативното количество изчисления, използвани за неговото обучение, е по-голямо от 10^25 операции с плаваща запетая. Комисията приема делегирани актове за изменение на този праг."),
        new("cs", "Článek 51", "PŘÍLOHA XIII",
            "Má se za to, že model AI pro obecné účely má schopnosti s vysokým dopadem, pokud je kumulativní množství výpočetních operací použitých pro jeho trénování vyšší než 10^25 operací s pohyblivou řádovou čárkou. Komise přijme akty v přenesené pravomoci, kterými se tato prahová hodnota mění."),
        new("da", "Artikel 51", "BILAG XIII",
            "En AI-model til almen brug formodes at have kapaciteter med stor virkning, når den samlede mængde beregninger, der anvendes til dens træning, er større end 10^25 flydende kommaoperationer. Kommissionen vedtager delegerede retsakter for at ændre denne tærskel."),
        new("de", "Artikel 51", "ANHANG XIII",
            "Bei einem KI-Modell mit allgemeinem Verwendungszweck wird angenommen, dass es über Fähigkeiten mit hohem Wirkungsgrad verfügt, wenn die kumulierte Menge der für sein Training verwendeten Berechnungen mehr als 10^25 Gleitkommaoperationen beträgt. Die Kommission erlässt delegierte Rechtsakte zur Änderung dieses Schwellenwerts."),
        new("el", "Άρθρο 51", "ΠΑΡΑΡΤΗΜΑ XIII",
            "Ένα μοντέλο ΤΝ γενικού σκοπού τεκμαίρεται ότι έχει ικανότητες υψηλού αντικτύπου όταν η σωρευτική ποσότητα υπολογισμών που χρησιμοποιείται για την εκπαίδευσή του είναι μεγαλύτερη από 10^25 πράξεις κινητής υποδιαστολής. Η Επιτροπή εκδίδει κατ’ εξουσιοδότηση πράξεις για την τροποποίηση του κατωφλίου αυτού."),
        new("en", "Article 51", "ANNEX XIII",
            "A general-purpose AI model shall be presumed to have high-impact capabilities when the cumulative amount of computation used for its training is greater than 10^25 floating point operations. The Commission shall adopt delegated acts to amend that threshold."),
        new("es", "Artículo 51", "ANEXO XIII",
            "Se presumirá que un modelo de IA de uso general tiene capacidades de gran impacto cuando la cantidad acumulada de cálculo utilizada para su entrenamiento sea superior a 10^25 operaciones de coma flotante. La Comisión adoptará actos delegados para modificar dicho umbral."),
        new("et", "Artikkel 51", "XIII LISA",
            "Eeldatakse, et üldotstarbelisel tehisintellektimudelil on suure mõjuga võimed, kui selle treenimiseks kasutatud arvutuste kumulatiivne hulk on suurem kui 10^25 ujukomaoperatsiooni. Komisjon võtab selle künnise muutmiseks vastu delegeeritud õigusakte."),
        new("fi", "51 artikla", "LIITE XIII",
            "Yleiskäyttöisellä tekoälymallilla oletetaan olevan suuren vaikutuksen valmiudet, kun sen koulutukseen käytetyn laskennan kumulatiivinen määrä on suurempi kuin 10^25 liukulukuoperaatiota. Komissio antaa delegoituja säädöksiä tämän kynnysarvon muuttamiseksi."),
        new("fr", "Article 51", "ANNEXE XIII",
            "Un modèle d’IA à usage général est présumé avoir des capacités à fort impact lorsque la quantité cumulée de calcul utilisée pour son entraînement est supérieure à 10^25 opérations en virgule flottante. La Commission adopte des actes délégués pour modifier ce seuil."),
        new("ga", "Airteagal 51", "IARSCRÍBHINN XIII",
            "Toimhdeofar go bhfuil cumais ardtionchair ag samhail IS ilchuspóireach nuair is mó ná 10^25 oibríocht snámhphointe an méid carnach ríomhaireachta a úsáidtear chun í a oiliúint. Glacfaidh an Coimisiún gníomhartha tarmligthe chun an tairseach sin a leasú."),
        new("hr", "Članak 51.", "PRILOG XIII.",
            "Za model UI opće namjene pretpostavlja se da ima sposobnosti visokog učinka ako je kumulativna količina računanja upotrijebljena za njegovo treniranje veća od 10^25 operacija s pomičnim zarezom. Komisija donosi delegirane akte kojima se taj prag mijenja i prilagođava tehnološkom napretku."),
        new("hu", "51. cikk", "XIII. MELLÉKLET",
            "Vélelmezni kell, hogy egy általános célú MI-modell nagy hatású képességekkel rendelkezik, ha a tanításához felhasznált számítások kumulatív mennyisége meghaladja a 10^25 lebegőpontos műveletet. A Bizottság felhatalmazáson alapuló jogi aktusokat fogad el e küszöbérték módosítására."),
        new("it", "Articolo 51", "ALLEGATO XIII",
            "Si presume che un modello di IA per finalità generali abbia capacità di impatto elevato quando la quantità cumulativa di calcolo utilizzata per il suo addestramento è superiore a 10^25 operazioni in virgola mobile. La Commissione adotta atti delegati per modificare tale soglia."),
        new("lt", "51 straipsnis", "XIII PRIEDAS",
            "Laikoma, kad bendrosios paskirties DI modelis turi didelio poveikio pajėgumų, kai jo mokymui naudojamas kaupiamasis skaičiavimų kiekis yra didesnis nei 10^25 slankiojo kablelio operacijų. Komisija priima deleguotuosius aktus, kuriais iš dalies keičiama ši riba."),
        new("lv", "51. pants", "XIII PIELIKUMS",
            "Pieņem, ka vispārīga lietojuma MI modelim ir augstas ietekmes spējas, ja tā apmācībai izmantotais kumulatīvais aprēķinu apjoms ir lielāks par 10^25 peldošā komata operācijām. Komisija pieņem deleģētos aktus, lai grozītu šo slieksni."),
        new("mt", "Artikolu 51", "ANNESS XIII",
            "Mudell tal-IA għal skopijiet ġenerali għandu jkun preżunt li għandu kapaċitajiet b’impatt għoli meta l-ammont kumulattiv ta’ komputazzjoni użata għat-taħriġ tiegħu jkun akbar minn 10^25 operazzjoni b’punt varjabbli. Il-Kummissjoni għandha tadotta atti delegati biex temenda dan il-limitu."),
        new("nl", "Artikel 51", "BIJLAGE XIII",
            "Een AI-model voor algemene doeleinden wordt geacht capaciteiten met een grote impact te hebben wanneer de cumulatieve hoeveelheid berekeningen die voor de training ervan wordt gebruikt groter is dan 10^25 zwevendekommabewerkingen. De Commissie stelt gedelegeerde handelingen vast om deze drempel te wijzigen."),
        new("pl", "Artykuł 51", "ZAŁĄCZNIK XIII",
            "Przyjmuje się, że model AI ogólnego przeznaczenia ma zdolności dużego oddziaływania, jeżeli łączna ilość obliczeń wykorzystanych do jego trenowania jest większa niż 10^25 operacji zmiennoprzecinkowych. Komisja przyjmuje akty delegowane w celu zmiany tego progu."),
        new("pt", "Artigo 51.º", "ANEXO XIII",
            "Presume-se que um modelo de IA de finalidade geral tem capacidades de elevado impacto quando a quantidade acumulada de cálculo utilizada para o seu treino for superior a 10^25 operações de vírgula flutuante. A Comissão adota atos delegados para alterar esse limiar."),
        new("ro", "Articolul 51", "ANEXA XIII",
            "Se prezumă că un model de IA de uz general are capabilități cu impact ridicat atunci când volumul cumulat de calcul utilizat pentru antrenarea sa este mai mare de 10^25 operații în virgulă mobilă. Comisia adoptă acte delegate pentru a modifica acest prag."),
        new("sk", "Článok 51", "PRÍLOHA XIII",
            "Predpokladá sa, že model AI na všeobecné účely má spôsobilosti s veľkým vplyvom, ak je kumulatívne množstvo výpočtov použitých na jeho trénovanie väčšie ako 10^25 operácií s pohyblivou rádovou čiarkou. Komisia prijme delegované akty, ktorými sa táto prahová hodnota zmení."),
        new("sl", "Člen 51", "PRILOGA XIII",
            "Za model UI za splošne namene se domneva, da ima zmogljivosti z visokim učinkom, kadar je kumulativna količina izračunov, uporabljenih za njegovo učenje, večja od 10^25 operacij s plavajočo vejico. Komisija sprejme delegirane akte, s katerimi ta prag spremeni in prilagodi tehnološkemu napredku."),
        new("sv", "Artikel 51", "BILAGA XIII",
            "En AI-modell för allmänna ändamål ska anses ha kapaciteter med stor påverkan när den kumulativa mängd beräkningar som används för dess träning är större än 10^25 flyttalsoperationer. Kommissionen ska anta delegerade akter för att ändra detta tröskelvärde."),
    ];
}
