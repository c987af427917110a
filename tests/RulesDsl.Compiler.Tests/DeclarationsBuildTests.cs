using RulesDsl.Compiler.Emit;
using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// A declarations file (the shipped rules/gpai-models.rules) has no verdict: generating a classifier of it alone is
/// RD0206 at its header, never an exception, and a build given only declarations builds nothing and says so.
/// </summary>
public class DeclarationsBuildTests
{
    private const string Path = "rules/gpai-models.rules";

    private static readonly Lazy<Language.Checking.CheckedRules> Models =
        new(() => Built.Check(File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, Path)), Path));

    [Test]
    public void Generating_a_classifier_of_a_declarations_file_is_RD0206_at_its_header()
    {
        Models.Value.Diagnostics.ShouldNotContain(d => d.IsError);

        var generated = ClassifierGenerator.Generate(Models.Value, Built.Corpus);

        generated.HasErrors.ShouldBeTrue();
        generated.Source.ShouldBeEmpty();
        var diagnostic = generated.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0206");
        diagnostic.Message.ShouldContain("'rules/gpai-models.rules' is a declarations file");
        // The file's comment takes its first four lines; the header starts the fifth.
        diagnostic.Position.ShouldBe(new RulesDsl.Diagnostics.SourcePosition(Path, 5, 1));
        diagnostic.Length.ShouldBe("declarations".Length);
    }

    [Test]
    public void A_build_of_declarations_alone_is_RD0206_and_writes_nothing()
    {
        var built = ClassifierBuild.Compile([Models.Value], Built.Corpus);

        built.HasErrors.ShouldBeTrue();
        built.Files.ShouldBeEmpty();
        built.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0206");
    }

    [Test]
    public void Beside_a_rules_file_a_declarations_file_is_passed_over_as_before()
    {
        var built = ClassifierBuild.Compile([Models.Value, Built.Gpai], Built.Corpus);

        built.Diagnostics.ShouldNotContain(d => d.Id == "RD0206");
        built.HasErrors.ShouldBeFalse();
        built.Files.Select(f => f.Name).ShouldContain(n => n.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Test]
    public void Loading_a_declarations_file_loads_nothing_and_says_why()
    {
        var result = new ClassifierLoader().Load(Models.Value, Built.Corpus);

        result.Classifier.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0206");
    }
}
