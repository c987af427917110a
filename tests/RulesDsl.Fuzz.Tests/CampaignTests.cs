namespace RulesDsl.Fuzz.Tests;

public class CampaignTests
{
    private static readonly IReadOnlyList<FuzzInput> ShippedRules =
    [
        .. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "rules"), "*.rules").Order(StringComparer.Ordinal).Select(f => new FuzzInput("rules", File.ReadAllBytes(f))),
    ];

    [Test]
    public void The_same_seed_makes_the_same_inputs_and_another_seed_others()
    {
        static List<string> Inputs(int seed)
        {
            var mutator = new Mutator(new Random(seed), ShippedRules, ["rule "]);
            return [.. Enumerable.Range(0, 50).Select(_ => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(mutator.Next().Bytes)))];
        }

        Inputs(14).ShouldBe(Inputs(14));
        Inputs(15).ShouldNotBe(Inputs(14));
    }

    [Test]
    public void Mutated_inputs_differ_from_their_seeds_and_stay_below_the_size_limit()
    {
        var mutator = new Mutator(new Random(14), ShippedRules, ["rule "]);
        var inputs = Enumerable.Range(0, 500).Select(_ => mutator.Next()).ToList();

        inputs.ShouldAllBe(i => i.Bytes.Length <= Mutator.MaxLength);
        inputs.Count(i => ShippedRules.Any(s => s.Bytes.AsSpan().SequenceEqual(i.Bytes))).ShouldBeLessThan(25);
    }

    [Test]
    public void An_exception_out_of_a_front_end_is_a_finding_kept_under_its_target_by_hash_and_kind()
    {
        var findings = Path.Combine(Path.GetTempPath(), "rulesdsl-fuzz-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var kept = new List<Finding>();
            var run = new Campaign(new Throwing(), 14, findings).Run(200, DateTime.MaxValue, kept.Add);

            run.Inputs.ShouldBe(200);
            run.Findings.ShouldNotBeEmpty();
            run.Findings.ShouldBe(kept);
            run.Findings.ShouldAllBe(f => f.Signature == "FormatException in RulesDsl.Fuzz.Tests.CampaignTests+Throwing.Run");
            // One file for one signature: a thousand inputs failing the same way are one regression input.
            var file = Directory.GetFiles(Path.Combine(findings, "rules")).ShouldHaveSingleItem();
            Path.GetFileName(file).ShouldMatch("^[0-9a-f]{16}\\.rules$");
            File.ReadAllText(file).ShouldContain("#");
        }
        finally
        {
            if (Directory.Exists(findings))
            {
                Directory.Delete(findings, recursive: true);
            }
        }
    }

    /// <summary>A front end with a bug: it cannot read a comment.</summary>
    private sealed class Throwing : FuzzTarget
    {
        public override string Name => "rules";

        public override int Share => 1;

        public override IReadOnlyList<FuzzInput> Seeds => ShippedRules;

        public override IReadOnlyList<string> Tokens { get; } = ["#"];

        public override IReadOnlyList<string> Run(FuzzInput input) =>
            input.Bytes.Count(b => b == (byte)'#') > ShippedRules.Max(s => s.Bytes.Count(b => b == (byte)'#'))
                ? throw new FormatException("a comment")
                : [];
    }
}
