using System.Net;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Security;
using GraphQLParser;
using GraphQLParser.AST;

namespace ChuyenHoa.Api.Tests.Authorization;

/// <summary>
/// The authorization matrix at every depth, generated from the served schema: from every root field that leads to a
/// unit, plan, designation, proposal, report history or indicator list (node included), every path through such
/// fields up to <see cref="MaxHops"/> of them, asked by every role of two provinces and two districts each, through real
/// tokens and real HTTP. Whatever comes back must be the caller's to read (checked object by object against the
/// domain's scope rule), nothing may name a unit or proposal outside it, and nothing may come back as an error.
/// </summary>
[Collection(AuthorizationMatrixCollection.Name)]
public sealed class NestedAuthorizationMatrixTests(MatrixHost api)
{
    /// <summary>How many unit, plan, designation, proposal, report-history or indicator fields a path goes through below its root.</summary>
    private const int MaxHops = 4;

    private static readonly HashSet<string> UnitTypes = ["Province", "District", "Commune"];

    /// <summary>The kinds of object a scope check guards; connection, edge and snapshot types are only passed through.</summary>
    private static readonly HashSet<string> GuardedTypes = [.. UnitTypes, "ConversionPlan", "Designation", "RemovalProposal", "ReportRevision", "IndicatorValue"];

    public static TheoryData<string> Callers => MatrixCallers.All;

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Nothing_below_any_root_field_is_outside_the_callers_scope(string caller)
    {
        var (role, province, district, _) = MatrixCallers.Scopes[caller];
        var scope = new CallerScope(caller, caller, [role], province, district);
        var schema = await SchemaAsync();
        using var client = api.Client(api.Token(role, province, district));
        var roots = RootFields(schema).ToList();
        Assert.Equal(["commune", "conversionPlan", "district", "node", "province", "provinces", "removalCriteriaPreview", "removalProposals"], roots.Select(r => r.Name).Order());

        var leaks = new List<string>();
        var communesWithHistory = 0;
        foreach (var root in roots)
        {
            var instances = RootInstances(root).ToList();
            var document = "{ " + string.Join(" ", instances.Select((instance, i) => $"r{i}: {root.Name}{instance.Arguments} {{ {Selection(schema, root.TypeName, MaxHops, instance.TypeName)} }}")) + " }";
            var response = await client.PostAsync(document);
            Assert.True(response.Status == HttpStatusCode.OK && response.Errors is null or { Count: 0 }, $"{caller} {root.Name}: {(int)response.Status} {Truncate(response.Body)}");

            foreach (var (instance, i) in instances.Select((instance, i) => (instance, i)))
            {
                var answer = response.Data![$"r{i}"];
                Assert.True(RootExpected(scope, root.Name, instance) == Shows(answer), $"{caller} {root.Name}{instance.Arguments}: {Truncate(answer?.ToJsonString())}");
                // A preview's figures are those of the commune it names, which the oracle says whether the caller reads.
                Walk(scope, answer, $"{root.Name}{instance.Arguments}", ownerReadable: root.Name == "removalCriteriaPreview" && CanReadData(scope, instance.Key), leaks, ref communesWithHistory);
            }

            leaks.AddRange(ForbiddenMarkers(scope).Where(m => response.Body.Contains(m.Marker, StringComparison.Ordinal)).Select(m => $"{root.Name}: the answer names {m.What}"));
        }

        Assert.True(leaks.Count == 0, $"{caller} reads outside its scope:\n{string.Join("\n", leaks.Distinct().Take(30))}");
        // The checks must not hide what the caller may read: whoever reads a reported commune gets its report history.
        Assert.Equal(role is Roles.PlatformAdmin || district == "106", communesWithHistory == 0);
    }

    /// <summary>Whether a root field's answer holds something: an object, or a list or connection with entries.</summary>
    private static bool Shows(JsonNode? answer) => answer switch
    {
        null => false,
        JsonArray list => list.Count > 0,
        JsonObject connection when connection.ContainsKey("edges") => connection["edges"]!.AsArray().Count > 0,
        _ => true,
    };

