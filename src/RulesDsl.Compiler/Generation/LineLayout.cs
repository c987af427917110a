using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RulesDsl.Compiler.Generation;

/// <summary>
/// Writes generated syntax as NormalizeWhitespace lays it out, each node and token marked <see cref="LineStart"/> on a
/// line of its own, in work that grows with the code. NormalizeWhitespace finds each token's neighbour by a search of
/// its parent's children, so a list of n statements or items costs it n²: a rule set's lists of facts and rules and its
/// <c>Decide</c> of about five statements a rule. Each long list is normalized a window at a time instead, with an item
/// either side of the window so that the tokens at its edges are laid out as beside their real neighbours; the rest of
/// the tree once per window, the windows of all lists together.
/// </summary>
internal static class LineLayout
{
    /// <summary>Marks a node or token that starts a line of the output; its data is the depth of indentation.</summary>
    public const string LineStart = "RulesDsl.LineStart";

    /// <summary>The most items of a list normalized at once.</summary>
    public const int Window = 128;

    private const string LongList = "RulesDsl.LongList";

    /// <param name="normalizing">Sees each tree given to NormalizeWhitespace; tests count its work.</param>
    public static string Write(CompilationUnitSyntax unit, int window = Window, Action<SyntaxNode>? normalizing = null)
    {
        var lists = Lists(unit, window);
        var marked = lists.Count == 0 ? unit : unit.ReplaceNodes(lists.Keys, (original, node) => node.WithAdditionalAnnotations(new SyntaxAnnotation(LongList, lists[original])));
        var lengths = marked.GetAnnotatedNodes(LongList).ToDictionary(Id, n => Items(n)!.Value);
        var rounds = lengths.Count == 0 ? 1 : lengths.Values.Max(n => (n + window - 1) / window);
        var widths = lengths.ToDictionary(l => l.Key, l => (l.Value + rounds - 1) / rounds);
        var skeleton = new List<Piece>();
        var items = lengths.Keys.ToDictionary(id => id, _ => new List<Piece>());
        for (var round = 0; round < rounds; round++)
        {
            var windowed = lengths.Count == 0 ? marked : (CompilationUnitSyntax)new Windows(round, lengths, widths).Visit(marked);
            normalizing?.Invoke(windowed);
            var normal = windowed.NormalizeWhitespace(eol: "\n");
            var walk = new Walk(round, lengths, widths, skeleton, items);
            if (round == 0)
            {
                walk.Node(normal, null);
            }
            else
            {
                foreach (var list in normal.GetAnnotatedNodes(LongList))
                {
                    walk.List(list);
                }
            }
        }

        return Text(skeleton.SelectMany(p => p.List is { } id ? items[id] : [p]));
    }

    /// <summary>A token of the output, the depth of the line it starts if it starts one; or where a long list's items go.</summary>
    private readonly record struct Piece(SyntaxToken Token, int? Depth, string? List);

    /// <summary>
    /// The text token by token in one pass, a token's trailing trivia held until the next token says whether a line
    /// starts there; a line start is written after the directives before it, which keeps a #line directly above its lambda.
    /// </summary>
    private static string Text(IEnumerable<Piece> pieces)
    {
        var text = new StringBuilder();
        var trailing = "";
        foreach (var (token, depth, _) in pieces)
        {
            if (token.IsKind(SyntaxKind.EndOfFileToken))
            {
                text.Append(trailing).Append('\n');
                break;
            }

            if (depth is { } indent)
            {
                text.Append('\n');
                foreach (var directive in token.LeadingTrivia.Where(t => t.IsDirective))
                {
                    text.Append(directive.ToFullString());
                }

                text.Append(' ', 4 * indent);
            }
            else
            {
                text.Append(trailing).Append(token.LeadingTrivia.ToFullString());
            }

            text.Append(token.Text);
            trailing = token.TrailingTrivia.ToFullString();
        }

        return text.ToString();
    }

