using System.Text;
using ChuyenHoa.Proposals;

namespace ChuyenHoa.Domain.Tests.Proposals;

public class EvidenceDocumentTests
{
    [Fact]
    public void ComputeSha256_gives_the_known_lower_case_hex_digest()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", EvidenceDocument.ComputeSha256(Encoding.ASCII.GetBytes("abc")));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", EvidenceDocument.ComputeSha256([]));
    }

    [Fact]
    public void Create_records_name_type_size_and_hash()
    {
        var document = EvidenceDocument.Create("bien-ban-hoi-nghi.pdf", "application/pdf", Encoding.ASCII.GetBytes("abc")).Value;

        Assert.Equal(new EvidenceDocument("bien-ban-hoi-nghi.pdf", "application/pdf", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), document);
    }

    [Theory]
    [InlineData("", "application/pdf", 3, "fileName")]
    [InlineData("../bien-ban.pdf", "application/pdf", 3, "fileName")]
    [InlineData("bien-ban.pdf", "pdf", 3, "contentType")]
    [InlineData("bien-ban.pdf", "application/", 3, "contentType")]
    [InlineData("bien-ban.pdf", "application/pdf", 0, "content")]
    public void Create_refuses_a_bad_name_type_or_empty_content(string fileName, string contentType, int size, string field) =>
        Assert.Equal(field, Assert.Single(EvidenceDocument.Create(fileName, contentType, new byte[size]).Errors).Field);

    [Fact]
    public void Create_refuses_content_over_the_size_limit() =>
        Assert.Equal("content", Assert.Single(EvidenceDocument.Create("a.pdf", "application/pdf", new byte[EvidenceDocument.MaxSizeBytes + 1]).Errors).Field);
}
