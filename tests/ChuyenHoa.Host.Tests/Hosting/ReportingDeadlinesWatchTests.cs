using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChuyenHoa.Host.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class ReportingDeadlinesWatchTests(AzuriteFixture storage)
{
    [Fact]
    public async Task A_province_that_never_added_a_plan_since_deadlines_exist_gets_its_deadline_reminder_at_the_next_start()
    {
        var clusterId = SiloHost.NewClusterId();
        await using (var first = await SiloHost.StartAsync(storage.ConnectionString, clusterId))
        {
            // Onboarded after this start's watch ran, and no plan added: nothing has registered its reminder yet.
            await first.Grains.GetGrain<ITenantGrain>("14").OnboardAsync("2025");
            Assert.Empty(await RemindersOfAsync(first));
        }

        await using var restarted = await SiloHost.StartAsync(storage.ConnectionString, clusterId);

        await Eventually.HoldsAsync(
            async () => (await RemindersOfAsync(restarted)).Contains(IReportingDeadlinesGrain.ReminderName),
            TimeSpan.FromSeconds(30), "the reminder of Sơn La's reporting deadlines is registered");
    }

    private static async Task<IEnumerable<string>> RemindersOfAsync(SiloHost silo)
    {
        var grain = silo.Grains.GetGrain<IReportingDeadlinesGrain>("14").GetGrainId();
        var rows = await silo.App.Services.GetRequiredService<IReminderTable>().ReadRows(grain);
        return rows.Reminders.Select(r => r.ReminderName);
    }
}
