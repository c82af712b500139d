namespace ChuyenHoa.Periods;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}