    /// <summary>What the scope rule lets the caller get from a root field with these arguments (the oracle is the domain rule, not the API).</summary>
    private bool RootExpected(CallerScope scope, string field, RootInstance instance) => field switch
    {
        "province" or "district" or "commune" => CanSee(scope, instance.Key),
        "provinces" => MatrixCallers.Scopes.Values.Select(s => s.Province).Distinct().Any(scope.CanSeeProvince),
        "conversionPlan" => scope.CanSeeProvince(instance.Key),
        "removalCriteriaPreview" => CanReadData(scope, instance.Key),
        "removalProposals" => Proposals().Any(p => p.Province == instance.Key && scope.CanReadUnit(p.Province, p.District)),
        "node" => GlobalId.TryDecode(instance.Key, out var type, out var key) && type switch
        {
            "ConversionPlan" => scope.CanSeeProvince(key.Split('-')[0]),
            "RemovalProposal" => Proposals().Any(p => p.Id.ToString("N") == key && scope.CanReadUnit(p.Province, p.District)),
            _ => CanSee(scope, key),
        },
        _ => throw new InvalidOperationException($"The matrix does not know what {field} should show."),
    };

    /// <summary>Checks each object of the answer by its type, and each indicator value or report revision by the unit or proposal that holds it.</summary>
    private void Walk(CallerScope scope, JsonNode? node, string path, bool ownerReadable, List<string> leaks, ref int communesWithHistory)
    {
        if (node is JsonArray list)
        {
            foreach (var entry in list)
            {
                Walk(scope, entry, path + "[]", ownerReadable, leaks, ref communesWithHistory);
            }

            return;
        }

        if (node is not JsonObject item)
        {
            return;
        }

        var typeName = (string?)item["__typename"];
        var here = typeName is null ? path : $"{path} ({typeName})";
        switch (typeName)
        {
            case "Province":
                var provinceCode = (string)item["code"]!;
                Leak(!scope.CanSeeProvince(provinceCode), $"province {provinceCode}");
                ownerReadable = scope.CanReadUnit(provinceCode, null);
                break;
            case "District" or "Commune":
                var code = (string)item["code"]!;
                ownerReadable = CanReadData(scope, code);
                Leak(!ownerReadable, $"{typeName} {code}");
                communesWithHistory += typeName == "Commune" && item["reportHistory"] is JsonArray { Count: > 0 } ? 1 : 0;
                break;
            case "ConversionPlan":
                var planProvince = GlobalId.TryDecode((string?)item["id"], out _, out var planKey) ? planKey.Split('-')[0] : "?";
                Leak(!scope.CanSeeProvince(planProvince), $"the plan of {planProvince}");
                break;
            case "Designation":
                var designated = (string)item["communeCode"]!;
                Leak(!CanReadData(scope, designated), $"the designation of {designated}");
                break;
            case "RemovalProposal":
                var proposalDistrict = (string)item["districtCode"]!;
                ownerReadable = scope.CanReadUnit(api.Units[(string)item["communeCode"]!].ProvinceCode, proposalDistrict);
                Leak(!ownerReadable, $"a proposal of district {proposalDistrict}");
                break;
            case "IndicatorValue" or "ReportRevision":
                Leak(!ownerReadable, $"an {typeName} of a unit or proposal it may not read");
                break;
        }

        foreach (var (name, child) in item)
        {
            Walk(scope, child, $"{here}.{name}", ownerReadable, leaks, ref communesWithHistory);
        }

        void Leak(bool leaked, string what)
        {
            if (leaked)
            {
                leaks.Add($"{here}: {what}");
            }
        }
    }

    /// <summary>Codes of units and ids of proposals the caller may not see: none may appear anywhere in an answer.</summary>
    private IEnumerable<(string Marker, string What)> ForbiddenMarkers(CallerScope scope) =>
        api.Units.Keys.Where(code => !CanSee(scope, code)).Select(code => ($"\"{code}\"", $"unit {code}"))
            .Concat(Proposals().Where(p => !scope.CanReadUnit(p.Province, p.District)).SelectMany(p => new[]
            {
                ($"\"{GlobalId.Encode("RemovalProposal", p.Id.ToString("N"))}\"", $"the proposal of district {p.District}"),
                (p.Id.ToString("N"), $"the proposal of district {p.District}"),
            }));

    private bool CanSee(CallerScope scope, string unitCode) =>
        api.Units.TryGetValue(unitCode, out var unit) && (unit.Level == UnitLevel.Province ? scope.CanSeeProvince(unit.Code) : CanReadData(scope, unitCode));

    private bool CanReadData(CallerScope scope, string unitCode) =>
        api.Units[unitCode] is var unit && scope.CanReadUnit(unit.ProvinceCode, UnitLoader.DistrictOf(unit));

