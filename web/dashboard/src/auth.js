import { ApiError, getJson, session } from './api.js';
import { escape, roleNames } from './format.js';
import { demoTokenRequest, msalConfiguration, signInMethod } from './sign-in.js';

/**
 * Signs the person in and resolves once the session holds a token. In Development the host's own issuer signs a
 * demo user of the chosen role and scope; elsewhere MSAL signs in with Entra ID, with the host's AzureAd settings.
 */
export async function signIn(root) {
  if (session.token) {
    return;
  }

  const config = await getJson('api/dashboard/config');
  if (signInMethod(config) === 'development') {
    await developmentSignIn(root);
  } else {
    await entraSignIn(root, config);
  }
}

export async function signOut() {
  session.clear();
  const config = await getJson('api/dashboard/config');
  if (signInMethod(config) === 'entra') {
    const msal = await createMsal(config);
    await msal.logoutRedirect();
  }
}

function developmentSignIn(root) {
  root.innerHTML = `
    <form class="sign-in" id="dev-sign-in">
      <h1>Đăng nhập thử nghiệm</h1>
      <p>Máy chủ đang chạy ở chế độ phát triển: chọn một người dùng mẫu, máy chủ cấp mã truy cập thử nghiệm.</p>
      <label for="role">Vai trò</label>
      <select id="role">${Object.entries(roleNames).map(([role, name]) => `<option value="${role}">${escape(name)}</option>`).join('')}</select>
      <label for="province">Tỉnh</label>
      <select id="province"><option value="14">14 — Sơn La</option><option value="12">12 — Lai Châu</option></select>
      <label for="district">Mã huyện (với Ban Chỉ đạo huyện, cơ cấu ba cấp đến 30/6/2025)</label>
      <input id="district" placeholder="ví dụ 118 (Huyện Quỳnh Nhai)" />
      <label for="commune">Mã xã (với Ban Chỉ đạo xã, từ 1/7/2025)</label>
      <input id="commune" placeholder="ví dụ 03703 (Xã Quỳnh Nhai)" />
      <label for="display-name">Tên hiển thị (không bắt buộc)</label>
      <input id="display-name" />
      <button type="submit">Đăng nhập</button>
      <p class="error" role="alert"></p>
    </form>`;
  const form = root.querySelector('#dev-sign-in');
  return new Promise((resolve) => {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const field = (id) => form.querySelector(`#${id}`).value;
      try {
        const token = await getJson('dev-issuer/token', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(demoTokenRequest({
            role: field('role'), province: field('province'), district: field('district'), commune: field('commune'), displayName: field('display-name'),
          })),
        });
        session.save(token.accessToken, token.expiresAt);
        resolve();
      } catch (error) {
        form.querySelector('.error').textContent = error instanceof ApiError ? error.message : `Không đăng nhập được: ${error.message}`;
      }
    });
  });
}

async function createMsal(config) {
  // Loaded only outside Development: the demo sign-in needs none of it.
  const { PublicClientApplication } = await import('@azure/msal-browser');
  const msal = new PublicClientApplication(msalConfiguration(config, window.location.href));
  await msal.initialize();
  return msal;
}

async function entraSignIn(root, config) {
  if (signInMethod(config) === 'unconfigured') {
    root.innerHTML = '<p class="error">Máy chủ chưa cấu hình đăng nhập Entra ID (AzureAd:ClientId, Instance, TenantId).</p>';
    return new Promise(() => {});
  }

  const msal = await createMsal(config);
  const redirected = await msal.handleRedirectPromise();
  const account = redirected?.account ?? msal.getAllAccounts()[0];
  if (account) {
    const token = await msal.acquireTokenSilent({ scopes: config.scopes, account });
    session.save(token.accessToken, token.expiresOn.toISOString());
    return undefined;
  }

  root.innerHTML = `
    <div class="sign-in">
      <h1>Đăng nhập</h1>
      <p>Đăng nhập bằng tài khoản Microsoft Entra ID của cơ quan.</p>
      <button id="entra-sign-in">Đăng nhập bằng Microsoft</button>
    </div>`;
  root.querySelector('#entra-sign-in').addEventListener('click', () => msal.loginRedirect({ scopes: config.scopes }));
  return new Promise(() => {});
}
