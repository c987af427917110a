using System.Diagnostics;

namespace RulesDsl.Cli.Tests;

/// <summary>Runs the <c>dotnet</c> the tests run under as a child process, for what must happen in a process of its own.</summary>
internal static class Dotnet
{
    /// <summary>The CLI's own assembly, copied beside the tests with its runtime configuration.</summary>
    public static string Rulesdsl => Path.Combine(AppContext.BaseDirectory, "rulesdsl.dll");

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts the child and returns at once, for a test that ends it midway; its output is redirected.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        args.ToList().ForEach(start.ArgumentList.Add);
        // No build server outlives the test, and the test run's own MSBuild settings do not leak into the child's.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && k != "MSBUILDDISABLENODEREUSE").ToList())
        {
            start.Environment.Remove(name);
        }

        return Process.Start(start)!;
    }
}
