// How the page signs people in, decided from the host's answer to GET api/dashboard/config.

/**
 * 'development': the host's own issuer signs a demo user (Development only); 'entra': MSAL with the host's AzureAd
 * settings; 'unconfigured': neither, and the page says which settings are missing instead of sending people to Entra.
 */
export function signInMethod(config) {
  if (config.developmentSignIn) {
    return 'development';
  }

  return config.clientId && config.authority ? 'entra' : 'unconfigured';
}

/** MSAL's settings: the host's app registration and authority; back to the page's folder after signing in. */
export function msalConfiguration(config, pageHref) {
  return {
    auth: { clientId: config.clientId, authority: config.authority, redirectUri: new URL('./', pageHref).href },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

/** The body of POST dev-issuer/token from the demo form's fields: blanks are left out (null), as the issuer expects. */
export function demoTokenRequest({ role, province, district, commune, displayName }) {
  const value = (text) => text?.trim() || null;
  return { role: value(role), provinceCode: value(province), districtCode: value(district), communeCode: value(commune), displayName: value(displayName) };
}
