using System.Text;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Proposals;

namespace ChuyenHoa;

/// <summary>
/// The documents the default approval chains require of a proposer: its letter (tờ trình) and the minutes of the review
/// conference, as small text files dated on the conference day. For the demo data, the benchmarks' data set and the tests.
/// </summary>
public static class ProposalEvidence
{
    private const string Text = "text/plain; charset=utf-8";

    /// <param name="communeCode">The commune proposed for removal.</param>
    /// <param name="conferenceDate">The review conference's day, <c>yyyy-MM-dd</c>: the date of both documents.</param>
    /// <param name="letterNumber">The letter's number and symbol.</param>
    /// <param name="minutes">The minutes' file name and text; by default one line naming the commune and the day.</param>
    public static IReadOnlyList<EvidenceInput> LetterAndMinutes(
        string communeCode, string conferenceDate, string letterNumber = "01/TTr-BCĐ", (string FileName, string Text)? minutes = null) =>
    [
        new($"to-trinh-{communeCode}.txt", Text,
            Encoding.UTF8.GetBytes($"Tờ trình số {letterNumber} ngày {conferenceDate}: đề nghị đưa xã mã {communeCode} ra khỏi diện chuyển hóa."),
            DocumentType.ProposalLetter, letterNumber, conferenceDate),
        new(minutes?.FileName ?? $"bien-ban-hoi-nghi-tong-ket-{communeCode}.txt", Text,
            Encoding.UTF8.GetBytes(minutes?.Text ?? $"Biên bản hội nghị tổng kết ngày {conferenceDate} của xã mã {communeCode}."),
            DocumentType.ConferenceMinutes, null, conferenceDate),
    ];
}
