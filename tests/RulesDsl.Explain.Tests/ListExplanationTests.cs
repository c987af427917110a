using System.Text.Json;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// An explanation shows <c>any of</c>, <c>all of</c> and <c>count of</c> as the drafter wrote them, in the reader's
/// words, each member with its value: Article 3, point (63) of the shipped rules written with lists, for a model used
/// for research before being placed on the market (outside the scope, so the explanation is of the precondition), and
/// the shipped modalities of Annex XIII, point (d) counted.
/// </summary>
public class ListExplanationTests
{
    private const string Shipped =
        "  when significant_generality and integrable_downstream and (placed_on_market or not research_development_or_prototyping)\n";

    private const string Listed =
        "  when all of significant_generality, integrable_downstream, any of placed_on_market, not research_development_or_prototyping\n";

    private static readonly Lazy<IClassifier> Article363 = new(() =>
    {
        Built.GpaiText.ShouldContain(Shipped);
        return Built.Load(Built.Check(Built.GpaiText.Replace(Shipped, Listed, StringComparison.Ordinal), Built.GpaiPath)).Classifier;
    });

    private static readonly Lazy<IClassifier> Counted = new(() => Modalities("count of modalities at least 2"));

    /// <summary>The shipped modalities of Annex XIII, point (d) and a rule on them that holds <paramref name="when"/>.</summary>
    private static IClassifier Modalities(string when)
    {
        var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules"));
        var start = shipped.IndexOf("enum modality\n", StringComparison.Ordinal);
        var enumeration = shipped[start..shipped.IndexOf("\n\n", start, StringComparison.Ordinal)];
        return Built.Load(Built.Check($"""
            rules "Modalities"
            act eu-ai-act
            language en

            {enumeration}

            fact modalities: set of modality
              label en "input and output modalities of the model"
              label nl "input- en outputmodaliteiten van het model"
              cites Annex XIII, point (d)

            conclusion multimodal
              cites Annex XIII, point (d)

            rule several_modalities
              concludes multimodal
              when {when}
              cites Annex XIII, point (d)

            verdict multimodal
              cites Annex XIII, point (d)
            """)).Classifier;
    }

    private static readonly Facts ResearchBeforeMarket = Facts.None
        .With("significant_generality", true).With("integrable_downstream", true)
        .With("placed_on_market", false).With("research_development_or_prototyping", true);

    private static Explanation Explain(IClassifier classifier, Facts facts, string language) =>
        new Explainer(Built.Corpus).Explain(Classification.Run(classifier, facts, Built.Traced), classifier.Definition, new ExplainOptions(language));

    private static ExplanationStep Rule(Explanation explanation, string name) => Explained.All(explanation.Root).Single(step => step.Name == name);

    [TestCase("nl", "ten minste één van (het aantal input- en outputmodaliteiten van het model ten minste 2: nee; input- en outputmodaliteiten van het model bevat beeld: ja): ja")]
    [TestCase("en", "any of (the number of input and output modalities of the model at least 2: no; input and output modalities of the model contains image: yes): yes")]
    public void A_set_that_contains_a_value_reads_in_the_readers_words_with_the_value_by_its_label(string language, string expected)
    {
        var classifier = Modalities("any of count of modalities at least 2, modalities contains image");

        var lists = Rule(Explain(classifier, Facts.None.With("modalities", ["image"]), language), "several_modalities").Lists.ShouldNotBeNull();

        lists.Last().ToString().ShouldBe(expected);
    }

    [Test]
    public void Article_3_63_written_with_lists_reads_in_Dutch_as_ten_minste_een_van_and_alle_with_each_member_and_its_value()
    {
        var lists = Rule(Explain(Article363.Value, ResearchBeforeMarket, "nl"), "general_purpose").Lists.ShouldNotBeNull();

        lists.Select(list => list.ToString()).ShouldBe([
            "ten minste één van (in de handel gebracht: nee; niet gebruikt voor onderzoek, ontwikkeling of prototypingactiviteiten alvorens het in de handel wordt gebracht: nee): nee",
            "alle (vertoont een aanzienlijk algemeen karakter: ja; kan worden geïntegreerd in een verscheidenheid aan downstreamsystemen of -toepassingen: ja; "
                + "ten minste één van in de handel gebracht, niet gebruikt voor onderzoek, ontwikkeling of prototypingactiviteiten alvorens het in de handel wordt gebracht: nee): nee",
        ]);
        lists[1].Members[2].Written.ShouldBe("any of placed_on_market, not research_development_or_prototyping");
    }

