import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseXml, validateManifest } from '../scripts/validate-manifest';

const REPO_ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(REPO_ROOT, 'manifest.xml');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'validate-manifest.ts');
const original = readFileSync(MANIFEST, 'utf8');

let tmpDir: string;
beforeAll(() => {
  tmpDir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-manifest-'));
});
afterAll(() => {
  rmSync(tmpDir, { recursive: true, force: true });
});

/** Replaces exactly one occurrence, so a stale edit fails loudly instead of testing nothing. */
function replaceOnce(xml: string, from: string, to: string): string {
  const parts = xml.split(from);
  if (parts.length !== 2) throw new Error(`expected exactly one "${from}" in manifest.xml, found ${parts.length - 1}`);
  return parts.join(to);
}

/** Writes an edited copy of the real manifest to the temp dir and validates it against the real repo. */
function validateVariant(name: string, edit: (xml: string) => string): string[] {
  const file = path.join(tmpDir, `${name}.xml`);
  writeFileSync(file, edit(original), 'utf8');
  return validateManifest(file, { repoRoot: REPO_ROOT }).errors;
}

const lintErrors = (errors: string[]): string[] => errors.filter((e) => e.startsWith('[结构]'));
const xsdErrors = (errors: string[]): string[] => errors.filter((e) => e.startsWith('[XSD]'));

