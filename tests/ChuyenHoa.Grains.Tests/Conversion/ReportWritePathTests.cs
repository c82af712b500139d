using System.Text;
using Azure.Storage.Blobs;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Grains.Conversion;
using ChuyenHoa.Periods;
using ChuyenHoa.Silo;
using static ChuyenHoa.Indicators.IndicatorCodes;

namespace ChuyenHoa.Grains.Tests.Conversion;

/// <summary>What a report writes: the commune's values and its own revisions, the history elsewhere, the roll-ups exact under a burst.</summary>
public sealed class ReportWritePathTests : ReferenceCaseCluster
{
    private IUnitIndicatorsGrain ChiengKhoang => Grains.GetGrain<IUnitIndicatorsGrain>("03718");

    [Fact]
    public async Task The_state_carries_fewer_revisions_than_one_log_append_and_the_history_keeps_every_one_across_a_restart()
    {
        var district = ReferenceCaseLoader.DistrictCommittee("118");
        var notes = Enumerable.Range(1, UnitIndicatorsGrain.RevisionsPerLogAppend + 6).Select(i => $"Đếm lại lần #{i:D3}#").ToArray();
        for (var i = 0; i < notes.Length; i++)
        {
            var outcome = await ChiengKhoang.RecordReportAsync(district, new ReportInput("2023-11", [new(SecurityCameras, 300 + i)], Note: notes[i]));
            Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        }

        var stored = await StoredStateTextAsync("indicators-unitindicators/03718.json");
        Assert.Contains(notes[^1], stored);
        Assert.DoesNotContain(notes[0], stored);
        Assert.DoesNotContain(notes[UnitIndicatorsGrain.RevisionsPerLogAppend - 1], stored);

        await RestartAsync();
        var history = (await ChiengKhoang.GetHistoryAsync()).Where(r => r.Indicator == SecurityCameras && r.Period == "2023-11").Select(r => r.Note ?? "").ToArray();
        Assert.Equal(notes, history[^notes.Length..]);
        Assert.Equal(300 + notes.Length - 1, (await ChiengKhoang.GetValuesAsync("2023-11", [SecurityCameras]))[0].Value);
    }

    [Fact]
    public async Task Two_years_sent_at_once_with_a_note_longer_than_a_log_row_read_back_from_the_log_as_recorded()
    {
        var months = Enumerable.Range(0, 24).Select(i => Period.ForMonth(2021 + (i / 12), (i % 12) + 1).ToString()).ToArray();
        var reports = months.Select((month, i) => new ReportInput(month,
            [new(CriminalCases, i), new(CrimeReportsReceived, i + 1), new(LegalEducationSessions, i + 2)],
            Note: i == 5 ? new string('x', 40_000) : $"Số liệu tháng {month}")).ToArray();

        var outcome = await ChiengKhoang.RecordReportsAsync(ReferenceCaseLoader.DistrictCommittee("118"), reports);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        await RestartAsync();

        var version = outcome.Value![0].Version;
        Assert.Equal(outcome.Value.SelectMany(r => r.Changes), (await ChiengKhoang.GetHistoryAsync()).Where(r => r.Version == version));
    }

    [Fact]
    public async Task A_burst_of_reports_from_every_designated_commune_adds_up_exactly_in_districts_and_province_and_stays_after_a_restart()
    {
        var plan = (await Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!;
        var communes = new List<(string Code, string District)>();
        foreach (var designation in plan.Designations)
        {
            communes.Add((designation.CommuneCode, (await Grains.GetGrain<IAdministrativeUnitGrain>(designation.CommuneCode).GetAsync())!.ParentCode!));
        }

        // Every commune sends three months one after another, all communes at once: the districts and the province take
        // their changes interleaved.
        await Task.WhenAll(communes.Select(async commune =>
        {
            foreach (var month in new[] { "2023-08", "2023-09", "2023-10" })
            {
                var report = new ReportInput(month, [new(CriminalCases, (month[^1] - '0') + commune.Code[^1] - '0')], Note: "Số liệu rà soát lại");
                var outcome = await Grains.GetGrain<IUnitIndicatorsGrain>(commune.Code).RecordReportAsync(ReferenceCaseLoader.DistrictCommittee(commune.District), report);
                Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
            }
        }));

        await AssertRollUpsAreTheSumsOfTheirCommunesAsync(communes);
        await RestartAsync();
        await AssertRollUpsAreTheSumsOfTheirCommunesAsync(communes);
    }

    /// <summary>Each district's and the province's every monthly value is the sum of its communes' (only these communes report).</summary>
    private async Task AssertRollUpsAreTheSumsOfTheirCommunesAsync(IReadOnlyList<(string Code, string District)> communes)
    {
        var byCommune = new Dictionary<string, IReadOnlyList<MonthlyValueInfo>>();
        foreach (var (code, _) in communes)
        {
            byCommune[code] = await Grains.GetGrain<IUnitIndicatorsGrain>(code).GetMonthlyValuesAsync();
        }

        foreach (var (unit, members) in communes.GroupBy(c => c.District).Select(g => (g.Key, g.Select(c => c.Code).ToArray())).Append(("14", [.. communes.Select(c => c.Code)])))
        {
            var expected = members.SelectMany(code => byCommune[code])
                .GroupBy(v => (v.Month, v.Indicator))
                .ToDictionary(g => g.Key, g => g.Sum(v => v.Value));
            var actual = (await Grains.GetGrain<IUnitIndicatorsGrain>(unit).GetMonthlyValuesAsync()).ToDictionary(v => (v.Month, v.Indicator), v => v.Value);
            Assert.Equal(expected.OrderBy(kv => kv.Key), actual.Where(kv => expected.ContainsKey(kv.Key) || kv.Value != 0).OrderBy(kv => kv.Key));
        }
    }

    /// <summary>A blob of this cluster's grain state, as text (the binary format keeps strings as UTF-8).</summary>
    private async Task<string> StoredStateTextAsync(string blobName)
    {
        var container = new BlobServiceClient(Cluster.ConnectionString).GetBlobContainerClient(GrainsRegistration.BlobContainerNameFor(Cluster.ServiceId));
        var content = await container.GetBlobClient(blobName).DownloadContentAsync();
        return Encoding.UTF8.GetString(content.Value.Content.ToArray());
    }
}
