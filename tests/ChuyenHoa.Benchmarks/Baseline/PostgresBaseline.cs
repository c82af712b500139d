using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Benchmarks.Dataset;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using Npgsql;
using NpgsqlTypes;

namespace ChuyenHoa.Benchmarks.Baseline;

/// <summary>One province total or commune value of a period, as the platform answers it; null when no month of it was reported.</summary>
public sealed record BaselineValue(string Indicator, string Period, long? Value, long? PreviousYearValue, double? ChangeFromPreviousYear);

/// <summary>A unit of the overview with its values; <paramref name="District"/> for a commune of the three-level edition.</summary>
public sealed record BaselineUnit(string Code, string Name, string Kind, string? DistrictCode, string? DistrictName, IReadOnlyList<BaselineValue> Values);

public sealed record BaselinePlan(int Year, string Edition, string DecisionNumber, string DecisionDate, IReadOnlyList<(string CommuneCode, string Status)> Designations);

public sealed record BaselineOverview(BaselineUnit Province, BaselinePlan? Plan, IReadOnlyDictionary<string, BaselineUnit> Communes);

/// <summary>
/// What a team would build instead of the platform: the same dataset in PostgreSQL with the obvious schema (units, plans and
/// their designations, one row per reported value, one revision row per changed value), the product's own validation in C#,
/// single reports in a transaction, province totals by <c>GROUP BY</c> over the communes' rows when asked, and the province
/// overview by one query. Nothing is precomputed: that is the difference the benchmark measures.
/// </summary>
public sealed class PostgresBaseline(NpgsqlDataSource data, DivisionEdition edition) : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE units (
            code text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, level smallint NOT NULL,
            parent_code text, province_code text NOT NULL);
        CREATE TABLE plans (
            province_code text NOT NULL, plan_year int NOT NULL, decision_number text NOT NULL, decision_date text NOT NULL,
            PRIMARY KEY (province_code, plan_year));
        CREATE TABLE designations (
            province_code text NOT NULL, plan_year int NOT NULL, commune_code text NOT NULL REFERENCES units, status text NOT NULL,
            PRIMARY KEY (province_code, plan_year, commune_code), FOREIGN KEY (province_code, plan_year) REFERENCES plans);
        CREATE TABLE reports (
            commune_code text NOT NULL REFERENCES units, month date NOT NULL, indicator text NOT NULL, value bigint NOT NULL,
            PRIMARY KEY (commune_code, month, indicator));
        CREATE TABLE revisions (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, commune_code text NOT NULL, month date NOT NULL, indicator text NOT NULL,
            old_value bigint, new_value bigint NOT NULL, user_id text NOT NULL, user_name text NOT NULL, recorded_at timestamptz NOT NULL, note text);
        """;

    // After the bulk load, as a team would, so that COPY does not maintain them row by row.
    private const string Indexes = """
        CREATE INDEX units_by_province ON units (province_code);
        CREATE INDEX designations_by_commune ON designations (commune_code);
        CREATE INDEX revisions_by_commune ON revisions (commune_code, month);
        ANALYZE;
        """;

    /// <summary>Sums of the communes' rows by month, then each indicator's time aggregation over the months of the period.</summary>
    private const string TotalsQuery = """
        SELECT m.indicator,
               CASE WHEN m.indicator = ANY(@last) THEN (array_agg(m.total ORDER BY m.month DESC))[1] ELSE sum(m.total)::bigint END
        FROM (SELECT r.indicator, r.month, sum(r.value)::bigint AS total
              FROM reports r JOIN units u ON u.code = r.commune_code
              WHERE u.province_code = @province AND r.month BETWEEN @from AND @to
              GROUP BY r.indicator, r.month) m
        GROUP BY m.indicator
        """;

    /// <summary>
    /// The province and its plan's communes with their values and the same span a year earlier (up to each series' latest
    /// reported month, as the platform compares), the plan and each commune's district: one statement.
    /// </summary>
    private const string OverviewQuery = """
        WITH plan AS (SELECT commune_code, status FROM designations WHERE province_code = @province AND plan_year = @year),
        series AS (
            SELECT r.commune_code AS unit, r.indicator, r.month, r.value
            FROM reports r JOIN plan p ON p.commune_code = r.commune_code
            WHERE r.month BETWEEN @previous_from AND @to AND (cardinality(@commune_indicators) = 0 OR r.indicator = ANY(@commune_indicators))
            UNION ALL
            SELECT @province, r.indicator, r.month, sum(r.value)::bigint
            FROM reports r JOIN units u ON u.code = r.commune_code
            WHERE u.province_code = @province AND r.month BETWEEN @previous_from AND @to
            GROUP BY r.indicator, r.month),
        spans AS (
            SELECT s.*, coalesce(max(s.month) FILTER (WHERE s.month >= @from) OVER (PARTITION BY s.unit, s.indicator), @to::date) AS latest
            FROM series s),
        compared AS (
            SELECT unit, indicator,
                   CASE WHEN indicator = ANY(@last) THEN (array_agg(value ORDER BY month DESC) FILTER (WHERE month >= @from))[1]
                        ELSE sum(value) FILTER (WHERE month >= @from)::bigint END AS value,
                   CASE WHEN indicator = ANY(@last) THEN (array_agg(value ORDER BY month DESC) FILTER (WHERE month < @from AND month <= latest - interval '1 year'))[1]
                        ELSE sum(value) FILTER (WHERE month < @from AND month <= latest - interval '1 year')::bigint END AS previous
            FROM spans GROUP BY unit, indicator)
        SELECT u.code, u.name, u.kind, d.code, d.name, c.indicator, c.value, c.previous, pl.decision_number, pl.decision_date, p.status
        FROM units u
        LEFT JOIN plan p ON p.commune_code = u.code
        LEFT JOIN units d ON d.code = u.parent_code AND d.level = 2
        LEFT JOIN compared c ON c.unit = u.code
        LEFT JOIN plans pl ON pl.province_code = @province AND pl.plan_year = @year
        WHERE u.code = @province OR p.commune_code IS NOT NULL
        ORDER BY u.code
        """;

    private static readonly string[] LastValueIndicators =
        [.. IndicatorCatalog.Standard.Definitions.Where(d => d.TimeAggregation == TimeAggregation.Last).Select(d => d.Code)];

    /// <param name="edition">The list of units the dataset is on; the tables hold one edition.</param>
    public static async Task<PostgresBaseline> CreateAsync(string connectionString, DivisionEdition edition)
    {
        var baseline = new PostgresBaseline(NpgsqlDataSource.Create(connectionString), edition);
        await baseline.ExecuteAsync(Schema);
        return baseline;
    }

    /// <summary>
    /// The dataset's units, plans and every month of every commune, with one revision row per value as the first report of each
    /// month would leave, by COPY; then the indexes. <paramref name="proposed"/> communes' designations are PROPOSED.
    /// </summary>
    public async Task LoadAsync(NationalDataset dataset, IReadOnlySet<string> proposed)
    {
        var catalog = AdministrativeUnitCatalog.For(edition);
        await using var connection = await data.OpenConnectionAsync();
        await using (var units = await connection.BeginBinaryImportAsync("COPY units (code, name, kind, level, parent_code, province_code) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var province in dataset.Provinces)
            {
                foreach (var unit in catalog.Subtree(province.Code))
                {
                    await units.WriteRowAsync(default, unit.Code, unit.Name, unit.Kind, (short)unit.Level, (object?)unit.ParentCode ?? DBNull.Value, province.Code);
                }
            }

            await units.CompleteAsync();
        }

        await using (var plans = await connection.BeginBinaryImportAsync("COPY plans (province_code, plan_year, decision_number, decision_date) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var province in dataset.Provinces)
            {
                await plans.WriteRowAsync(default, province.Code, province.Plan.Year, province.Plan.DecisionNumber, province.Plan.DecisionDate);
            }

            await plans.CompleteAsync();
        }

        await using (var designations = await connection.BeginBinaryImportAsync("COPY designations (province_code, plan_year, commune_code, status) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var commune in dataset.Provinces.SelectMany(p => p.Communes))
            {
                await designations.WriteRowAsync(default, commune.ProvinceCode, dataset.Shape.PlanYear, commune.Code, proposed.Contains(commune.Code) ? "PROPOSED" : "DESIGNATED");
            }

            await designations.CompleteAsync();
        }

        var at = DateTime.UtcNow;
        await using (var reports = await connection.BeginBinaryImportAsync("COPY reports (commune_code, month, indicator, value) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (commune, month, value) in Values(dataset))
            {
                await reports.WriteRowAsync(default, commune.Code, month, value.Indicator, (long)value.Value);
            }

            await reports.CompleteAsync();
        }

        await using (var revisions = await connection.BeginBinaryImportAsync(
            "COPY revisions (commune_code, month, indicator, old_value, new_value, user_id, user_name, recorded_at, note) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (commune, month, value) in Values(dataset))
            {
                var reporter = dataset.Shape.Reporter(commune);
                await revisions.StartRowAsync();
                await revisions.WriteAsync(commune.Code);
                await revisions.WriteAsync(month);
                await revisions.WriteAsync(value.Indicator);
                await revisions.WriteNullAsync();
                await revisions.WriteAsync((long)value.Value);
                await revisions.WriteAsync(reporter.UserId);
                await revisions.WriteAsync(reporter.DisplayName);
                await revisions.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await revisions.WriteNullAsync();
            }

            await revisions.CompleteAsync();
        }

        await ExecuteAsync(Indexes);
    }

    /// <summary>
    /// A commune's report, refused as the platform refuses it (the commune's own grain checks the same: unknown or another
    /// province's commune, scope, the plan, <see cref="IndicatorReportValidator"/> with the month's opening balance, a
    /// correction without a note), else its changed values written with a revision row each, in one transaction.
    /// </summary>
    /// <returns>The errors; none when the report was recorded (or changed nothing).</returns>
    public async Task<IReadOnlyList<DomainError>> RecordReportAsync(Caller caller, string communeCode, ReportInput report)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // The commune's row, locked: two reports of one commune check the balance one after the other, as its grain does.
        await using var unitCommand = new NpgsqlCommand("SELECT kind, name, level, parent_code, province_code FROM units WHERE code = @code FOR UPDATE", connection, transaction);
        unitCommand.Parameters.AddWithValue("code", communeCode);
        (string Kind, string Name, short Level, string? Parent, string Province)? unit = null;
        await using (var reader = await unitCommand.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync())
            {
                unit = (reader.GetString(0), reader.GetString(1), reader.GetInt16(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4));
            }
        }

        if (unit is not { Level: (short)UnitLevel.Commune } commune || commune.Province != caller.ProvinceCode)
        {
            return [new DomainError(ErrorCodes.NotFound, $"Không tìm thấy xã mã \"{communeCode}\".", "communeCode")];
        }

        var allowed = commune.Parent is { } parent && parent != commune.Province
            ? caller.Scope.CanSubmitForDistrict(parent)
            : caller.Scope.CanSubmitForCommune(communeCode);
        if (!allowed)
        {
            return [DomainError.Forbidden];
        }

        if (!Period.TryParse(report.Period, out var month, out var periodError))
        {
            return [periodError];
        }

        // The plan a month counts under: the earliest of its year or later that names the commune.
        var planYear = (int?)await ScalarAsync(connection, transaction,
            "SELECT min(plan_year) FROM designations WHERE commune_code = @code AND province_code = @province AND plan_year >= @year",
            ("code", communeCode), ("province", commune.Province), ("year", month.Year));
        if (planYear is null)
        {
            return [DomainError.Validation(
                $"{commune.Kind} {commune.Name} không thuộc kế hoạch chuyển hóa nào của tỉnh từ năm {month.Year} trở đi; chỉ nhận báo cáo của xã thuộc kế hoạch.", "communeCode")];
        }

        var first = month.Kind == PeriodKind.Month ? FirstDay(month) : default;
        var previous = (long?)await ScalarAsync(connection, transaction,
            "SELECT value FROM reports WHERE commune_code = @code AND indicator = @indicator AND month < @month ORDER BY month DESC LIMIT 1",
            ("code", communeCode), ("indicator", IndicatorCodes.ManagedPersonsCurrent), ("month", first));
        var validated = IndicatorReportValidator.Validate(IndicatorCatalog.Standard, new IndicatorReportSubmission(
            report.Period, [.. report.Values.Select(v => new IndicatorEntry(v.Indicator, v.Value))], planYear.Value, previous, report.OverrideStockFlow, report.Note));
        if (!validated.IsSuccess)
        {
            return validated.Errors;
        }

        var existing = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand("SELECT indicator, value FROM reports WHERE commune_code = @code AND month = @month", connection, transaction))
        {
            read.Parameters.AddWithValue("code", communeCode);
            read.Parameters.AddWithValue("month", first);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                existing[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var changes = validated.Value.Values
            .Select(v => (Indicator: v.Key, Old: existing.TryGetValue(v.Key, out var old) ? old : (long?)null, New: v.Value))
            .Where(c => c.Old != c.New)
            .OrderBy(c => c.Indicator, StringComparer.Ordinal)
            .ToArray();
        if (IndicatorReportValidator.CorrectionWithoutNote(IndicatorCatalog.Standard, month.ToString(), [.. changes.Where(c => c.Old is not null).Select(c => c.Indicator)], report.Note) is { } noteMissing)
        {
            return [noteMissing];
        }

        if (changes.Length == 0)
        {
            return [];
        }

        var batch = new NpgsqlBatch(connection, transaction);
        var at = DateTime.UtcNow;
        foreach (var (indicator, old, value) in changes)
        {
            batch.BatchCommands.Add(Command(
                "INSERT INTO reports (commune_code, month, indicator, value) VALUES ($1, $2, $3, $4) ON CONFLICT (commune_code, month, indicator) DO UPDATE SET value = excluded.value",
                communeCode, first, indicator, value));
            batch.BatchCommands.Add(Command(
                "INSERT INTO revisions (commune_code, month, indicator, old_value, new_value, user_id, user_name, recorded_at, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                communeCode, first, indicator, (object?)old ?? DBNull.Value, value, caller.UserId, caller.DisplayName, at, (object?)report.Note ?? DBNull.Value));
        }

        await using (batch)
        {
            await batch.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return [];
    }

    /// <summary>The province's totals of a period, every indicator of the catalog, by GROUP BY over its communes' rows.</summary>
    public async Task<IReadOnlyList<BaselineValue>> ProvinceTotalsAsync(string provinceCode, string period)
    {
        var parsed = Period.Parse(period);
        await using var command = data.CreateCommand(TotalsQuery);
        command.Parameters.AddWithValue("province", provinceCode);
        command.Parameters.AddWithValue("from", FirstDay(parsed.Months[0]));
        command.Parameters.AddWithValue("to", FirstDay(parsed.Months[^1]));
        command.Parameters.AddWithValue("last", LastValueIndicators);
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values[reader.GetString(0)] = reader.GetInt64(1);
        }

        return [.. IndicatorCatalog.Standard.Definitions.Select(d => new BaselineValue(d.Code, parsed.ToString(), values.TryGetValue(d.Code, out var v) ? v : null, null, null))];
    }

    /// <summary>
    /// The province overview (totals, the plan of <paramref name="year"/>, each designated commune's values of
    /// <paramref name="communeIndicators"/>, all when empty) in one query; null for an unknown province.
    /// </summary>
    public async Task<BaselineOverview?> ProvinceOverviewAsync(string provinceCode, int year, string period, IReadOnlyList<string> communeIndicators)
    {
        var parsed = Period.Parse(period);
        await using var command = data.CreateCommand(OverviewQuery);
        command.Parameters.AddWithValue("province", provinceCode);
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("from", FirstDay(parsed.Months[0]));
        command.Parameters.AddWithValue("previous_from", FirstDay(parsed.Months[0].SamePeriodPreviousYear));
        command.Parameters.AddWithValue("to", FirstDay(parsed.Months[^1]));
        command.Parameters.AddWithValue("last", LastValueIndicators);
        command.Parameters.AddWithValue("commune_indicators", communeIndicators.ToArray());
        var units = new Dictionary<string, (string Name, string Kind, string? District, string? DistrictName, Dictionary<string, (long? Value, long? Previous)> Values)>(StringComparer.Ordinal);
        var statuses = new List<(string, string)>();
        (string Number, string Date)? decision = null;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var code = reader.GetString(0);
                if (!units.TryGetValue(code, out var unit))
                {
                    units[code] = unit = (reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), new(StringComparer.Ordinal));
                    if (!reader.IsDBNull(10))
                    {
                        statuses.Add((code, reader.GetString(10)));
                    }
                }

                if (!reader.IsDBNull(5))
                {
                    unit.Values[reader.GetString(5)] = (reader.IsDBNull(6) ? null : reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetInt64(7));
                }

                decision ??= reader.IsDBNull(8) ? null : (reader.GetString(8), reader.GetString(9));
            }
        }

        if (!units.ContainsKey(provinceCode))
        {
            return null;
        }

        // In catalog order, as the platform answers; a commune only the indicators asked of it.
        BaselineUnit Unit(string code) => new(code, units[code].Name, units[code].Kind, units[code].District, units[code].DistrictName,
            [.. IndicatorCatalog.Standard.Definitions.Where(d => code == provinceCode || communeIndicators.Count == 0 || communeIndicators.Contains(d.Code)).Select(d => units[code].Values.TryGetValue(d.Code, out var v)
                ? new BaselineValue(d.Code, parsed.ToString(), v.Value, v.Previous, IndicatorAggregation.ChangeFromPreviousYear(v.Value, v.Previous))
                : new BaselineValue(d.Code, parsed.ToString(), null, null, null))]);
        return new BaselineOverview(
            Unit(provinceCode),
            decision is { } d ? new BaselinePlan(year, edition.Id, d.Number, d.Date, statuses) : null,
            statuses.ToDictionary(s => s.Item1, s => Unit(s.Item1), StringComparer.Ordinal));
    }

    public ValueTask DisposeAsync() => data.DisposeAsync();

    private static DateOnly FirstDay(Period month) => new(month.Year, month.FirstMonth, 1);

    private static IEnumerable<(CommuneData Commune, DateOnly Month, IndicatorInput Value)> Values(NationalDataset dataset) =>
        from commune in dataset.Provinces.SelectMany(p => p.Communes)
        from report in commune.Reports
        let month = FirstDay(Period.Parse(report.Period))
        from value in report.Values
        select (commune, month, value);

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync() is { } result and not DBNull ? result : null;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = data.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
