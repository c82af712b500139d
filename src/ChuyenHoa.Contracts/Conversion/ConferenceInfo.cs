namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.ConferenceInfo")]
public sealed record ConferenceInfo(
    [property: Id(0)] string Date,
    [property: Id(1)] string Chair,
    [property: Id(2)] int Attendance,
    [property: Id(3)] string Summary);
