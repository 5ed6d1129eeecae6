/**
 * Deploying the add-in (issue #18): a production build for a given host writes a manifest whose
 * every URL is on that host and which passes the same offline validation as the dev manifest;
 * the dev server serves office-addin-dev-certs' certificate when it is installed and says which
 * certificate it serves. (The built dist/ itself is checked in build.test.ts.)
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { manifestBase, parseXml, validateManifest } from '../scripts/validate-manifest';

/* eslint-disable @typescript-eslint/no-require-imports */
const { DEV_BASE, normaliseBase, devBase, manifestForHost } = require('../scripts/host-manifest.js') as {
  DEV_BASE: string;
  normaliseBase: (s: string) => string;
  devBase: (p: number | string) => string;
  manifestForHost: (xml: string, base: string) => string;
};
const { devCertificate, defaultDir } = require('../scripts/dev-certs.js') as {
  devCertificate: (dir?: string, now?: Date) => { options: { cert: Buffer; key: Buffer; ca: Buffer } | null; message: string };
  defaultDir: () => string;
};
type WebpackConfig = { plugins: { constructor: { name: string }; patterns?: { from: string; transform?: (c: Buffer) => string }[] }[]; devServer: { port: number; server: unknown } };
const webpackConfig = require('../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<WebpackConfig>;
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://oa.example.gov.cn/budget-check/';
const urls = (xml: string) => Array.from(xml.matchAll(/https?:\/\/[^"<\s]+/g), (m) => m[0]).filter((u) => !u.startsWith('http://schemas.microsoft.com') && !u.startsWith('http://www.w3.org'));

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-deploy-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('manifest for a host', () => {
  test('every URL moves to the host; the AppDomain is its origin; it passes the offline validation', () => {
    const xml = manifestForHost(MANIFEST, BASE);
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter((u) => !u.startsWith(BASE) && u !== 'https://oa.example.gov.cn')).toEqual([]);
    expect(xml).toContain('<AppDomain>https://oa.example.gov.cn</AppDomain>');
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(manifestBase(parseXml(xml))).toBe(BASE);
    const file = path.join(tmp, 'manifest.xml');
    fs.writeFileSync(file, xml);
    expect(validateManifest(file, { repoRoot: ROOT, base: BASE }).errors).toEqual([]);
  });

  test('the dev base gives the repository manifest back unchanged; another port moves it', () => {
    expect(manifestForHost(MANIFEST, DEV_BASE)).toBe(MANIFEST);
    const xml = manifestForHost(MANIFEST, devBase(3001));
    expect(urls(xml).every((u) => u.startsWith('https://localhost:3001'))).toBe(true);
  });

  test('baseUrl: https only, absolute, no query; a trailing slash is added', () => {
    expect(normaliseBase('https://oa.example.gov.cn/budget-check')).toBe(BASE);
    expect(normaliseBase(' https://oa.example.gov.cn ')).toBe('https://oa.example.gov.cn/');
    expect(() => normaliseBase('http://oa.example.gov.cn/')).toThrow('baseUrl 必须是 https 地址');
    expect(() => normaliseBase('oa.example.gov.cn/budget-check/')).toThrow('baseUrl 不是有效的网址');
    expect(() => normaliseBase('https://oa.example.gov.cn/?a=1')).toThrow('不能带查询参数');
    expect(() => devBase(70000)).toThrow('端口无效');
  });

  test('a URL left on another host, or a wrong AppDomain, fails the validation', () => {
    const xml = manifestForHost(MANIFEST, BASE).replace(`${BASE}help.html"/>`, 'https://elsewhere.example/help.html"/>');
    const file = path.join(tmp, 'mixed.xml');
    fs.writeFileSync(file, xml.replace('<AppDomain>https://oa.example.gov.cn</AppDomain>', '<AppDomain>https://elsewhere.example</AppDomain>'));
    const errors = validateManifest(file, { repoRoot: ROOT }).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`URL 不在加载项的地址 ${BASE} 下：<SupportUrl> 的默认值为 "https://elsewhere.example/help.html"`),
        expect.stringContaining('<AppDomain> 应为加载项所在的 https://oa.example.gov.cn，实际为 "https://elsewhere.example"'),
      ]),
    );
  });

  test('a built manifest beside taskpane.html must find every page and icon in its folder', () => {
    const dir = path.join(tmp, 'dist');
    fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'manifest.xml'), manifestForHost(MANIFEST, BASE));
    for (const f of ['taskpane.html', 'commands.html']) fs.writeFileSync(path.join(dir, f), '');
    for (const f of ['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']) fs.copyFileSync(path.join(ROOT, 'assets', f), path.join(dir, 'assets', f));
    expect(validateManifest(path.join(dir, 'manifest.xml'), { repoRoot: ROOT }).errors).toEqual([
      expect.stringMatching(/^\[结构\] 文件不存在：help\.html（<SupportUrl> 的默认值）/),
      expect.stringMatching(/^\[结构\] 文件不存在：help\.html（<bt:Url id="GetStarted\.LearnMoreUrl"> 的默认值）/),
    ]);
    fs.writeFileSync(path.join(dir, 'help.html'), '');
    expect(validateManifest(path.join(dir, 'manifest.xml'), { repoRoot: ROOT }).errors).toEqual([]);
  });
});

