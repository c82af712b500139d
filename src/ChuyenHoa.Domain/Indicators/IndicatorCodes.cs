namespace ChuyenHoa.Indicators;

/// <summary>The codes of the standard indicators; stable, used in the API and in storage.</summary>
public static class IndicatorCodes
{
    public const string ManagedPersonsAdded = "managed_persons_added";
    public const string ManagedPersonsReleased = "managed_persons_released";
    public const string ManagedPersonsCurrent = "managed_persons_current";
    public const string DenunciationHouseholds = "denunciation_households";
    public const string SecurityCameras = "security_cameras";
    public const string CriminalCases = "criminal_cases";
    public const string CrimeReportsTransferred = "crime_reports_transferred";
    public const string LegalEducationSessions = "legal_education_sessions";
    public const string SelfGoverningGroups = "self_governing_groups";
    public const string PeoplesSecurityTeams = "peoples_security_teams";
    public const string MediationTeams = "mediation_teams";
    public const string CasesCleared = "cases_cleared";
    public const string VerySeriousCases = "very_serious_cases";
    public const string VerySeriousCasesCleared = "very_serious_cases_cleared";
    public const string CrimeReportsReceived = "crime_reports_received";
    public const string CrimeReportsHandled = "crime_reports_handled";
    public const string DrugUsers = "drug_users";
    public const string DrugUseVenues = "drug_use_venues";
    public const string DrugOffendersArrested = "drug_offenders_arrested";
    public const string CompulsoryRehabPersons = "compulsory_rehab_persons";
    public const string SafeResidentialAreas = "safe_residential_areas";
    public const string Population = "population";
}
