using System.Text;
using ChuyenHoa.Errors;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Domain.Tests.Proposals;

public class EvidenceDocumentTests
{
    private static readonly byte[] Abc = Encoding.ASCII.GetBytes("abc");

    [Fact]
    public void ComputeSha256_gives_the_known_lower_case_hex_digest()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", EvidenceDocument.ComputeSha256(Abc));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", EvidenceDocument.ComputeSha256([]));
    }

    [Fact]
    public void Create_records_name_media_type_size_hash_document_type_number_and_date()
    {
        var document = EvidenceDocument.Create("to-trinh.pdf", "application/pdf", Abc, DocumentType.ProposalLetter, " 12/TTr-UBND ", "2023-11-20").Value;

        Assert.Equal(
            new EvidenceDocument("to-trinh.pdf", "application/pdf", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                DocumentType.ProposalLetter, "12/TTr-UBND", new DateOnly(2023, 11, 20)),
            document);
    }

    [Theory]
    [InlineData("", "application/pdf", 3, "fileName")]
    [InlineData("../bien-ban.pdf", "application/pdf", 3, "fileName")]
    [InlineData("bien-ban.pdf", "pdf", 3, "contentType")]
    [InlineData("bien-ban.pdf", "application/", 3, "contentType")]
    [InlineData("bien-ban.pdf", "application/pdf", 0, "content")]
    public void Create_refuses_a_bad_name_type_or_empty_content(string fileName, string contentType, int size, string field) =>
        Assert.Equal(field, Assert.Single(EvidenceDocument.Create(fileName, contentType, new byte[size], DocumentType.ConferenceMinutes, null, "2023-11-17").Errors).Field);

    [Fact]
    public void Create_refuses_content_over_the_size_limit() =>
        Assert.Equal("content", Assert.Single(EvidenceDocument.Create("a.pdf", "application/pdf", new byte[EvidenceDocument.MaxSizeBytes + 1], DocumentType.Report, null, "2023-11-17").Errors).Field);

    [Theory]
    [InlineData(DocumentType.ProposalLetter, true)]
    [InlineData(DocumentType.Decision, true)]
    [InlineData(DocumentType.ConferenceMinutes, false)]
    [InlineData(DocumentType.Report, false)]
    [InlineData(DocumentType.SelfAssessment, false)]
    public void Letters_and_decisions_need_their_number_the_others_may_go_without(DocumentType type, bool numberRequired)
    {
        var withoutNumber = EvidenceDocument.Create("van-ban.pdf", "application/pdf", Abc, type, "  ", "2023-11-17");
        var withNumber = EvidenceDocument.Create("van-ban.pdf", "application/pdf", Abc, type, "05/BB-BCĐ", "2023-11-17");

        Assert.Equal(numberRequired, !withoutNumber.IsSuccess);
        Assert.True(withNumber.IsSuccess);
        Assert.Equal("05/BB-BCĐ", withNumber.Value.Number);
        if (numberRequired)
        {
            var error = Assert.Single(withoutNumber.Errors);
            Assert.Equal((ErrorCodes.ValidationFailed, "number"), (error.Code, error.Field));
            Assert.Equal($"{DocumentTypes.Name(type)} \"van-ban.pdf\" cần ghi số, ký hiệu văn bản, ví dụ {DocumentTypes.NumberExample(type)}.", error.Message);
        }
        else
        {
            Assert.Null(withoutNumber.Value.Number);
        }
    }

    [Theory]
    [InlineData(DocumentType.ProposalLetter)]
    [InlineData(DocumentType.ConferenceMinutes)]
    [InlineData(DocumentType.Report)]
    [InlineData(DocumentType.SelfAssessment)]
    [InlineData(DocumentType.Decision)]
    public void Every_type_needs_its_date(DocumentType type)
    {
        var error = Assert.Single(EvidenceDocument.Create("van-ban.pdf", "application/pdf", Abc, type, "12/2023/QĐ-UBND", null).Errors);

        Assert.Equal("date", error.Field);
        Assert.Contains("cần ghi ngày của văn bản, dạng năm-tháng-ngày", error.Message);
    }

    [Theory]
    [InlineData("12", "number")]
    [InlineData("TTr-UBND", "number")]
    [InlineData("12/TTr UBND", "number")]
    [InlineData("12/TTr-", "number")]
    public void A_number_not_shaped_like_a_decision_number_is_refused_with_an_example(string number, string field)
    {
        var error = Assert.Single(EvidenceDocument.Create("to-trinh.pdf", "application/pdf", Abc, DocumentType.ProposalLetter, number, "2023-11-20").Errors);

        Assert.Equal(field, error.Field);
        Assert.Equal($"Số, ký hiệu \"{number}\" của Tờ trình \"to-trinh.pdf\" không đúng dạng số/ký hiệu: ví dụ 12/TTr-UBND.", error.Message);
    }

    [Theory]
    [InlineData("20/11/2023")]
    [InlineData("2023-02-30")]
    [InlineData("hôm qua")]
    public void A_date_that_is_not_an_iso_calendar_date_is_refused(string date)
    {
        var error = Assert.Single(EvidenceDocument.Create("bien-ban.pdf", "application/pdf", Abc, DocumentType.ConferenceMinutes, null, date).Errors);

        Assert.Equal("date", error.Field);
        Assert.Equal($"Ngày \"{date}\" của Biên bản hội nghị \"bien-ban.pdf\" không hợp lệ: dùng dạng năm-tháng-ngày, ví dụ 2023-11-20.", error.Message);
    }

    [Theory]
    [InlineData(DocumentType.Unspecified)]
    [InlineData((DocumentType)42)]
    public void A_new_document_must_have_one_of_the_five_types(DocumentType type)
    {
        var error = Assert.Single(EvidenceDocument.Create("tai-lieu.pdf", "application/pdf", Abc, type, "12/TTr-UBND", "2023-11-20").Errors);

        Assert.Equal("type", error.Field);
        Assert.Equal(
            "Chưa chọn loại cho tài liệu \"tai-lieu.pdf\": chọn một trong tờ trình, biên bản hội nghị, báo cáo, biên bản tự chấm điểm, quyết định.", error.Message);
    }

    [Fact]
    public void A_letter_without_number_or_date_gets_one_refusal_per_field()
    {
        var errors = EvidenceDocument.Create("to-trinh.pdf", "application/pdf", Abc, DocumentType.ProposalLetter, null, "").Errors;

        Assert.Equal(["number", "date"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Each_type_has_its_vietnamese_name_and_untyped_evidence_is_the_stored_default()
    {
        Assert.Equal(
            ["Tài liệu chưa phân loại", "Tờ trình", "Biên bản hội nghị", "Báo cáo", "Biên bản tự chấm điểm", "Quyết định"],
            Enum.GetValues<DocumentType>().Select(DocumentTypes.Name));
        Assert.Equal(DocumentType.Unspecified, default);
        Assert.DoesNotContain(DocumentType.Unspecified, DocumentTypes.Assignable);
    }
}
