using ChuyenHoa.Errors;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Domain.Tests.Proposals;

public class ReviewConferenceTests
{
    [Fact]
    public void A_valid_conference_is_created_with_a_parsed_date_and_trimmed_text()
    {
        var conference = ReviewConference.Create("2023-11-17", " Lò Thanh Thủy ", 52, " Tổng kết. ").Value;

        Assert.Equal(new DateOnly(2023, 11, 17), conference.Date);
        Assert.Equal("Lò Thanh Thủy", conference.Chair);
        Assert.Equal("Tổng kết.", conference.Summary);
    }

    [Theory]
    [InlineData("17/11/2023", "Chủ trì", 52, "conferenceDate")]
    [InlineData("2023-11-31", "Chủ trì", 52, "conferenceDate")]
    [InlineData("2023-11-17", " ", 52, "chair")]
    [InlineData("2023-11-17", "Chủ trì", 0, "attendance")]
    [InlineData("2023-11-17", "Chủ trì", -4, "attendance")]
    public void An_invalid_conference_is_refused_on_the_faulty_field(string date, string chair, int attendance, string field)
    {
        var error = Assert.Single(ReviewConference.Create(date, chair, attendance, "").Errors);

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(field, error.Field);
    }
}
