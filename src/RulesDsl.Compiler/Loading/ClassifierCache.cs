using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RulesDsl.Caching;
using RulesDsl.Compiler.Emit;
using RulesDsl.Compiler.Generation;
using RulesDsl.Files;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Loading;

/// <summary>
/// What a cache entry records beside its dll and pdb, written last: the hash of each, the versions that built them,
/// the manifest they embed, and an HMAC-SHA256 of all that and the entry's key under the user's
/// <see cref="CacheSigningKey"/>. An entry without it is incomplete; one whose MAC does not verify was not written by
/// this user's rulesdsl.
/// </summary>
public sealed record CacheRecord(string AssemblySha256, string PdbSha256, string Tools, string Manifest, string? Mac = null)
{
    // Written and read member by member rather than by the reflection serializer: a cache hit is on the start-up path of
    // every command, and the serializer's code for a type of ours is compiled at run time, not ahead of it.
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(AssemblySha256), AssemblySha256);
            writer.WriteString(nameof(PdbSha256), PdbSha256);
            writer.WriteString(nameof(Tools), Tools);
            writer.WriteString(nameof(Manifest), Manifest);
            writer.WriteString(nameof(Mac), Mac);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The record in the text, or null when it is not a JSON object holding each member as a string.</summary>
    public static CacheRecord? FromJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            string? Text(string name) =>
                root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

            return Text(nameof(AssemblySha256)) is { } assembly && Text(nameof(PdbSha256)) is { } pdb && Text(nameof(Tools)) is { } tools && Text(nameof(Manifest)) is { } manifest
                ? new CacheRecord(assembly, pdb, tools, manifest, Text(nameof(Mac)))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A look-up in the cache: the verified bytes of a hit, or why the entry there was refused (null on a miss).</summary>
public sealed record CacheLookup(byte[]? Assembly, byte[]? Pdb, string? Refused)
{
    public static CacheLookup Miss { get; } = new(null, null, null);
}

/// <summary>
/// Built classifiers in the user's <see cref="CacheFolder"/>, by the hash of what they were built from, so that an
/// unchanged rule set is not compiled again. Whoever can write to the folder could otherwise choose every later verdict,
/// so nothing is loaded from it unproven: a hit must match the hash recorded when it was written (in a record signed
/// with a key the folder does not hold), embed the manifest just generated and pass the sandbox, all read from its
/// metadata before any of its code can run.
/// </summary>
public sealed class ClassifierCache(string folder, string? keyFile = null)
{
    public const string Variable = CacheFolder.Variable;

    private readonly CacheFolder cache = new(folder, keyFile);

    public string Folder => cache.Folder;

    public string KeyFile => cache.KeyFile;

    public static ClassifierCache Default { get; } = new(DefaultFolder());

    /// <summary>
    /// What builds a classifier besides its source: rulesdsl, the Roslyn that compiles it, the runtime it runs against
    /// (its module id changes with every build of it) and the sandbox's allow-lists. A change to any is a new key, so
    /// an upgrade never loads what an older version built.
    /// </summary>
    public static string Tools { get; } = string.Join("\n",
        "rulesdsl " + ClassifierGenerator.ToolVersion,
        "generator " + typeof(ClassifierGenerator).Assembly.ManifestModule.ModuleVersionId,
        "language " + typeof(Language.Checking.CheckedRules).Assembly.ManifestModule.ModuleVersionId,
        "roslyn " + Roslyn(),
        "runtime " + Informational(typeof(Classifier).Assembly) + " " + typeof(Classifier).Assembly.ManifestModule.ModuleVersionId,
        "framework " + RuntimeInformation.FrameworkDescription,
        "sandbox " + string.Join(",", Sandbox.Assemblies.Order(StringComparer.Ordinal)) + ";" + string.Join(",", Sandbox.CoreTypes.Order(StringComparer.Ordinal)) + ";" + Sandbox.RuntimeNamespace);

    public static string DefaultFolder() => CacheFolder.DefaultFolder();

