using ChuyenHoa.Proposals;

namespace ChuyenHoa.Testing;

/// <summary>Evidence as <c>submitRemovalProposal</c> takes it in GraphQL variables (<c>EvidenceInput</c>).</summary>
public static class EvidenceVariables
{
    /// <summary>The letter and the minutes the default chains require (<see cref="ProposalEvidence.LetterAndMinutes"/>), as GraphQL variables.</summary>
    public static object[] LetterAndMinutes(string communeCode, string conferenceDate) =>
        [.. ProposalEvidence.LetterAndMinutes(communeCode, conferenceDate).Select(e => new
        {
            fileName = e.FileName, contentType = e.ContentType, contentBase64 = Convert.ToBase64String(e.Content),
            type = EnumName(e.Type), number = e.Number, date = e.Date,
        })];

    /// <summary>A document type as the API's enum names it: PROPOSAL_LETTER.</summary>
    public static string EnumName(DocumentType type) =>
        string.Concat(type.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{c}")).ToUpperInvariant();
}
