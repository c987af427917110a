using System.Globalization;

namespace RulesDsl.Fuzz;

/// <summary>The command line: <c>--seed N --inputs N --seconds S --target corpus|link|rules|facts|all --out DIR</c>.</summary>
internal sealed record Options(int Seed, int Inputs, double? Seconds, IReadOnlyList<string> Names, string? Out, string? Error)
{
    /// <summary>A findings file (or a folder of them) to run again instead of a campaign; its target is its folder's name.</summary>
    public string? Replay { get; init; }

    public const string Usage =
        "usage: RulesDsl.Fuzz [--seed N] [--inputs N (total over the targets, default 100000)] [--per-target N] [--seconds S]\n" +
        "                     [--target corpus|link|rules|facts|all] [--out DIR (default tests/Inputs/fuzz)]\n" +
        "       RulesDsl.Fuzz --replay FILE|DIR (findings files, under a folder named for their target)";

    public static Options Parse(string[] args)
    {
        // Without --seed a fresh one, printed so that a campaign's findings can be made again.
        var options = new Options(Random.Shared.Next(), 100_000, null, Targets.Names, null, null);
        int? perTarget = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (value is null)
            {
                return options with { Error = $"{args[i]} needs a value" };
            }

            i++;
            switch (args[i - 1])
            {
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--inputs" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var inputs) && inputs > 0:
                    options = options with { Inputs = inputs };
                    break;
                case "--per-target" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var each) && each > 0:
                    perTarget = each;
                    break;
                case "--seconds" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    options = options with { Seconds = seconds };
                    break;
                case "--target" when value == "all" || Targets.Names.Contains(value):
                    options = options with { Names = value == "all" ? Targets.Names : [value] };
                    break;
                case "--replay":
                    options = options with { Replay = Path.GetFullPath(value) };
                    break;
                case "--out":
                    options = options with { Out = Path.GetFullPath(value) };
                    break;
                default:
                    return options with { Error = $"{args[i - 1]} {value} is not an option this harness takes" };
            }
        }

        return perTarget is { } n ? options with { Inputs = n * options.Names.Count } : options;
    }

    /// <summary>The repository: the folder holding RulesDsl.sln, above the working folder or above the harness.</summary>
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RulesDsl.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("RulesDsl.sln is not above the working folder nor above the harness; run it in the repository");
    }
}