describe('webpack configuration', () => {
  const manifestTransform = (c: WebpackConfig) => {
    const copy = c.plugins.find((p) => p.constructor.name === 'CopyPlugin');
    const pattern = copy?.patterns?.find((p) => p.from === 'manifest.xml');
    if (!pattern?.transform) throw new Error('no manifest.xml pattern');
    return pattern.transform(Buffer.from(MANIFEST));
  };

  test('--env baseUrl=… writes the host’s manifest into dist/; the one-file page is built too', async () => {
    const c = await webpackConfig({ baseUrl: 'https://oa.example.gov.cn/budget-check' }, { mode: 'production' });
    expect(manifestTransform(c)).toBe(manifestForHost(MANIFEST, BASE));
    expect(c.plugins.map((p) => p.constructor.name)).toContain('SingleFilePagePlugin');
  });

  test('without options the dev manifest; --env port=3001 moves the dev server and its manifest', async () => {
    expect(manifestTransform(await webpackConfig({}, { mode: 'production' }))).toBe(MANIFEST);
    const c = await webpackConfig({ port: '3001' }, { mode: 'development' });
    expect(c.devServer.port).toBe(3001);
    expect(manifestTransform(c)).toBe(manifestForHost(MANIFEST, 'https://localhost:3001/'));
    await expect(webpackConfig({ baseUrl: 'http://x/' }, { mode: 'production' })).rejects.toThrow('baseUrl 必须是 https 地址');
    await expect(webpackConfig({ baseUrl: BASE, port: 3001 }, { mode: 'production' })).rejects.toThrow('baseUrl 与 port 只能给一个');
  });
});

describe('dev server certificate', () => {
  /** A CA and a localhost certificate it signed, as office-addin-dev-certs lays them out. */
  function installCerts(dir: string): void {
    fs.mkdirSync(dir, { recursive: true });
    const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '30', '-subj', '/CN=Developer CA for Microsoft Office Add-ins');
    run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'localhost.key', '-out', 'localhost.csr', '-subj', '/CN=localhost');
    run('x509', '-req', '-in', 'localhost.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'localhost.crt', '-days', '30');
  }

  test('not installed: the self-signed certificate, and how to install the trusted one', () => {
    const r = devCertificate(path.join(tmp, 'none'));
    expect(r.options).toBeNull();
    expect(r.message).toMatch(/^开发服务器使用 webpack-dev-server 自动生成的自签名证书：没有找到 office-addin-dev-certs 的证书/);
    expect(r.message).toContain('npx office-addin-dev-certs install');
  });

  test('installed: served by the dev server, which names the file, issuer and expiry', async () => {
    const dir = path.join(tmp, 'home', '.office-addin-dev-certs');
    installCerts(dir);
    const r = devCertificate(dir);
    expect(r.options?.cert.equals(fs.readFileSync(path.join(dir, 'localhost.crt')))).toBe(true);
    expect(r.message).toMatch(/^开发服务器使用 office-addin-dev-certs 的证书：.*localhost\.crt（签发者：Developer CA for Microsoft Office Add-ins，有效期至 \d{4}-\d\d-\d\d）。$/);
    expect(devCertificate(dir, new Date(Date.now() + 400 * 86400000)).message).toContain('该证书已过期，Office 会拒绝加载');

    // webpack serve: the config serves them and says so (by default from ~/.office-addin-dev-certs)
    expect(defaultDir()).toBe(path.join(os.homedir(), '.office-addin-dev-certs'));
    const said: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((m: string) => void said.push(m));
    try {
      const c = await webpackConfig({ WEBPACK_SERVE: true, certs: dir }, { mode: 'development' });
      expect(c.devServer.server).toEqual({ type: 'https', options: r.options });
      expect(said.join('\n')).toContain(`开发服务器使用 office-addin-dev-certs 的证书：${path.join(dir, 'localhost.crt')}`);
      expect(said.join('\n')).toContain('加载项地址：https://localhost:3000/taskpane.html');
      const none = await webpackConfig({ WEBPACK_SERVE: true, certs: path.join(tmp, 'none') }, { mode: 'development' });
      expect(none.devServer.server).toBe('https');
      expect(said.join('\n')).toContain('开发服务器使用 webpack-dev-server 自动生成的自签名证书');
    } finally {
      log.mockRestore();
    }
  });
});
