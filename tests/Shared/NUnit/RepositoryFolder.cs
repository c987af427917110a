using System.Runtime.CompilerServices;

namespace RulesDsl.Tests;

/// <summary>
/// Runs each test assembly from the repository's root, as the CLI is run: a rules file a test checks under a path such
/// as <c>rules/gpai-systemic-risk.rules</c> finds the files it imports (<c>rules/gpai-models.rules</c>) where they lie.
/// Set when the assembly loads, before NUnit reads the test cases that check rules files to name them.
/// </summary>
internal static class RepositoryFolder
{
    [ModuleInitializer]
    internal static void RunFromTheRepositoryRoot() => Environment.CurrentDirectory = RepoPaths.Root;
}