    private IEnumerable<(Guid Id, string Province, string District)> Proposals() =>
    [
        (api.ProposalId, "14", "118"),
        (api.WithdrawnProposalId, "14", "119"),
        (api.LaiChauProposalId, "12", "105"),
    ];

    /// <summary>A root field's arguments, the code or id they name, and the type asked for when the field returns an interface.</summary>
    private sealed record RootInstance(string Arguments, string Key, string? TypeName = null);

    private sealed record Field(string Name, string TypeName, string TypeText, IReadOnlyList<(string Name, bool Required)> Arguments);

    private sealed record SchemaType(string Name, bool IsComposite, IReadOnlyList<Field> Fields, IReadOnlyList<string> Implementations);

    private sealed record Schema(IReadOnlyDictionary<string, SchemaType> Types, IReadOnlySet<string> Leading);

    /// <summary>The Query fields that lead to a guarded kind of object.</summary>
    private static IEnumerable<Field> RootFields(Schema schema) =>
        schema.Types["Query"].Fields.Where(f => schema.Leading.Contains(f.TypeName));

    /// <summary>Every argument combination a root field is asked with: units and proposals of both provinces, the caller's and others'.</summary>
    private IEnumerable<RootInstance> RootInstances(Field root)
    {
        var required = root.Arguments.Where(a => a.Required).Select(a => a.Name).ToList();
        var codes = root.TypeName switch
        {
            "Province" => new[] { "14", "12" },
            "District" => ["118", "119", "105", "106"],
            _ => new[] { "03718", "03772" }.Concat(api.LaiChauCommunes).ToArray(),
        };
        var nodeIds = new[] { "14", "12", "118", "119", "105", "106", "03718", "03772", api.LaiChauCommunes[0], api.LaiChauCommunes[1] }
            .Select(code => GlobalId.Encode(api.Units[code].Level.ToString(), code))
            .Concat(new[] { "14-2023", "12-2023" }.Select(key => GlobalId.Encode("ConversionPlan", key)))
            .Concat(Proposals().Select(p => GlobalId.Encode("RemovalProposal", p.Id.ToString("N"))));
        return required switch
        {
            [] => [new RootInstance("", "")],
            ["code"] => codes.Select(code => new RootInstance($"(code: \"{code}\")", code)),
            // Each id asks for the fields of its own type: asking every type of every id would only repeat the same paths.
            ["id"] => nodeIds.Select(id => new RootInstance($"(id: \"{id}\")", id, GlobalId.TryDecode(id, out var type, out _) ? type : null)),
            ["provinceCode"] => new[] { "14", "12" }.Select(code => new RootInstance($"(provinceCode: \"{code}\")", code)),
            ["provinceCode", "year"] => new[] { "14", "12" }.Select(code => new RootInstance($"(provinceCode: \"{code}\", year: 2023)", code)),
            // Each designated commune of both provinces' plans of 2023, under its own province's plan.
            ["provinceCode", "year", "communeCode"] => codes.Select(code =>
                new RootInstance($"(provinceCode: \"{api.Units[code].ProvinceCode}\", year: 2023, communeCode: \"{code}\")", code)),
            _ => throw new InvalidOperationException($"Teach the matrix the arguments of {root.Name}: {string.Join(", ", required)}."),
        };
    }

