'use strict';
/**
 * The certificate the dev server (`npm run dev-server`) serves. When office-addin-dev-certs has
 * installed its certificates (`npx office-addin-dev-certs install`: ~/.office-addin-dev-certs/
 * localhost.crt, localhost.key and the CA ca.crt that the system then trusts), the server uses
 * them, so Office and the browser trust https://localhost. Otherwise webpack-dev-server makes a
 * self-signed certificate that nothing trusts. Either way the server says which one it serves.
 */
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Where `office-addin-dev-certs install` writes its files (read when called: HOME may change). */
function defaultDir() {
  return path.join(os.homedir(), '.office-addin-dev-certs');
}
const INSTALL = 'npx office-addin-dev-certs install';

function tilde(p) {
  const home = os.homedir();
  return p.startsWith(home + path.sep) ? `~${p.slice(home.length)}` : p;
}

function day(d) {
  return d.toISOString().slice(0, 10);
}

/**
 * { options, message }: `options` ({ key, cert, ca } for webpack-dev-server's https server) when
 * the office-addin-dev-certs files are there and readable, else null; `message` says in Chinese
 * which certificate is served and, when it will not be trusted or has expired, what to do.
 */
function devCertificate(dir = defaultDir(), now = new Date()) {
  const certFile = path.join(dir, 'localhost.crt');
  const keyFile = path.join(dir, 'localhost.key');
  const caFile = path.join(dir, 'ca.crt');
  const missing = [certFile, keyFile, caFile].filter((f) => !fs.existsSync(f));
  if (missing.length) {
    return {
      options: null,
      message: `开发服务器使用 webpack-dev-server 自动生成的自签名证书：没有找到 office-addin-dev-certs 的证书（${missing.map(tilde).join('、')}），Office 和浏览器不会信任它。请运行 ${INSTALL} 安装开发证书，然后重新启动 npm run dev-server。`,
    };
  }
  let cert;
  let options;
  try {
    options = { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile), ca: fs.readFileSync(caFile) };
    cert = new crypto.X509Certificate(options.cert);
  } catch (e) {
    return { options: null, message: `无法读取 office-addin-dev-certs 的证书（${tilde(certFile)}）：${e && e.message ? e.message : e}。开发服务器改用自签名证书；请运行 ${INSTALL} 重新生成。` };
  }
  const until = new Date(cert.validTo);
  const issuer = (/CN=([^\n,]+)/.exec(cert.issuer) || [])[1] || cert.issuer;
  const head = `开发服务器使用 office-addin-dev-certs 的证书：${tilde(certFile)}（签发者：${issuer}，有效期至 ${day(until)}）`;
  if (until.getTime() < now.getTime()) {
    return { options, message: `${head}。该证书已过期，Office 会拒绝加载：请运行 ${INSTALL} 重新生成，然后重新启动 npm run dev-server。` };
  }
  return { options, message: `${head}。` };
}

module.exports = { devCertificate, defaultDir };
