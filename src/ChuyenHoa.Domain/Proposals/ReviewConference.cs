using ChuyenHoa.Errors;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Proposals;

/// <summary>The district's year-end review conference (hội nghị tổng kết) behind a removal proposal.</summary>
public sealed record ReviewConference(DateOnly Date, string Chair, int Attendance, string Summary)
{
    /// <summary>Checks what a district typed: an ISO date, a named chair, someone attending.</summary>
    public static Result<ReviewConference> Create(string date, string chair, int attendance, string summary)
    {
        var errors = new List<DomainError>();
        if (!IsoDate.TryParse(date, out var parsed))
        {
            errors.Add(DomainError.Validation(
                $"Ngày hội nghị \"{date}\" không hợp lệ: dùng dạng năm-tháng-ngày, ví dụ 2023-11-17.", "conferenceDate"));
        }

        if (string.IsNullOrWhiteSpace(chair))
        {
            errors.Add(DomainError.Validation("Chưa ghi người chủ trì hội nghị: nhập họ tên và chức vụ.", "chair"));
        }

        if (attendance <= 0)
        {
            errors.Add(DomainError.Validation($"Số người dự hội nghị phải lớn hơn 0 (đã nhập {attendance}).", "attendance"));
        }

        return errors.Count == 0
            ? Result<ReviewConference>.Success(new ReviewConference(parsed, chair.Trim(), attendance, summary.Trim()))
            : Result<ReviewConference>.Failure(errors);
    }
}
