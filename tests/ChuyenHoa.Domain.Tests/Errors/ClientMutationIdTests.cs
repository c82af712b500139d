using ChuyenHoa.Errors;

namespace ChuyenHoa.Domain.Tests.Errors;

public class ClientMutationIdTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    public void A_missing_or_short_key_is_accepted(string? key) => Assert.Null(ClientMutationId.Check(key));

    [Fact]
    public void A_key_of_exactly_the_maximum_length_is_accepted() => Assert.Null(ClientMutationId.Check(new string('k', ClientMutationId.MaxLength)));

    [Fact]
    public void A_key_longer_than_the_maximum_is_refused_naming_the_field_in_vietnamese()
    {
        var error = ClientMutationId.Check(new string('k', ClientMutationId.MaxLength + 1))!;

        Assert.Equal((ErrorCodes.ValidationFailed, "clientMutationId"), (error.Code, error.Field));
        Assert.Contains("Trường \"clientMutationId\" dài 101 ký tự, quá 100 ký tự", error.Message);
    }

    [Fact]
    public void CheckInput_refuses_the_key_before_the_text()
    {
        var error = ClientMutationId.CheckInput("Lý do\u0001", new string('k', 101), "reason")!;

        Assert.Equal("clientMutationId", error.Field);
        Assert.Equal("reason", ClientMutationId.CheckInput("Lý do\u0001", "k", "reason")!.Field);
    }
}
