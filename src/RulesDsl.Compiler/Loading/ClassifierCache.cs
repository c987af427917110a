using System.Security.Cryptography;
using System.Text;
using RulesDsl.Compiler.Generation;
using RulesDsl.Files;

namespace RulesDsl.Compiler.Loading;

/// <summary>
/// Built classifiers on disk, by the hash of what they were built from, so that an unchanged rule set is not compiled
/// again. The folder is <c>$RULESDSL_CACHE</c>, else <c>$XDG_CACHE_HOME/rulesdsl</c>, else <c>~/.cache/rulesdsl</c>.
/// A cache that cannot be read or written is skipped, never an error: it only saves time.
/// </summary>
public sealed class ClassifierCache(string folder)
{
    public const string Variable = "RULESDSL_CACHE";

    public string Folder { get; } = folder;

    public static ClassifierCache Default { get; } = new(DefaultFolder());

    public static string DefaultFolder()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set)
        {
            return set;
        }

        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "rulesdsl");
    }

    /// <summary>The key of a generated classifier: its source, manifest and the tool that compiles it.</summary>
    public static string Key(GeneratedClassifier generated) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join("\0", ClassifierGenerator.ToolVersion, generated.AssemblyName, generated.Source, generated.Manifest.ToJson()))));

    public (byte[] Assembly, byte[] Pdb)? TryGet(string key)
    {
        try
        {
            var dll = Path.Combine(Folder, key + ".dll");
            var pdb = Path.Combine(Folder, key + ".pdb");
            return File.Exists(dll) && File.Exists(pdb) ? (File.ReadAllBytes(dll), File.ReadAllBytes(pdb)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Put(string key, byte[] assembly, byte[] pdb)
    {
        try
        {
            AllOrNothing.Write([(Path.Combine(Folder, key + ".pdb"), pdb), (Path.Combine(Folder, key + ".dll"), assembly)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full disk only costs a recompilation next time.
        }
    }
}
