using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using RulesDsl.Compiler.Diagnostics;
using RulesDsl.Diagnostics;

namespace RulesDsl.Compiler.Emit;

/// <summary>
/// What a classifier assembly may use, checked on its metadata after emit: the assemblies it references and every type
/// it refers to. Anything else (files, processes, reflection, threads, the network, native code) is refused, whatever
/// the rules text held.
/// </summary>
public static class Sandbox
{
    public static ImmutableHashSet<string> Assemblies { get; } = ["RulesDsl.Runtime", "System.Runtime", "System.Private.CoreLib"];

    /// <summary>The types of the core library generated code and the C# compiler's own output need.</summary>
    public static ImmutableHashSet<string> CoreTypes { get; } =
    [
        "System.Object", "System.ValueType", "System.String", "System.Double", "System.Int32", "System.Boolean", "System.Byte",
        "System.DateOnly", "System.Nullable`1", "System.Func`2", "System.Attribute", "System.AttributeUsageAttribute",
        "System.AttributeTargets", "System.SerializableAttribute", "System.Collections.Generic.IReadOnlyList`1",
        // The slot of a set fact in a classifier's typed facts.
        "System.Collections.Generic.IReadOnlySet`1",
        "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
        "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
        "System.Runtime.CompilerServices.NullableAttribute",
        "System.Runtime.CompilerServices.NullableContextAttribute",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        // Marks the assembly's debugging mode; it is an attribute, not a debugger API.
        "System.Diagnostics.DebuggableAttribute", "System.Diagnostics.DebuggableAttribute.DebuggingModes",
    ];

    public const string RuntimeNamespace = "RulesDsl.Runtime";

    /// <summary>Each assembly and type outside the allow-lists, as an RD0204 error.</summary>
    public static IEnumerable<Diagnostic> Check(byte[] assembly, SourcePosition at)
    {
        using var pe = new PEReader(ImmutableArray.Create(assembly));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
            if (!Assemblies.Contains(name))
            {
                yield return CompilerDiagnostics.OutsideSandbox(at, $"assembly '{name}'");
            }
        }

        foreach (var name in TypeReferences(metadata))
        {
            if (!CoreTypes.Contains(name) && !name.StartsWith(RuntimeNamespace + ".", StringComparison.Ordinal))
            {
                yield return CompilerDiagnostics.OutsideSandbox(at, $"type '{name}'");
            }
        }

        if (metadata.GetTableRowCount(TableIndex.ModuleRef) > 0 || metadata.GetTableRowCount(TableIndex.ImplMap) > 0)
        {
            yield return CompilerDiagnostics.OutsideSandbox(at, "native code");
        }
    }

    /// <summary>The full name of every type the assembly refers to (nested types as <c>Outer.Inner</c>).</summary>
    public static IEnumerable<string> TypeReferences(MetadataReader metadata) =>
        metadata.TypeReferences.Select(handle => FullName(metadata, handle)).Distinct().Order(StringComparer.Ordinal);

    private static string FullName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "." + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
