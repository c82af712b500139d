using ChuyenHoa.Api.Features.Indicators;
using ChuyenHoa.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>The schema built as the Api builds it, without a host: its input objects are bound to records, not read back by string.</summary>
public sealed class TypedInputTests
{
    private static ISchema BuildSchema()
    {
        var services = new ServiceCollection();
        services.AddGraphQL(graphql => graphql.AddSchema<ChuyenHoaSchema>().AddGraphTypes(typeof(ChuyenHoaSchema).Assembly));
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    [Fact]
    public void Every_input_object_is_bound_to_a_record_with_a_property_for_each_of_its_fields()
    {
        var inputs = BuildSchema().AllTypes.OfType<IInputObjectGraphType>().ToList();

        Assert.NotEmpty(inputs);
        foreach (var input in inputs)
        {
            var record = Record(input.GetType());
            Assert.True(record is not null && record != typeof(object), $"{input.Name} is not bound to a record (InputObjectGraphType<TRecord>).");
            foreach (var field in input.Fields)
            {
                Assert.True(record!.GetProperty(char.ToUpperInvariant(field.Name[0]) + field.Name[1..]) is not null, $"{record.Name} has no property for {input.Name}.{field.Name}.");
            }
        }
    }

    [Fact]
    public void A_report_input_parses_into_its_record_with_its_indicator_values()
    {
        var type = (IInputObjectGraphType)BuildSchema().AllTypes["SubmitIndicatorReportInput"]!;

        var parsed = type.ParseDictionary(new Dictionary<string, object?>
        {
            ["communeCode"] = "03718",
            ["period"] = "2023-10",
            ["values"] = new List<object?> { new IndicatorInput("criminal_cases", 3) },
            ["note"] = "Số liệu tháng 10",
        });

        var input = Assert.IsType<SubmitIndicatorReportInput>(parsed);
        Assert.Equal(("03718", "2023-10", "Số liệu tháng 10", (bool?)null, (string?)null), (input.CommuneCode, input.Period, input.Note, input.OverrideStockFlow, input.ClientMutationId));
        var report = input.ToReport();
        Assert.Equal(("criminal_cases", 3.0), (Assert.Single(report.Values).Indicator, report.Values[0].Value));
        Assert.False(report.OverrideStockFlow);
    }

    private static Type? Record(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(InputObjectGraphType<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
