using RulesDsl.Compiler.Generation;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>The generated class is named from the rules file, and any file name gives a class that compiles.</summary>
public class ClassNameTests
{
    [TestCase("rules/gpai-systemic-risk.rules", "GpaiSystemicRisk")]
    [TestCase("rules/2027-amendment.rules", "RuleSet2027Amendment")]
    [TestCase("rules/decide.rules", "RuleSetDecide")]
    [TestCase("rules/describe.rules", "RuleSetDescribe")]
    [TestCase("rules/r.rules", "RuleSetR")]
    [TestCase("rules/règles.rules", "RGles")]
    public void A_file_name_gives_a_class_that_compiles_and_classifies(string path, string type)
    {
        var rules = Built.Check(Built.Gpai.Syntax.Text, path);

        var compiled = Built.Compile(rules);

        compiled.Generated.TypeName.ShouldBe(type);
        compiled.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        using var loaded = Compiler.Loading.ClassifierLoader.Load([.. compiled.Assembly], [.. compiled.Pdb], type);
        loaded.Classifier.GetType().Name.ShouldBe(type);
        loaded.Classifier.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25), Built.Traced).Outcome.ShouldBe(Truth.Yes);
    }

    [Test]
    public void The_stem_keeps_only_what_a_file_and_an_assembly_name_can_hold() =>
        ClassifierGenerator.Stem("rules/sub dir/my rules!.rules").ShouldBe("my_rules_");
}
