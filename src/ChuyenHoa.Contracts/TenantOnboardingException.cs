namespace ChuyenHoa.Contracts;

/// <summary>A refused onboarding request; the message is Vietnamese and says what to correct.</summary>
[GenerateSerializer, Alias("ChuyenHoa.TenantOnboardingException")]
public sealed class TenantOnboardingException(string message) : Exception(message);
