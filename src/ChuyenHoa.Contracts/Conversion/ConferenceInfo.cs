namespace ChuyenHoa.Contracts.Conversion;

/// <summary>The district's year-end review conference (hội nghị tổng kết) a removal proposal rests on, as recorded with it.</summary>
/// <param name="Date">The day of the conference, <c>yyyy-MM-dd</c>.</param>
/// <param name="Chair">Who chaired it: name and office.</param>
/// <param name="Attendance">How many people attended.</param>
/// <param name="Summary">What the conference concluded, as the minutes say it.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ConferenceInfo")]
public sealed record ConferenceInfo(
    [property: Id(0)] string Date,
    [property: Id(1)] string Chair,
    [property: Id(2)] int Attendance,
    [property: Id(3)] string Summary);
