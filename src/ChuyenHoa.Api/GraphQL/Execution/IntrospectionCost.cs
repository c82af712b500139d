using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>
/// What introspection costs in the complexity analysis: a <c>__schema</c> selection as many elements as the schema
/// describes (types, fields, arguments, values, directives), a <c>__type</c> selection as many as its largest type,
/// whatever is selected below them. Free introspection let 400 aliased <c>__schema</c> selections answer 21 MB.
/// </summary>
public static class IntrospectionCost
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ISchema, Sizes> BySchema = [];

    /// <summary>The cost of an introspection field, or null for any other field.</summary>
    public static FieldComplexityResult? Of(FieldImpactContext field)
    {
        var name = field.FieldDefinition.Name;
        if (!name.StartsWith("__", StringComparison.Ordinal) && !field.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return null;
        }

        var sizes = BySchema.GetValue(field.ValidationContext.Schema, Measure);
        return name switch
        {
            "__schema" => new FieldComplexityResult(sizes.Schema, 0),
            "__type" => new FieldComplexityResult(sizes.LargestType, 0),
            _ => new FieldComplexityResult(0, 1),
        };
    }

    private static Sizes Measure(ISchema schema)
    {
        var types = schema.AllTypes.Select(SizeOf).ToList();
        var directives = schema.Directives.Sum(d => 1 + (d.Arguments?.Count ?? 0));
        return new Sizes(types.Sum() + directives, types.Max());
    }

    private static int SizeOf(IGraphType type) => 1 + type switch
    {
        IComplexGraphType complex => complex.Fields.Sum(f => 1 + (f.Arguments?.Count ?? 0)),
        EnumerationGraphType enumeration => enumeration.Values.Count,
        IAbstractGraphType @abstract => @abstract.PossibleTypes.Count,
        _ => 0,
    };

    private sealed record Sizes(int Schema, int LargestType);
}
