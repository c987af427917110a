using RulesDsl.Compiler.Examples;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>Labels reach the classifier's definitions, and a Dutch rules file's examples (ja, nee) run.</summary>
public class LabelTests
{
    private const string DutchPath = "tests/Inputs/rules/gpai-systeemrisico.nl.rules";

    [Test]
    public void The_shipped_definitions_carry_the_Dutch_and_English_labels_of_every_fact_parameter_conclusion_and_rule()
    {
        var definition = Built.GpaiClassifier.Definition;

        definition.Facts.ShouldAllBe(fact => Labels.In(fact.Labels, "nl") != null && Labels.In(fact.Labels, "en") != null);
        definition.Parameters.ShouldAllBe(parameter => Labels.In(parameter.Labels, "nl") != null);
        definition.Conclusions.ShouldAllBe(conclusion => Labels.In(conclusion.Labels, "nl") != null);
        definition.Rules.ShouldAllBe(rule => Labels.In(rule.Labels, "nl") != null);
        definition.LabelOf("training_compute", "nl").ShouldBe("cumulatieve hoeveelheid berekeningen die wordt gebruikt om het model te trainen");
        definition.LabelOf("systemic_risk", "en").ShouldBe("general-purpose AI model with systemic risk");
        definition.TitleIn("nl").ShouldBe("AI-modellen voor algemene doeleinden met een systeemrisico");
        definition.TitleIn("en").ShouldBe("General-purpose AI models with systemic risk");
    }

    [Test]
    public void A_reader_without_a_label_of_their_own_reads_the_file_language_label_and_a_name_without_labels_in_words()
    {
        var definition = Built.GpaiClassifier.Definition;

        definition.LabelOf("training_compute", "de").ShouldBe("cumulative amount of computation used for training");
        definition.TitleIn("de").ShouldBe("General-purpose AI models with systemic risk");
        Labels.For(null, "end_users_eu", "nl", "en").ShouldBe("end users eu");
    }

    [Test]
    public void The_examples_of_the_Dutch_rules_pass_through_the_compiled_classifier()
    {
        var rules = Built.Check(File.ReadAllText(Path.Combine(RepoPaths.Root, DutchPath)), DutchPath);
        rules.Diagnostics.ShouldBeEmpty();
        var loaded = Built.Load(rules);

        var results = ExampleRunner.Run(rules.RuleSet, loaded.Classifier, Built.Traced);

        results.Count.ShouldBe(6);
        results.ShouldAllBe(result => result.Passed);
        loaded.Classifier.Definition.Language.ShouldBe("nl");
        loaded.Classifier.Definition.LabelOf("business_users_eu", "en").ShouldBe("aantal geregistreerde zakelijke gebruikers die in de Unie zijn gevestigd");
    }
}