describe('manifest.xml', () => {
  test('the real manifest passes XSD validation and the structural lint', () => {
    expect(validateManifest(MANIFEST, { repoRoot: REPO_ROOT }).errors).toEqual([]);
  });

  test('defaults resolve the repo root and schema folder', () => {
    expect(validateManifest(MANIFEST).errors).toEqual([]);
  });

  test('wrong top-level element order', () => {
    const errors = validateVariant('order', (xml) => {
      const permissions = '  <Permissions>ReadWriteDocument</Permissions>\n';
      return replaceOnce(replaceOnce(xml, permissions, ''), '  <DefaultSettings>', `${permissions}  <DefaultSettings>`);
    });
    expect(lintErrors(errors)).toEqual([expect.stringMatching(/^\[结构\] 顶层元素顺序错误：<DefaultSettings> 应位于 <Permissions> 之前（第 \d+ 行）$/)]);
    expect(xsdErrors(errors)).toEqual([expect.stringContaining("Element 'Permissions': This element is not expected. Expected is ( DefaultSettings )")]);
  });

  test('Permissions outside the TaskPaneApp enumeration', () => {
    const errors = validateVariant('permissions', (xml) =>
      replaceOnce(xml, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>WriteEverything</Permissions>'),
    );
    expect(lintErrors(errors)).toEqual([
      expect.stringMatching(
        /^\[结构\] Permissions 取值无效："WriteEverything"，应为 Restricted、ReadDocument、ReadAllDocument、WriteDocument、ReadWriteDocument 之一/,
      ),
    ]);
    expect(xsdErrors(errors)).toEqual([expect.stringContaining("The value 'WriteEverything' is not an element of the set")]);
  });

  test('an http:// URL (valid for the XSD, rejected by the lint)', () => {
    const errors = validateVariant('http', (xml) =>
      replaceOnce(xml, '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>', '<SupportUrl DefaultValue="http://localhost:3000/help.html"/>'),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^\[结构\] URL 必须使用 https：<SupportUrl> 的默认值为 "http:\/\/localhost:3000\/help\.html"（第 \d+ 行）$/),
    ]);
  });

  test('an http:// locale override and AppDomain', () => {
    const errors = validateVariant('http-override', (xml) =>
      replaceOnce(
        replaceOnce(xml, '<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>http://localhost:3000</AppDomain>'),
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"><bt:Override Locale="en-US" Value="http://localhost:3000/en/taskpane.html"/></bt:Url>',
      ),
    );
    expect(errors).toEqual([
      expect.stringContaining('URL 必须使用 https：<AppDomain> 为 "http://localhost:3000"'),
      expect.stringContaining('URL 必须使用 https：<bt:Url id="Taskpane.Url"> 的覆盖值（en-US）为 "http://localhost:3000/en/taskpane.html"'),
    ]);
  });

  test('a dangling resid', () => {
    const errors = validateVariant('dangling', (xml) => replaceOnce(xml, '<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Commands.Missing"/>'));
    expect(errors).toEqual([expect.stringMatching(/^\[结构\] resid "Commands\.Missing" 未在 <Resources> 中定义（<DesktopFormFactor>\/<FunctionFile>）（第 \d+ 行）$/)]);
  });

  test('a resid that points into the wrong resource group', () => {
    const errors = validateVariant('wrong-group', (xml) =>
      replaceOnce(xml, '<Label resid="CommandsGroup.Label"/>', '<Label resid="Taskpane.Url"/>'),
    );
    expect(errors).toEqual([expect.stringContaining('resid "Taskpane.Url"（<Group>/<Label>）应引用 bt:ShortStrings 中的资源，但它定义在 bt:Urls 中')]);
  });

  test('an icon URL whose file is missing from assets/', () => {
    const errors = validateVariant('missing-icon', (xml) =>
      replaceOnce(
        xml,
        '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
        '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-81.png"/>',
      ),
    );
    expect(errors).toEqual([expect.stringMatching(/^\[结构\] 图标文件不存在：assets\/icon-81\.png（<bt:Image id="Icon\.80x80"> 的默认值）（第 \d+ 行）$/)]);
  });

  test('ExcelApi MinVersion 1.1', () => {
    const errors = validateVariant('minversion', (xml) => replaceOnce(xml, '<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'));
    expect(errors).toEqual([expect.stringMatching(/^\[结构\] ExcelApi MinVersion 应为 1\.7（Office 2019 最高支持 1\.7），实际为 1\.1（第 \d+ 行）$/)]);
  });

  test('ExcelApi requirement missing', () => {
    const errors = validateVariant('no-excelapi', (xml) => replaceOnce(xml, '<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="DialogApi" MinVersion="1.1"/>'));
    expect(errors).toEqual([expect.stringContaining('<Requirements> 中缺少 ExcelApi 要求集（MinVersion 应为 1.7）')]);
  });

  test('no Workbook host', () => {
    const errors = validateVariant('no-workbook', (xml) => replaceOnce(xml, '<Host Name="Workbook"/>', '<Host Name="Document"/>'));
    expect(errors).toEqual([expect.stringContaining('<Hosts> 中缺少 <Host Name="Workbook"/>')]);
  });

  test('Id that is not a GUID', () => {
    const errors = validateVariant('bad-id', (xml) => xml.replace(/<Id>[^<]*<\/Id>/, '<Id>budget-check</Id>'));
    expect(lintErrors(errors)).toEqual([expect.stringContaining('Id 不是有效的 GUID："budget-check"')]);
    expect(xsdErrors(errors)).toEqual([expect.stringContaining("Element 'Id': [facet 'pattern'] The value 'budget-check'")]);
  });

  test('short and long string limits', () => {
    const errors = validateVariant('long-strings', (xml) =>
      replaceOnce(
        replaceOnce(xml, 'DefaultValue="预算审核已就绪"', `DefaultValue="${'预'.repeat(126)}"`),
        'Value="Open the review pane to check the budget disclosure tables in this workbook and mark problems."',
        `Value="${'x'.repeat(251)}"`,
      ),
    );
    expect(lintErrors(errors)).toEqual([
      expect.stringContaining('字符串过长：<bt:String id="GetStarted.Title">（bt:ShortStrings） 的默认值有 126 个字符，上限 125'),
      expect.stringContaining('字符串过长：<bt:String id="TaskpaneButton.Tooltip">（bt:LongStrings） 的覆盖值（en-US）有 251 个字符，上限 250'),
    ]);
    expect(xsdErrors(errors)).toHaveLength(2);
  });

  test('malformed XML is reported by both passes', () => {
    const errors = validateVariant('malformed', (xml) => replaceOnce(xml, '</Hosts>\n  <Requirements>', '</Host>\n  <Requirements>'));
    expect(lintErrors(errors)).toEqual([expect.stringContaining('XML 无法解析（第 21 行）：结束标签 </Host> 与第 19 行的 <Hosts> 不匹配')]);
    expect(xsdErrors(errors).length).toBeGreaterThan(0);
  });

  test('a missing xmllint is an error, not a silent pass', () => {
    const errors = validateManifest(MANIFEST, { repoRoot: REPO_ROOT, xmllint: path.join(tmpDir, 'no-such-xmllint') }).errors;
    expect(errors).toEqual([expect.stringContaining('xmllint 未安装：请安装 libxml2-utils')]);
  });

  test('a missing schema folder is an error', () => {
    const errors = validateManifest(MANIFEST, { repoRoot: REPO_ROOT, schemaDir: path.join(tmpDir, 'no-schemas') }).errors;
    expect(errors).toEqual([expect.stringContaining('[XSD] 找不到 XSD：')]);
  });

  test('CLI exits 0 for the real manifest and 1 with a readable list otherwise', () => {
    const tsxCli = require.resolve('tsx/cli');
    const ok = spawnSync(process.execPath, [tsxCli, SCRIPT], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('manifest.xml 通过离线校验');

    const bad = path.join(tmpDir, 'cli-bad.xml');
    writeFileSync(bad, replaceOnce(original, '<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'));
    const fail = spawnSync(process.execPath, [tsxCli, SCRIPT, bad], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(fail.status).toBe(1);
    expect(fail.stderr).toContain('未通过离线校验，共 1 个问题');
    expect(fail.stderr).toMatch(/ {2}1\. \[结构\] ExcelApi MinVersion 应为 1\.7/);
  });
});

describe('parseXml', () => {
  test('reads attributes, entities, prefixes and line numbers', () => {
    const root = parseXml('<?xml version="1.0"?>\n<!-- c -->\n<a x="1 &amp; 2">\n  <bt:b y=\'&#x41;\'>t&lt;</bt:b>\n</a>\n');
    expect(root.local).toBe('a');
    expect(root.attrs.x).toBe('1 & 2');
    const [b] = root.children;
    expect(b).toMatchObject({ name: 'bt:b', local: 'b', attrs: { y: 'A' }, text: 't<', line: 4 });
  });

  test('rejects unclosed elements', () => {
    expect(() => parseXml('<a><b></a>')).toThrow('结束标签 </a> 与第 1 行的 <b> 不匹配');
    expect(() => parseXml('<a>')).toThrow('<a>（第 1 行）未关闭');
  });
});
