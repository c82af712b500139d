using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ChuyenHoa.Host.Configuration;

/// <summary>The membership settings this platform documents (README, Membership): positive times and counts.</summary>
internal sealed class MembershipOptionsValidator : IValidateOptions<ClusterMembershipOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterMembershipOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, value) in new[]
        {
            (nameof(options.ProbeTimeout), options.ProbeTimeout),
            (nameof(options.TableRefreshTimeout), options.TableRefreshTimeout),
            (nameof(options.DeathVoteExpirationTimeout), options.DeathVoteExpirationTimeout),
            (nameof(options.IAmAliveTablePublishTimeout), options.IAmAliveTablePublishTimeout),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"{OptionsRegistration.MembershipSection}:{key} phải là khoảng thời gian dương (ví dụ 00:00:05), không phải {value}.");
            }
        }

        foreach (var (key, value) in new[]
        {
            (nameof(options.NumMissedProbesLimit), options.NumMissedProbesLimit),
            (nameof(options.NumProbedSilos), options.NumProbedSilos),
            (nameof(options.NumVotesForDeathDeclaration), options.NumVotesForDeathDeclaration),
        })
        {
            if (value < 1)
            {
                failures.Add($"{OptionsRegistration.MembershipSection}:{key} phải là số nguyên từ 1 trở lên, không phải {value}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