    /// <summary>
    /// The key of a classifier, from what it is built of rather than from its C#, so that a hit costs no code generation:
    /// its names, its manifest (the hash of every rules file it reads and of every cited text, and what each citation
    /// resolved to) and the <see cref="Tools"/>, which name the very builds of the generator and the language that
    /// write the C#. Whatever changes the C# changes one of these.
    /// </summary>
    public static string Key(ClassifierPlan plan) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join("\0", Tools, plan.AssemblyName, plan.TypeName, plan.Manifest.ToJson()))));

    /// <summary>Why the cache must not be used, or null if it may (see <see cref="CacheFolder.Distrust"/>).</summary>
    public string? Distrust() => cache.Distrust();

    /// <summary>The record of an entry signed with the user's key: what <see cref="Put"/> writes.</summary>
    public CacheRecord Sign(string key, CacheRecord record) => record with { Mac = Mac(key, record) };

    /// <summary>The entry under the key, proven to be the build of what <paramref name="built"/> names, or why it is not.</summary>
    public CacheLookup TryGet(string key, ClassifierManifest built)
    {
        var manifest = built.ToJson();
        return Lookup(key, recorded => recorded == manifest);
    }

    /// <summary>
    /// The entry under the key, proven to be the build of the manifest whose text hashes to
    /// <paramref name="manifestSha256"/>, or why it is not: for a caller that remembers which classifier its rules load
    /// without generating the plan again.
    /// </summary>
    public CacheLookup TryGetRecorded(string key, string manifestSha256) =>
        Lookup(key, recorded => CacheFolder.Sha256(Encoding.UTF8.GetBytes(recorded)) == manifestSha256);

    private CacheLookup Lookup(string key, Func<string, bool> expected)
    {
        byte[] dll;
        byte[] pdb;
        string? record;
        try
        {
            var files = Files(key);
            if (!File.Exists(files.Dll) && !File.Exists(files.Pdb) && !File.Exists(files.Record))
            {
                return CacheLookup.Miss;
            }

            if (!File.Exists(files.Dll) || !File.Exists(files.Pdb) || !File.Exists(files.Record))
            {
                return Refused("incomplete (a file of the entry is missing)");
            }

            dll = File.ReadAllBytes(files.Dll);
            pdb = File.ReadAllBytes(files.Pdb);
            record = File.ReadAllText(files.Record);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CacheLookup.Miss;
        }

        var refused = CacheRecord.FromJson(record) switch
        {
            null => "incomplete (its record cannot be read)",
            { Tools: var tools } when tools != Tools => "built by other versions of rulesdsl, Roslyn or the runtime",
            var read when !Verified(key, read) => "not signed with this user's cache key (someone else wrote its record)",
            { Manifest: var recorded } when !expected(recorded) => "recorded for other rules",
            { AssemblySha256: var hash } when hash != CacheFolder.Sha256(dll) => "not the dll that was written (its hash differs)",
            { PdbSha256: var hash } when hash != CacheFolder.Sha256(pdb) => "not the pdb that was written (its hash differs)",
            var read => Verify(dll, read.Manifest),
        };
        return refused is null ? new CacheLookup(dll, pdb, null) : Refused(refused);
    }

    /// <summary>Writes an entry all or nothing, its record last: a reader never takes a half-written entry for a whole one.</summary>
    public void Put(string key, ClassifierManifest built, byte[] assembly, byte[] pdb)
    {
        try
        {
            cache.CreatePrivate();
            var files = Files(key);
            var record = Sign(key, new CacheRecord(CacheFolder.Sha256(assembly), CacheFolder.Sha256(pdb), Tools, built.ToJson()));
            AllOrNothing.Write([(files.Pdb, pdb), (files.Dll, assembly), (files.Record, Encoding.UTF8.GetBytes(record.ToJson()))]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full disk only costs a recompilation next time.
        }
    }

    /// <summary>Removes an entry, its record first so that what is left of it is never taken for an entry.</summary>
    public void Evict(string key)
    {
        var files = Files(key);
        foreach (var file in new[] { files.Record, files.Dll, files.Pdb })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An entry that cannot be removed is refused again next time, and rewritten when it can be.
            }
        }
    }

    /// <summary>
    /// Why an assembly is not the classifier its manifest names, read from its metadata alone (nothing of it runs):
    /// not an assembly, a manifest other than the one expected, or outside the sandbox. Null when it is.
    /// </summary>
    public static string? Verify(byte[] assembly, string manifest)
    {
        try
        {
            using var pe = new PEReader(ImmutableArray.Create(assembly));
            if (!pe.HasMetadata)
            {
                return "not an assembly";
            }

            var embedded = EmbeddedManifest(pe);
            if (embedded is null)
            {
                return "not a rulesdsl classifier (it embeds no manifest)";
            }

            if (embedded != manifest)
            {
                return "built from other rules (its manifest differs)";
            }

            var outside = Sandbox.Check(assembly, new RulesDsl.Diagnostics.SourcePosition("", 1, 1)).FirstOrDefault(d => d.IsError);
            return outside is null ? null : "outside the sandbox: " + outside.Message;
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentException or OverflowException)
        {
            return "not an assembly (" + e.Message + ")";
        }
    }

    /// <summary>The manifest resource's text, from the PE's resource section as the metadata places it.</summary>
    private static string? EmbeddedManifest(PEReader pe)
    {
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != ClassifierManifest.ResourceName)
            {
                continue;
            }

            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var reader = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader(0, directory.Size);
            reader.Offset = checked((int)resource.Offset);
            var length = reader.ReadInt32();
            return Encoding.UTF8.GetString(reader.ReadBytes(length));
        }

        return null;
    }

    private static CacheLookup Refused(string why) => new(null, null, why);

    private bool Verified(string key, CacheRecord record) => cache.Verified(record.Mac, Signed(key, record));

    private string? Mac(string key, CacheRecord record) => cache.Mac(Signed(key, record));

    private static string[] Signed(string key, CacheRecord record) => [key, record.AssemblySha256, record.PdbSha256, record.Tools, record.Manifest];

    private (string Dll, string Pdb, string Record) Files(string key) =>
        (Path.Combine(Folder, key + ".dll"), Path.Combine(Folder, key + ".pdb"), Path.Combine(Folder, key + ".json"));

    /// <summary>
    /// The Roslyn this build compiles with, read without loading it (a cache hit compiles nothing, so it need not pay for
    /// loading the compiler): the identity the compiler was built against, and the size and time of the file beside it,
    /// which any other build of it changes. (Its file version, read from the file's resources, cost a warm run ~9 ms.)
    /// </summary>
    private static string Roslyn()
    {
        var reference = typeof(ClassifierCache).Assembly.GetReferencedAssemblies().First(a => a.Name == "Microsoft.CodeAnalysis.CSharp");
        var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, reference.Name + ".dll"));
        return reference.FullName + (file.Exists ? string.Create(CultureInfo.InvariantCulture, $" {file.Length} {file.LastWriteTimeUtc.Ticks}") : "");
    }

    private static string Informational(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "";
}