    /// <summary>
    /// Every leaf of the type, and every field leading to a guarded kind of object while hops are left; an interface by
    /// its implementations. Two things are left out because they can only repeat objects already checked: the way back
    /// to the parent that listed the object (a district of <c>province.districts</c> has that province as its
    /// <c>province</c>), and the leaves of report revisions and indicator values, whose presence is what counts.
    /// </summary>
    private static string Selection(Schema schema, string typeName, int hopsLeft, string? onlyImplementation = null, IReadOnlySet<string>? aliased = null, string? listedBy = null)
    {
        var type = schema.Types[typeName];
        var parts = new List<string> { "__typename" };
        if (type.Implementations.Count > 0)
        {
            // A field that the implementations type differently (decisionDate: String! on a plan, String on a proposal) gets an alias in each.
            var implementations = type.Implementations.Where(i => schema.Leading.Contains(i) && (onlyImplementation is null || i == onlyImplementation)).ToList();
            var clashing = implementations.SelectMany(i => schema.Types[i].Fields).GroupBy(f => f.Name).Where(g => g.Select(f => f.TypeText).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
            parts.AddRange(implementations.Select(implementation => $"... on {implementation} {{ {Selection(schema, implementation, hopsLeft, aliased: clashing)} }}"));
            return string.Join(" ", parts);
        }

        if (GuardedTypes.Contains(typeName) && type.Fields.All(f => !schema.Leading.Contains(f.TypeName)))
        {
            return "__typename";
        }

        foreach (var field in type.Fields)
        {
            var arguments = NestedArguments(typeName, field);
            var isList = field.TypeText.TrimEnd('!').StartsWith('[');
            if (!schema.Types.TryGetValue(field.TypeName, out var fieldType) || !fieldType.IsComposite)
            {
                parts.Add((aliased?.Contains(field.Name) == true ? $"{typeName}_{field.Name}: " : "") + field.Name + arguments);
            }
            else if (schema.Leading.Contains(field.TypeName) && !(field.TypeName == listedBy && !isList)
                && hopsLeft - (GuardedTypes.Contains(field.TypeName) ? 1 : 0) is var left && left >= 0)
            {
                // Connections, edges and snapshots pass the lister on to the objects they hold.
                var lister = !GuardedTypes.Contains(typeName) ? listedBy : isList || !GuardedTypes.Contains(field.TypeName) ? typeName : null;
                parts.Add($"{field.Name}{arguments} {{ {Selection(schema, field.TypeName, left, listedBy: lister)} }}");
            }
        }

        return string.Join(" ", parts);
    }

    private static string NestedArguments(string typeName, Field field)
    {
        var required = field.Arguments.Where(a => a.Required).Select(a => a.Name switch
        {
            "period" => "period: \"2023\"",
            "year" => "year: 2023",
            var other => throw new InvalidOperationException($"Teach the matrix the argument {other} of {typeName}.{field.Name}."),
        }).ToList();
        return required.Count == 0 ? "" : $"({string.Join(", ", required)})";
    }

    /// <summary>The schema as served, read from its SDL: the test follows whatever fields it has, not a list written by hand.</summary>
    private async Task<Schema> SchemaAsync()
    {
        using var http = new HttpClient { BaseAddress = api.Host.BaseAddress };
        var document = Parser.Parse(await http.GetStringAsync("/graphql/schema.graphql"));
        var objects = document.Definitions.OfType<GraphQLObjectTypeDefinition>().ToList();
        var types = new Dictionary<string, SchemaType>(StringComparer.Ordinal);
        foreach (var definition in objects)
        {
            types[definition.Name.StringValue] = new SchemaType(definition.Name.StringValue, true, Fields(definition.Fields), []);
        }

        foreach (var definition in document.Definitions.OfType<GraphQLInterfaceTypeDefinition>())
        {
            var implementations = objects.Where(o => o.Interfaces?.Items.Any(i => i.Name.StringValue == definition.Name.StringValue) == true).Select(o => o.Name.StringValue).ToList();
            types[definition.Name.StringValue] = new SchemaType(definition.Name.StringValue, true, Fields(definition.Fields), implementations);
        }

        // The types from which a guarded kind of object can be reached, by fixpoint.
        var leading = new HashSet<string>(GuardedTypes.Where(types.ContainsKey), StringComparer.Ordinal);
        while (types.Values.Where(t => !leading.Contains(t.Name) && (t.Fields.Any(f => leading.Contains(f.TypeName)) || t.Implementations.Any(leading.Contains))).ToList() is { Count: > 0 } more)
        {
            leading.UnionWith(more.Select(t => t.Name));
        }

        return new Schema(types, leading);
    }

    private static List<Field> Fields(GraphQLFieldsDefinition? fields) =>
        fields?.Items.Select(f => new Field(
            f.Name.StringValue,
            NamedType(f.Type),
            TypeText(f.Type),
            f.Arguments?.Items.Select(a => (a.Name.StringValue, a.Type is GraphQLNonNullType && a.DefaultValue is null)).ToList() ?? [])).ToList() ?? [];

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException($"Unknown type node {type.Kind}."),
    };

    private static string TypeText(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => TypeText(nonNull.Type) + "!",
        GraphQLListType list => $"[{TypeText(list.Type)}]",
        _ => NamedType(type),
    };

    private static string Truncate(string? text) => text is { Length: > 2000 } ? text[..2000] + "…" : text ?? "null";
}
