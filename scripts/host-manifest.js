'use strict';
/**
 * The add-in manifest for the host the add-in is served from. manifest.xml in the repository
 * points at the dev server (https://localhost:3000/); a production build for an intranet host
 * (`npm run build -- --env baseUrl=https://host/path/`) writes dist/manifest.xml with every
 * URL on that host. Plain CommonJS: webpack.config.js and the tests use it.
 */

/** Where manifest.xml in the repository points: the dev server. */
const DEV_BASE = 'https://localhost:3000/';

/**
 * A base URL as given by the user, checked and normalised: https, absolute, no query or
 * fragment, ending in "/". Throws an Error with a Chinese message otherwise.
 */
function normaliseBase(raw) {
  const given = String(raw ?? '').trim();
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`baseUrl 不是有效的网址："${given}"。请写完整的 https 地址，例如 --env baseUrl=https://oa.example.gov.cn/budget-check/`);
  }
  if (url.protocol !== 'https:') throw new Error(`baseUrl 必须是 https 地址（Office 只加载 https 上的加载项）：${given}`);
  if (url.search || url.hash) throw new Error(`baseUrl 不能带查询参数或 #：${given}`);
  if (url.username || url.password) throw new Error(`baseUrl 不能包含用户名或密码：${given}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

/** An absolute https URL (the office.js address): checked, returned as given. */
function httpsUrl(raw, what) {
  const given = String(raw ?? '').trim();
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`${what} 不是有效的网址："${given}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`${what} 必须是 https 地址：${given}`);
  return url.toString();
}

/** The dev server's base for a port. */
function devBase(port) {
  const n = Number(port);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`端口无效：${port}（应为 1–65535 的整数）`);
  return `https://localhost:${n}/`;
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * manifest.xml with every dev-server URL moved to `base` (already normalised) and the
 * AppDomain set to its origin. The repository's manifest is returned unchanged for the dev base.
 */
function manifestForHost(xml, base) {
  if (base === DEV_BASE) return xml;
  const origin = new URL(base).origin;
  const out = xml
    .split(DEV_BASE)
    .join(escapeXml(base))
    .replace(/<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g, `<AppDomain>${escapeXml(origin)}</AppDomain>`);
  if (/localhost:3000/.test(out)) throw new Error('manifest.xml 中还有未替换的 https://localhost:3000 地址');
  return out;
}

module.exports = { DEV_BASE, normaliseBase, devBase, httpsUrl, manifestForHost };
