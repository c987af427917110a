namespace RulesDsl.Import.Html;

internal sealed partial class OjDocumentReader
{
    public ReadDocument? ReadCellar() => ReadConvex();
}
