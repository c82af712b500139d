import { describe, expect, it } from 'vitest';
import { demoTokenRequest, msalConfiguration, signInMethod } from '../src/sign-in.js';

const entra = {
  developmentSignIn: false,
  clientId: '0d6f3c1a-5b7e-4c2d-9a8f-1e2b3c4d5e6f',
  authority: 'https://login.microsoftonline.com/organizations',
  scopes: ['api://0d6f3c1a-5b7e-4c2d-9a8f-1e2b3c4d5e6f/.default'],
};

describe('signInMethod', () => {
  it('offers the demo users when the host says Development, whatever else it sends', () => {
    expect(signInMethod({ developmentSignIn: true, clientId: null, authority: null, scopes: [] })).toBe('development');
    expect(signInMethod({ ...entra, developmentSignIn: true })).toBe('development');
  });

  it('signs in with Entra when the host names its app registration and authority', () => {
    expect(signInMethod(entra)).toBe('entra');
  });

  it('is unconfigured when either Entra setting is missing', () => {
    expect(signInMethod({ ...entra, clientId: null })).toBe('unconfigured');
    expect(signInMethod({ ...entra, authority: null })).toBe('unconfigured');
  });
});

describe('msalConfiguration', () => {
  it("uses the host's registration and comes back to the page's folder, not to a route inside it", () => {
    const configuration = msalConfiguration(entra, 'https://bcd138.example.vn/dashboard/#/review');

    expect(configuration.auth).toEqual({
      clientId: entra.clientId,
      authority: entra.authority,
      redirectUri: 'https://bcd138.example.vn/dashboard/',
    });
    expect(configuration.cache.cacheLocation).toBe('sessionStorage');
  });
});

describe('demoTokenRequest', () => {
  it('trims the fields and sends blanks as null', () => {
    expect(demoTokenRequest({ role: 'District.Committee', province: '14', district: ' 118 ', commune: '', displayName: '  ' })).toEqual({
      role: 'District.Committee', provinceCode: '14', districtCode: '118', communeCode: null, displayName: null,
    });
  });

  it('sends the commune of a commune committee', () => {
    expect(demoTokenRequest({ role: 'Commune.Committee', province: '14', district: '', commune: ' 03703 ' })).toMatchObject({
      role: 'Commune.Committee', provinceCode: '14', districtCode: null, communeCode: '03703',
    });
  });
});
