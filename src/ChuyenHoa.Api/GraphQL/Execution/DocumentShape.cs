using GraphQLParser;
using GraphQLParser.AST;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>
/// How big a document is, measured in one pass before it is validated. Field and alias counts expand fragment
/// spreads (a fragment spread twice counts twice), so a few nested fragments cannot stand for millions of fields;
/// they also count the fields written in every fragment definition, used or not, since validation reads them all.
/// </summary>
public sealed record DocumentShape(int Fields, int Aliases, int Fragments)
{
    /// <summary>Lexical tokens of a text, counted without parsing; stops counting past <paramref name="limit"/>.</summary>
    /// <returns>The count, or <paramref name="limit"/> + 1 when there are more; null when the text cannot be tokenized (the parser says why).</returns>
    public static int? CountTokens(string text, int limit)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count <= limit)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return count;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return null;
        }

        return count;
    }

    public static DocumentShape Measure(GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
        var expanded = new Dictionary<string, (long Fields, long Aliases)>(StringComparer.Ordinal);
        long fields = 0, aliases = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            (fields, aliases) = Add((fields, aliases), Count(operation.SelectionSet, expand: true));
        }

        foreach (var fragment in fragments.Values)
        {
            (fields, aliases) = Add((fields, aliases), Count(fragment.SelectionSet, expand: false));
        }

        var fragmentCount = fragments.Count + CountSpreads(document);
        return new DocumentShape((int)Math.Min(fields, int.MaxValue), (int)Math.Min(aliases, int.MaxValue), fragmentCount);

        // Unexpanded, a spread counts nothing: the fields of a fragment as written in its definition.
        (long Fields, long Aliases) Count(GraphQLSelectionSet? set, bool expand)
        {
            long f = 0, a = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                var (childFields, childAliases) = selection switch
                {
                    GraphQLField field => Add(Count(field.SelectionSet, expand), (1, field.Alias is null ? 0 : 1)),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet, expand),
                    GraphQLFragmentSpread spread when expand => Spread(spread.FragmentName.Name.StringValue),
                    _ => (0, 0),
                };
                f = Saturate(f + childFields);
                a = Saturate(a + childAliases);
            }

            return (f, a);
        }

        (long Fields, long Aliases) Spread(string name)
        {
            if (expanded.TryGetValue(name, out var known))
            {
                return known;
            }

            // A cycle counts once here; validation refuses the document for it.
            expanded[name] = (0, 0);
            return expanded[name] = fragments.TryGetValue(name, out var fragment) ? Count(fragment.SelectionSet, expand: true) : (0, 0);
        }
    }

    /// <summary>The top-level fields an operation runs, fragments expanded, introspection left out: one rate-limit permit each for a mutation.</summary>
    public static int TopLevelFields(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Count(operation.SelectionSet);

        int Count(GraphQLSelectionSet set) => set.Selections.Sum(selection => selection switch
        {
            GraphQLField field => field.Name.Value.Span.StartsWith("__") ? 0 : 1,
            GraphQLInlineFragment inline => Count(inline.SelectionSet),
            GraphQLFragmentSpread spread when seen.Add(spread.FragmentName.Name.StringValue)
                && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment => Count(fragment.SelectionSet),
            _ => 0,
        });
    }

    private static (long, long) Add((long, long) x, (long, long) y) => (Saturate(x.Item1 + y.Item1), Saturate(x.Item2 + y.Item2));

    // Counts stop growing far past any limit, so that exponential expansion cannot overflow.
    private static long Saturate(long value) => Math.Min(value, 1L << 40);

    private static int CountSpreads(GraphQLDocument document)
    {
        var spreads = 0;
        var pending = new Stack<GraphQLSelectionSet>(document.Definitions.Select(d => d switch
        {
            GraphQLOperationDefinition o => o.SelectionSet,
            GraphQLFragmentDefinition f => f.SelectionSet,
            _ => null,
        }).OfType<GraphQLSelectionSet>());
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLFragmentSpread:
                        spreads++;
                        break;
                    case GraphQLField { SelectionSet: { } child }:
                        pending.Push(child);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return spreads;
    }
}
