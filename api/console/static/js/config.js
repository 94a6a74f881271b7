// What the server tells the console about the installation, through
// <meta> tags in the shell (the office's home country, for holidays).

function meta(name, fallback) {
  const el = document.querySelector(`meta[name="${name}"]`);
  return (el && el.content) || fallback;
}

export function homeCountry() {
  return meta('youcheng-home-country', 'CN');
}

/** authOff: the server runs without sign-in (YOUCHENG_AUTH=off). */
export function authOff() {
  return meta('youcheng-auth', '') === 'off';
}

let localNames = null;
/** localPartyZH: the Chinese name of a local party ("Weihai" -> "威海"), or "". */
export function localPartyZH(name) {
  if (localNames === null) {
    try {
      localNames = JSON.parse(meta('youcheng-local-names-zh', '{}')) || {};
    } catch {
      localNames = {};
    }
  }
  return localNames[name] || '';
}