    /// <summary>The lists longer than a window with no such list inside them, each with an id.</summary>
    private static Dictionary<SyntaxNode, string> Lists(SyntaxNode unit, int window)
    {
        var longer = unit.DescendantNodes().Where(n => Items(n) > window).ToHashSet();
        var outer = longer.SelectMany(n => n.Ancestors().Where(longer.Contains)).ToHashSet();
        return longer.Where(n => !outer.Contains(n)).Select((n, i) => (n, i))
            .ToDictionary(l => l.n, l => l.i.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>How many items a block, an initializer, a type or a switch lists; null for other nodes.</summary>
    private static int? Items(SyntaxNode node) => node switch
    {
        BlockSyntax block => block.Statements.Count,
        InitializerExpressionSyntax initializer => initializer.Expressions.Count,
        TypeDeclarationSyntax type => type.Members.Count,
        SwitchStatementSyntax switchStatement => switchStatement.Sections.Count,
        _ => null,
    };

    private static SyntaxNode First(SyntaxNode list) => list switch
    {
        BlockSyntax block => block.Statements[0],
        InitializerExpressionSyntax initializer => initializer.Expressions[0],
        SwitchStatementSyntax switchStatement => switchStatement.Sections[0],
        _ => ((TypeDeclarationSyntax)list).Members[0],
    };

    private static string Id(SyntaxNode list) => list.GetAnnotations(LongList).Single().Data!;

    /// <summary>The items of a list a round lays out, and the items it normalizes: those and one either side.</summary>
    private static (int Start, int End, int From, int To) Range(int round, int length, int width)
    {
        var (start, end) = (Math.Min(length, round * width), Math.Min(length, (round + 1) * width));
        return start == end ? (start, end, length - 1, length) : (start, end, Math.Max(0, start - 1), Math.Min(length, end + 1));
    }

    /// <summary>The tree of a round: each long list cut to the items the round normalizes.</summary>
    private sealed class Windows(int round, Dictionary<string, int> lengths, Dictionary<string, int> widths) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitBlock(BlockSyntax node) =>
            Cut(node) is var (from, to) ? node.WithStatements(List(Enumerable.Range(from, to - from).Select(i => node.Statements[i]))) : base.VisitBlock(node);

        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) =>
            Cut(node) is var (from, to) ? node.WithMembers(List(Enumerable.Range(from, to - from).Select(i => node.Members[i]))) : base.VisitStructDeclaration(node);

        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) =>
            Cut(node) is var (from, to) ? node.WithMembers(List(Enumerable.Range(from, to - from).Select(i => node.Members[i]))) : base.VisitClassDeclaration(node);

        public override SyntaxNode? VisitSwitchStatement(SwitchStatementSyntax node) =>
            Cut(node) is var (from, to) ? node.WithSections(List(Enumerable.Range(from, to - from).Select(i => node.Sections[i]))) : base.VisitSwitchStatement(node);

        public override SyntaxNode? VisitInitializerExpression(InitializerExpressionSyntax node) =>
            Cut(node) is var (from, to)
                ? node.WithExpressions(SeparatedList(Enumerable.Range(from, to - from).Select(i => node.Expressions[i])))
                : base.VisitInitializerExpression(node);

        private (int From, int To)? Cut(SyntaxNode node)
        {
            if (!node.HasAnnotations(LongList))
            {
                return null;
            }

            var id = Id(node);
            var (_, _, from, to) = Range(round, lengths[id], widths[id]);
            return (from, to);
        }
    }

    /// <summary>Collects the tokens of a round's normalized tree: the long lists' items the round lays out, and in the first round the rest.</summary>
    private sealed class Walk(int round, Dictionary<string, int> lengths, Dictionary<string, int> widths, List<Piece> skeleton, Dictionary<string, List<Piece>> items)
    {
        public void Node(SyntaxNode node, int? depth)
        {
            if (node.HasAnnotations(LongList))
            {
                List(node);
                return;
            }

            depth ??= Depth(node);
            foreach (var child in node.ChildNodesAndTokens())
            {
                Child(child, depth, skeleton);
                depth = null;
            }
        }

        /// <summary>A long list: its opening brace in the first round, the items the round lays out, and its closing
        /// brace in the round of its last item.</summary>
        public void List(SyntaxNode list)
        {
            var id = Id(list);
            var length = lengths[id];
            var (start, end, from, _) = Range(round, length, widths[id]);
            var output = items[id];
            var first = First(list);
            var index = from - 1;
            foreach (var child in list.ChildNodesAndTokens())
            {
                if (child.IsNode && (index >= from || child.AsNode() == first))
                {
                    index++;
                }

                if (index < from)
                {
                    if (round == 0)
                    {
                        Child(child, null, skeleton);
                    }
                }
                else if (index == from && round == 0 && child.IsNode)
                {
                    skeleton.Add(new Piece(default, null, id));
                    Child(child, null, output);
                }
                else if (index >= start && index < end && (child.IsNode || child.AsToken().IsKind(SyntaxKind.CommaToken) || end == length))
                {
                    Child(child, null, output);
                }
            }
        }

        private void Child(SyntaxNodeOrToken child, int? depth, List<Piece> output)
        {
            if (child.AsNode() is { } node)
            {
                if (output == skeleton)
                {
                    Node(node, depth);
                }
                else
                {
                    Tokens(node, depth ?? Depth(node), output);
                }
            }
            else
            {
                var token = child.AsToken();
                output.Add(new Piece(token, depth ?? Depth(token), null));
            }
        }

        // Inside a list's item, where there is no long list.
        private static void Tokens(SyntaxNode node, int? depth, List<Piece> output)
        {
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is { } inner)
                {
                    Tokens(inner, depth ?? Depth(inner), output);
                }
                else
                {
                    var token = child.AsToken();
                    output.Add(new Piece(token, depth ?? Depth(token), null));
                }

                depth = null;
            }
        }

        private static int? Depth(SyntaxNodeOrToken item) =>
            item.GetAnnotations(LineStart).SingleOrDefault() is { } start ? int.Parse(start.Data!, CultureInfo.InvariantCulture) : null;
    }
}
