namespace ChuyenHoa.Contracts;

/// <summary>A refused onboarding request; the message is Vietnamese and says what to correct.</summary>
/// <param name="message">What was refused and what to correct, in Vietnamese.</param>
[GenerateSerializer, Alias("ChuyenHoa.TenantOnboardingException")]
public sealed class TenantOnboardingException(string message) : Exception(message);
