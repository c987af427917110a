using RulesDsl.Corpus.Text;

namespace RulesDsl.Corpus.Tests.Text;

public class DefinedTermSyntaxTests
{
    // Article 3 of Regulation (EU) 2024/1689 as the Official Journal prints it in each language.
    [TestCase("‘general-purpose AI model’ means an AI model, including where such an AI model is trained", "general-purpose AI model")]
    [TestCase("“AI-model voor algemene doeleinden”: een AI-model, ook wanneer het is getraind", "AI-model voor algemene doeleinden")]
    [TestCase("„KI-System“ ein maschinengestütztes System, das für einen in unterschiedlichem Grade autonomen Betrieb", "KI-System")]
    [TestCase("« système d’IA », un système automatisé qui est conçu pour fonctionner", "système d’IA")]
    [TestCase("'deployer' means a natural or legal person, as typed with a plain keyboard", "deployer")]
    [TestCase("“rechtshandhavingsinstantie”:", "rechtshandhavingsinstantie")]
    [TestCase("«sistema di IA»: un sistema automatizzato progettato per funzionare", "sistema di IA")]
    public void A_quoted_term_opens_the_definition(string text, string term) =>
        DefinedTermSyntax.Terms(text).ShouldBe([term]);

    [Test]
    public void The_Dutch_floating_point_definition_writes_its_term_unquoted_and_the_English_alias_quoted() =>
        DefinedTermSyntax.Terms("zwevendekommabewerking of “floating-point operation (FLOP)”: elke wiskundige bewerking of toewijzing met zwevendekommagetallen")
            .ShouldBe(["zwevendekommabewerking", "floating-point operation (FLOP)"]);

    [TestCase("de naam, het adres en de contactgegevens van de aanbieder;")]
    [TestCase("it has high impact capabilities evaluated on the basis of appropriate technical tools and methodologies;")]
    [TestCase("het beschikt over capaciteiten met een grote impact die worden geëvalueerd op basis van “passende” instrumenten:")]
    // Article 110 inserts a whole point, quoted from its first word to its last: inserted text, not a term.
    [TestCase("‘(68) Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence (OJ L, 2024/1689, 12.7.2024, ELI: http://data.europa.eu/eli/reg/2024/1689/oj).’.")]
    [TestCase("“68) Verordening (EU) 2024/1689 van het Europees Parlement en de Raad van 13 juni 2024 (PB L, 2024/1689, 12.7.2024, ELI: http://data.europa.eu/eli/reg/2024/1689/oj).”.")]
    public void A_point_that_defines_nothing_has_no_term(string text) =>
        DefinedTermSyntax.IsDefinition(text).ShouldBeFalse();
}