    [Test]
    public void Article_3_63_written_with_lists_reads_in_English_as_any_of_and_all_of_in_text_Markdown_HTML_and_JSON()
    {
        var explanation = Explain(Article363.Value, ResearchBeforeMarket, "en");
        var any = "any of (placed on the market: no; not used for research, development or prototyping activities before it is placed on the market: no): no";

        foreach (var format in new[] { "tree", "md", "html" })
        {
            using var output = new StringWriter();
            ExplanationRenderers.For(format, new RenderOptions()).Render(explanation, output);
            output.ToString().ShouldContain($"⊢ {any}", customMessage: format);
            output.ToString().ShouldContain("⊢ all of (displays significant generality: yes;", customMessage: format);
        }

        using var json = new StringWriter();
        new JsonExplanation().Render(explanation, json);
        var step = Find(JsonDocument.Parse(json.ToString()).RootElement, "general_purpose");
        var lists = step.GetProperty("lists");
        lists[0].GetProperty("kind").GetString().ShouldBe("anyOf");
        lists[0].GetProperty("operator").GetString().ShouldBe("any of");
        lists[0].GetProperty("outcome").GetString().ShouldBe("no");
        lists[0].GetProperty("members")[1].GetProperty("written").GetString().ShouldBe("not research_development_or_prototyping");
        lists[0].GetProperty("members")[1].GetProperty("value").GetString().ShouldBe("no");
        lists[1].GetProperty("kind").GetString().ShouldBe("allOf");
    }

    [Test]
    public void Count_of_the_modalities_reads_as_the_number_of_with_the_set_and_the_count_in_the_reader_s_words()
    {
        var facts = Facts.None.With("modalities", ["text", "biological_sequences"]);

        Rule(Explain(Counted.Value, facts, "nl"), "several_modalities").Lists.ShouldNotBeNull().ShouldHaveSingleItem().ToString()
            .ShouldBe("het aantal input- en outputmodaliteiten van het model ({biologische sequenties, tekst}): 2");
        Rule(Explain(Counted.Value, facts, "en"), "several_modalities").Lists.ShouldNotBeNull().ShouldHaveSingleItem().ToString()
            .ShouldBe("the number of input and output modalities of the model ({biological sequences, text}): 2");
    }

    [Test]
    public void A_member_no_one_gave_reads_as_an_unknown_fact_and_a_list_it_leaves_open_as_undetermined()
    {
        // Without significant generality the model is outside the scope, and the explanation is of the precondition.
        var facts = Facts.None.With("significant_generality", false).With("integrable_downstream", true).With("research_development_or_prototyping", true);

        var lists = Rule(Explain(Article363.Value, facts, "nl"), "general_purpose").Lists.ShouldNotBeNull();

        lists[0].Members.Select(member => member.Value).ShouldBe(["onbekend", "nee"]);
        lists[0].Outcome.ShouldBe("niet vast te stellen");
        lists[1].Members.Select(member => member.Value).ShouldBe(["nee", "ja", "niet vast te stellen"]);
        lists[1].Outcome.ShouldBe("nee");
    }

    [Test]
    public void A_rule_without_lists_has_none_in_its_explanation()
    {
        Rule(Explain(Built.GpaiClassifier, ResearchBeforeMarket, "en"), "general_purpose").Lists.ShouldBeNull();
    }

    private static JsonElement Find(JsonElement explanation, string name) => TryFind(explanation.GetProperty("root"), name).ShouldNotBeNull();

    private static JsonElement? TryFind(JsonElement step, string name) =>
        step.GetProperty("name").GetString() == name
            ? step
            : step.GetProperty("steps").EnumerateArray().Select(child => TryFind(child, name)).FirstOrDefault(child => child.HasValue);
}
