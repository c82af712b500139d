using ChuyenHoa.Errors;

namespace ChuyenHoa.Plans;

/// <summary>
/// A proposal's answer to an attested criterion of its plan: whether the fact <paramref name="Fact"/> (its code) holds in the
/// commune, with an optional note (how it was established).
/// </summary>
public sealed record Attestation(string Fact, bool Holds, string? Note = null)
{
    /// <summary>
    /// The attestations as a proposal keeps them: codes trimmed, a blank note left out. Refused, each naming its field
    /// (<c>attestations[1].fact</c>): a fact none of <paramref name="criteria"/> (group members included) asks to attest, and
    /// a fact attested a second time.
    /// </summary>
    public static Result<IReadOnlyList<Attestation>> Create(IReadOnlyList<RemovalCriterion> criteria, IReadOnlyList<Attestation> attestations)
    {
        var named = criteria.SelectMany(c => c.Members.Prepend(c)).Where(c => c.Kind == RemovalCriterionKind.Attested).Select(c => c.Fact!).ToArray();
        var errors = new List<DomainError>();
        var taken = new List<Attestation>();
        for (var i = 0; i < attestations.Count; i++)
        {
            var fact = attestations[i].Fact.Trim();
            var field = $"attestations[{i}].fact";
            if (!named.Contains(fact, StringComparer.Ordinal))
            {
                errors.Add(DomainError.Validation(named.Length == 0
                    ? $"Xác nhận {i + 1}: kế hoạch không có tiêu chí nào cần xác nhận, nên không xác nhận được \"{fact}\"; bỏ xác nhận này."
                    : $"Xác nhận {i + 1}: kế hoạch không có tiêu chí xác nhận \"{fact}\"; chỉ xác nhận các sự việc kế hoạch nêu: {string.Join(", ", named)}.", field));
            }
            else if (taken.Any(a => a.Fact == fact))
            {
                errors.Add(DomainError.Validation($"Xác nhận {i + 1}: sự việc \"{fact}\" đã được xác nhận ở trên; mỗi sự việc chỉ xác nhận một lần.", field));
            }
            else
            {
                taken.Add(new Attestation(fact, attestations[i].Holds, string.IsNullOrWhiteSpace(attestations[i].Note) ? null : attestations[i].Note!.Trim()));
            }
        }

        return errors.Count == 0 ? Result<IReadOnlyList<Attestation>>.Success(taken) : Result<IReadOnlyList<Attestation>>.Failure(errors);
    }
}
