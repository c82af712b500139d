import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './page.css';
import { createAuthorizedFetcher } from './fetcher.js';
import { loadToken, normalizeToken, saveToken } from './token.js';

const defaultQuery = `{
  me {
    displayName
    roles
    provinceCode
    districtCode
  }
}
`;

function TokenBar({ token, onChange }) {
  return (
    <form className="token-bar" onSubmit={(e) => e.preventDefault()}>
      <strong className="token-bar__title">ChuyenHoa · Công cụ GraphQL</strong>
      <label className="token-bar__label" htmlFor="token">Mã truy cập (Bearer)</label>
      <input
        id="token"
        name="token"
        className="token-bar__input"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="Dán mã truy cập vào đây"
        value={token}
        onChange={(e) => onChange(normalizeToken(e.target.value))}
      />
      <button type="button" className="token-bar__clear" onClick={() => onChange('')} disabled={!token}>
        Xóa mã
      </button>
      <span className="token-bar__status" role="status">
        {token
          ? 'Mọi yêu cầu gửi kèm mã này (giữ đến khi đóng thẻ).'
          : 'Chưa có mã: máy chủ sẽ từ chối yêu cầu (401).'}
      </span>
    </form>
  );
}

function App() {
  const [token, setToken] = useState(loadToken);
  // A new fetcher per token: GraphiQL then reloads the schema, and subscriptions reconnect with the new connection_init.
  const fetcher = useMemo(() => createAuthorizedFetcher(token, window.location), [token]);
  const changeToken = (value) => {
    saveToken(value);
    setToken(value);
  };

  return (
    <div className="page">
      <TokenBar token={token} onChange={changeToken} />
      <div className="page__ide">
        {/* The token field is the only source of Authorization, so the headers editor (which would override it) is off. */}
        <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} isHeadersEditorEnabled={false} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
