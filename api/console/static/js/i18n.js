// Translation catalogs (i18n/zh.json, i18n/en.json), looked up by key.
// Chinese is the default; the English toggle is remembered in localStorage.

const STORAGE_KEY = 'youcheng.lang';
const catalogs = { 'zh-CN': {}, en: {} };
let lang = readLang();

function readLang() {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Loads both catalogs (they are small; the toggle then needs no request). */
export async function loadCatalogs() {
  const base = new URL('../i18n/', import.meta.url);
  const [zh, en] = await Promise.all(
    ['zh.json', 'en.json'].map((f) => fetch(new URL(f, base)).then((r) => r.json())),
  );
  catalogs['zh-CN'] = zh;
  catalogs.en = en;
  document.documentElement.lang = lang;
}

export function getLang() {
  return lang;
}

export function isZh() {
  return lang === 'zh-CN';
}

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'zh-CN';
  try {
    localStorage.setItem(STORAGE_KEY, lang === 'en' ? 'en' : 'zh-CN');
  } catch {
    /* private mode: the toggle still works for this page */
  }
  document.documentElement.lang = lang;
}

/**
 * t looks a key up in the current catalog (falling back to the other one,
 * then to the key itself) and fills {name} placeholders from params.
 */
export function t(key, params) {
  let s = catalogs[lang][key];
  if (s === undefined) s = catalogs[lang === 'en' ? 'zh-CN' : 'en'][key];
  if (s === undefined) s = key;
  if (params) s = s.replace(/\{(\w+)\}/g, (m, k) => (params[k] === undefined || params[k] === null ? m : String(params[k])));
  return s;
}

/** has reports whether the catalog knows key (for enum values the API may add). */
export function has(key) {
  return catalogs[lang][key] !== undefined;
}

/** label of an API enum value, e.g. tv('kind', 'culture'); unknown values show as they are. */
export function tv(group, value) {
  if (value === null || value === undefined || value === '') return '';
  const key = `enum.${group}.${value}`;
  return has(key) ? t(key) : String(value);
}

/** pick chooses the Chinese or English variant of a text the API sends in both. */
export function pick(zh, en) {
  if (isZh()) return zh || en || '';
  return en || zh || '';
}

/** country name in the current language, from the browser's own data. */
export function countryName(code) {
  if (!code) return '';
  try {
    const dn = new Intl.DisplayNames([isZh() ? 'zh-CN' : 'en'], { type: 'region' });
    return dn.of(code) || code;
  } catch {
    return code;
  }
}

/** number formatting per language. */
export function num(n) {
  return new Intl.NumberFormat(isZh() ? 'zh-CN' : 'en').format(n);
}
