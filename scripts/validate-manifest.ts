/**
 * Offline validation of the add-in manifest (no Microsoft web service):
 *   1. XSD validation with xmllint against ../shared/schemas/office-addin-manifest/;
 *   2. a structural lint for what the 2020 XSDs cannot express (https URLs, every URL on the
 *      add-in's own address, resource ids that resolve, icon files that exist, ExcelApi 1.7,
 *      Workbook host…). The add-in's address (base) is the folder of the task pane's
 *      SourceLocation, or --base. A built manifest (dist/manifest.xml, beside taskpane.html)
 *      must also find every page and icon it points at in its own folder.
 *
 *   npx tsx scripts/validate-manifest.ts [manifest.xml] [--base https://host/path/]
 *
 * Exits 1 and lists the problems when the manifest is invalid.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ValidateOptions {
  /** Folder holding OfficeAppManifestV1_1.xsd; default `<repoRoot>/../shared/schemas/office-addin-manifest`. */
  schemaDir?: string;
  /** Repository root; `assets/` is looked up here. Default: the parent of scripts/. */
  repoRoot?: string;
  /** xmllint executable; default `xmllint` from PATH. */
  xmllint?: string;
  /** The address every URL must be under (ending in "/"); default: the folder of <SourceLocation>. */
  base?: string;
  /**
   * The folder the base is served from: every URL under the base must be a file there.
   * Default: the manifest's own folder when it holds taskpane.html (a built dist/), else none
   * (only assets/ icons are looked up, in repoRoot).
   */
  filesRoot?: string | null;
}

export interface ValidationResult {
  errors: string[];
}

const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
const REQUIRED_EXCEL_API = '1.7';
const SHORT_MAX = 125;
const LONG_MAX = 250;

/** Top-level children of a TaskPaneApp in XSD sequence order (OfficeApp base, then TaskPaneApp). */
const TOP_LEVEL_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
] as const;

/** Required by the XSD or by this project (Hosts, Requirements). */
const TOP_LEVEL_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
];

/** The TaskPaneApp Permissions enumeration in OfficeAppManifestV1_1.xsd. */
const TASKPANE_PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

const GUID_RE =
  /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;

/** Elements whose DefaultValue (and Override/@Value) is a URL. */
const URL_ELEMENTS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Url', 'Image']);

// ---------------------------------------------------------------------------
// Minimal XML reader (elements, attributes, text, line numbers; no DTDs)
// ---------------------------------------------------------------------------

export interface XmlElement {
  /** Qualified name as written, e.g. `bt:Image`. */
  name: string;
  /** Name without prefix, e.g. `Image`. */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string, line: number): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const ch = ENTITIES[ref];
    if (ch === undefined) throw new XmlSyntaxError(`未知实体 ${whole}`, line);
    return ch;
  });
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function parseAttributes(raw: string, line: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    const name = m[1];
    if (name in attrs) throw new XmlSyntaxError(`属性 ${name} 重复`, line);
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? '', line);
  }
  return attrs;
}

/** Parses an XML document into an element tree; throws XmlSyntaxError on malformed input. */
export function parseXml(src: string): XmlElement {
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const skipPast = (pos: number, close: string, what: string): number => {
    const end = src.indexOf(close, pos);
    if (end < 0) throw new XmlSyntaxError(`${what}未结束`, lineOf(pos));
    return end + close.length;
  };

  const startTag = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
  const endTag = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;

  while (pos < src.length) {
    const line = lineOf(pos);
    if (src.startsWith('<!--', pos)) {
      pos = skipPast(pos + 4, '-->', '注释');
    } else if (src.startsWith('<?', pos)) {
      pos = skipPast(pos + 2, '?>', '处理指令');
    } else if (src.startsWith('<![CDATA[', pos)) {
      const end = skipPast(pos + 9, ']]>', 'CDATA 段');
      if (stack.length === 0) throw new XmlSyntaxError('根元素之外出现 CDATA', line);
      stack[stack.length - 1].text += src.slice(pos + 9, end - 3);
      pos = end;
    } else if (src.startsWith('<!', pos)) {
      throw new XmlSyntaxError('不支持 DOCTYPE 声明', line);
    } else if (src.startsWith('</', pos)) {
      endTag.lastIndex = pos;
      const m = endTag.exec(src);
      if (!m) throw new XmlSyntaxError('结束标签格式错误', line);
      const open = stack.pop();
      if (!open) throw new XmlSyntaxError(`多余的结束标签 </${m[1]}>`, line);
      if (open.name !== m[1]) throw new XmlSyntaxError(`结束标签 </${m[1]}> 与第 ${open.line} 行的 <${open.name}> 不匹配`, line);
      pos = endTag.lastIndex;
    } else if (src[pos] === '<') {
      startTag.lastIndex = pos;
      const m = startTag.exec(src);
      if (!m) throw new XmlSyntaxError('开始标签格式错误', line);
      const el: XmlElement = { name: m[1], local: localName(m[1]), attrs: parseAttributes(m[2], line), children: [], text: '', line };
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) throw new XmlSyntaxError(`根元素之外出现 <${el.name}>`, line);
      else root = el;
      if (m[3] !== '/') stack.push(el);
      pos = startTag.lastIndex;
    } else {
      const next = src.indexOf('<', pos);
      const end = next < 0 ? src.length : next;
      const text = src.slice(pos, end);
      if (stack.length > 0) stack[stack.length - 1].text += decodeEntities(text, line);
      else if (text.trim() !== '') throw new XmlSyntaxError('根元素之外出现文本', line);
      pos = end;
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    throw new XmlSyntaxError(`<${open.name}>（第 ${open.line} 行）未关闭`, lineOf(src.length));
  }
  if (!root) throw new XmlSyntaxError('文档没有根元素', 1);
  return root;
}

// ---------------------------------------------------------------------------
// Tree helpers
// ---------------------------------------------------------------------------

function childrenNamed(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

/** Every element below `el` (depth first), with its parent. */
function* descendants(el: XmlElement): Generator<{ el: XmlElement; parent: XmlElement }> {
  for (const c of el.children) {
    yield { el: c, parent: el };
    yield* descendants(c);
  }
}

/** Value of a prefixed `type` attribute (xsi:type), whatever the prefix. */
function xsiType(el: XmlElement): string | undefined {
  const key = Object.keys(el.attrs).find((k) => k.includes(':') && localName(k) === 'type');
  return key === undefined ? undefined : el.attrs[key];
}

function describe(el: XmlElement): string {
  const id = el.attrs.id;
  return id === undefined ? `<${el.name}>` : `<${el.name} id="${id}">`;
}

function at(el: XmlElement): string {
  return `（第 ${el.line} 行）`;
}

/** DefaultValue plus each Override/@Value, labelled for messages. */
function localizedValues(el: XmlElement): Array<{ label: string; value: string }> {
  const out: Array<{ label: string; value: string }> = [];
  if (el.attrs.DefaultValue !== undefined) out.push({ label: '默认值', value: el.attrs.DefaultValue });
  for (const o of childrenNamed(el, 'Override')) {
    if (o.attrs.Value !== undefined) out.push({ label: `覆盖值（${o.attrs.Locale ?? '?'}）`, value: o.attrs.Value });
  }
  return out;
}

// ---------------------------------------------------------------------------
// XSD validation with xmllint
// ---------------------------------------------------------------------------

function defaultRepoRoot(): string {
  return path.resolve(__dirname, '..');
}

function defaultSchemaDir(repoRoot: string): string {
  return path.resolve(repoRoot, '..', 'shared', 'schemas', 'office-addin-manifest');
}

/** Turns one xmllint diagnostic line into a readable message (namespaces stripped). */
function formatXmllintLine(line: string, manifestPath: string): string {
  const tidy = (s: string): string => s.replace(/\{(?:https?|urn):[^}]*\}/g, '');
  const m = /^(.*?):(\d+): (?:element \S+: )?[^:]*? : (.*)$/.exec(line);
  if (m && path.resolve(m[1]) === path.resolve(manifestPath)) return `[XSD] 第 ${m[2]} 行：${tidy(m[3])}`;
  return `[XSD] ${tidy(line)}`;
}

export function runXsdValidation(manifestPath: string, schemaDir: string, xmllint = 'xmllint'): string[] {
  const xsd = path.join(schemaDir, MAIN_XSD);
  if (!existsSync(xsd)) return [`[XSD] 找不到 XSD：${xsd}`];
  const res = spawnSync(xmllint, ['--noout', '--schema', xsd, manifestPath], { encoding: 'utf8', timeout: 60_000 });
  if (res.error) {
    const code = (res.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return ['[XSD] xmllint 未安装：请安装 libxml2-utils（Debian/Ubuntu：sudo apt-get install libxml2-utils），离线校验需要它'];
    return [`[XSD] 无法运行 xmllint：${res.error.message}`];
  }
  if (res.status === 0) return [];
  const lines = (res.stderr ?? '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !/ (validates|fails to validate)$/.test(l))
    // xmllint echoes the offending source line and a caret marker after parser errors.
    .filter((l) => /^\S.*:\d+: /.test(l) || /error|warning/i.test(l));
  const errors = lines.map((l) => formatXmllintLine(l, manifestPath));
  return errors.length > 0 ? errors : [`[XSD] xmllint 校验失败（退出码 ${res.status ?? '?'}）`];
}

// ---------------------------------------------------------------------------
// Structural lint
// ---------------------------------------------------------------------------

interface LintContext {
  root: XmlElement;
  repoRoot: string;
  /** The add-in's address (ending in "/"), or null when it cannot be told. */
  base: string | null;
  /** Folder the base is served from (a built dist/), or null. */
  filesRoot: string | null;
}

type Lint = (ctx: LintContext) => string[];

const lint = (msg: string): string => `[结构] ${msg}`;

const checkRoot: Lint = ({ root }) => {
  if (root.local === 'OfficeApp' && xsiType(root) === 'TaskPaneApp') return [];
  return [lint(`根元素应为 <OfficeApp xsi:type="TaskPaneApp">，实际为 <${root.name}> xsi:type="${xsiType(root) ?? ''}"`)];
};

const checkTopLevelOrder: Lint = ({ root }) => {
  const errors: string[] = [];
  const order: readonly string[] = TOP_LEVEL_ORDER;
  const seen = new Set<string>();
  let maxIndex = -1;
  let maxName = '';
  for (const c of root.children) {
    const idx = order.indexOf(c.local);
    if (idx < 0) {
      errors.push(lint(`未知的顶层元素 <${c.name}>${at(c)}`));
      continue;
    }
    if (seen.has(c.local)) errors.push(lint(`顶层元素 <${c.local}> 重复${at(c)}`));
    seen.add(c.local);
    if (idx < maxIndex) errors.push(lint(`顶层元素顺序错误：<${c.local}> 应位于 <${maxName}> 之前${at(c)}`));
    else {
      maxIndex = idx;
      maxName = c.local;
    }
  }
  for (const name of TOP_LEVEL_REQUIRED) {
    if (!seen.has(name)) errors.push(lint(`缺少顶层元素 <${name}>`));
  }
  return errors;
};

const checkId: Lint = ({ root }) => {
  const id = child(root, 'Id');
  if (!id) return [];
  const value = id.text.trim();
  return GUID_RE.test(value) ? [] : [lint(`Id 不是有效的 GUID："${value}"${at(id)}`)];
};

const checkPermissions: Lint = ({ root }) => {
  const el = child(root, 'Permissions');
  if (!el) return [];
  const value = el.text.trim();
  if (TASKPANE_PERMISSIONS.includes(value)) return [];
  return [lint(`Permissions 取值无效："${value}"，应为 ${TASKPANE_PERMISSIONS.join('、')} 之一${at(el)}`)];
};

const checkHosts: Lint = ({ root }) => {
  const errors: string[] = [];
  const hosts = child(root, 'Hosts');
  if (hosts && !childrenNamed(hosts, 'Host').some((h) => h.attrs.Name === 'Workbook')) {
    errors.push(lint(`<Hosts> 中缺少 <Host Name="Workbook"/>${at(hosts)}`));
  }
  const overrides = child(root, 'VersionOverrides');
  const ovHosts = child(overrides, 'Hosts');
  if (overrides && !childrenNamed(ovHosts, 'Host').some((h) => xsiType(h) === 'Workbook')) {
    errors.push(lint(`<VersionOverrides> 的 <Hosts> 中缺少 <Host xsi:type="Workbook">${at(ovHosts ?? overrides)}`));
  }
  return errors;
};

const checkExcelApi: Lint = ({ root }) => {
  const requirements = child(root, 'Requirements');
  if (!requirements) return [];
  const sets = child(requirements, 'Sets');
  const excel = childrenNamed(sets, 'Set').find((s) => s.attrs.Name === 'ExcelApi');
  if (!sets || !excel) return [lint(`<Requirements> 中缺少 ExcelApi 要求集（MinVersion 应为 ${REQUIRED_EXCEL_API}）${at(requirements)}`)];
  const version = excel.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? '1.1';
  if (version === REQUIRED_EXCEL_API) return [];
  return [lint(`ExcelApi MinVersion 应为 ${REQUIRED_EXCEL_API}（Office 2019 最高支持 1.7），实际为 ${version}${at(excel)}`)];
};

/** The folder of the task pane's page (DefaultSettings/SourceLocation), or null. */
export function manifestBase(root: XmlElement): string | null {
  const source = child(child(root, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue;
  if (!source) return null;
  try {
    return new URL('.', source).toString();
  } catch {
    return null;
  }
}

/** The file a URL under the base is served from (files root), or an assets/ icon in the repository. */
function fileFor(url: URL, ctx: LintContext): { file: string; shown: string } | undefined {
  if (!ctx.base || !url.toString().startsWith(ctx.base)) return undefined;
  const rel = decodeURIComponent(url.pathname.slice(new URL(ctx.base).pathname.length)).split('/').filter(Boolean);
  if (ctx.filesRoot) return { file: path.join(ctx.filesRoot, ...rel), shown: rel.join('/') };
  if (rel[0] !== 'assets') return undefined;
  const file = path.join(ctx.repoRoot, ...rel);
  return { file, shown: path.relative(ctx.repoRoot, file).split(path.sep).join('/') };
}

function checkUrlValue(el: XmlElement, label: string, value: string, ctx: LintContext): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [lint(`${describe(el)} 的${label}不是有效的 URL："${value}"${at(el)}`)];
  }
  if (url.protocol !== 'https:') return [lint(`URL 必须使用 https：${describe(el)} 的${label}为 "${value}"${at(el)}`)];
  if (ctx.base && !value.startsWith(ctx.base)) return [lint(`URL 不在加载项的地址 ${ctx.base} 下：${describe(el)} 的${label}为 "${value}"${at(el)}`)];
  const target = fileFor(url, ctx);
  if (target !== undefined && !existsSync(target.file)) {
    const what = el.local === 'Image' || /Icon/.test(el.local) ? '图标文件' : '文件';
    return [lint(`${what}不存在：${target.shown}（${describe(el)} 的${label}）${at(el)}`)];
  }
  return [];
}

const checkUrls: Lint = (ctx) => {
  const errors: string[] = [];
  const origin = ctx.base ? new URL(ctx.base).origin : null;
  for (const { el } of descendants(ctx.root)) {
    if (URL_ELEMENTS.has(el.local)) {
      for (const { label, value } of localizedValues(el)) errors.push(...checkUrlValue(el, label, value, ctx));
    }
    if (el.local !== 'AppDomain') continue;
    const domain = el.text.trim();
    if (!domain.startsWith('https://')) errors.push(lint(`URL 必须使用 https：<AppDomain> 为 "${domain}"${at(el)}`));
    else if (origin && domain.replace(/\/$/, '') !== origin) errors.push(lint(`<AppDomain> 应为加载项所在的 ${origin}，实际为 "${domain}"${at(el)}`));
  }
  return errors;
};

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const RESOURCE_KINDS: readonly ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

/** id → group for every resource under <Resources>; duplicates within a group are errors. */
function collectResources(root: XmlElement, errors: string[]): Map<string, ResourceKind> {
  const ids = new Map<string, ResourceKind>();
  for (const { el: resources } of descendants(root)) {
    if (resources.local !== 'Resources') continue;
    for (const kind of RESOURCE_KINDS) {
      for (const group of childrenNamed(resources, kind)) {
        for (const item of group.children) {
          const id = item.attrs.id;
          if (id === undefined) continue;
          if (ids.get(id) === kind) errors.push(lint(`资源 id 重复："${id}"（bt:${kind}）${at(item)}`));
          ids.set(id, kind);
        }
      }
    }
  }
  return ids;
}

/** Which resource group a `resid` on this element must point into. */
function expectedKind(el: XmlElement): ResourceKind | undefined {
  switch (el.local) {
    case 'Image':
      return 'Images';
    case 'FunctionFile':
    case 'SourceLocation':
    case 'LearnMoreUrl':
      return 'Urls';
    case 'Label':
    case 'Title':
    case 'Namespace':
      return 'ShortStrings';
    case 'Description':
      return 'LongStrings';
    default:
      return undefined;
  }
}

const checkResourceIds: Lint = ({ root }) => {
  const errors: string[] = [];
  const ids = collectResources(root, errors);
  for (const { el, parent } of descendants(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const where = `<${parent.local}>/<${el.name}>`;
    const actual = ids.get(resid);
    const expected = expectedKind(el);
    if (actual === undefined) errors.push(lint(`resid "${resid}" 未在 <Resources> 中定义（${where}）${at(el)}`));
    else if (expected !== undefined && actual !== expected) {
      errors.push(lint(`resid "${resid}"（${where}）应引用 bt:${expected} 中的资源，但它定义在 bt:${actual} 中${at(el)}`));
    }
  }
  return errors;
};

function checkLength(el: XmlElement, what: string, max: number): string[] {
  const errors: string[] = [];
  for (const { label, value } of localizedValues(el)) {
    const length = [...value].length;
    if (length > max) errors.push(lint(`字符串过长：${what} 的${label}有 ${length} 个字符，上限 ${max}${at(el)}`));
  }
  return errors;
}

const checkStringLengths: Lint = ({ root }) => {
  const errors: string[] = [];
  const displayName = child(root, 'DisplayName');
  const description = child(root, 'Description');
  if (displayName) errors.push(...checkLength(displayName, '<DisplayName>', SHORT_MAX));
  if (description) errors.push(...checkLength(description, '<Description>', LONG_MAX));
  for (const { el, parent } of descendants(root)) {
    if (el.local !== 'String') continue;
    if (parent.local === 'ShortStrings') errors.push(...checkLength(el, `${describe(el)}（bt:ShortStrings）`, SHORT_MAX));
    if (parent.local === 'LongStrings') errors.push(...checkLength(el, `${describe(el)}（bt:LongStrings）`, LONG_MAX));
  }
  return errors;
};

const LINTS: readonly Lint[] = [
  checkRoot,
  checkTopLevelOrder,
  checkId,
  checkPermissions,
  checkHosts,
  checkExcelApi,
  checkUrls,
  checkResourceIds,
  checkStringLengths,
];

export function lintManifest(xml: string, repoRoot: string, opts: { base?: string; filesRoot?: string | null } = {}): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlSyntaxError) return [lint(`XML 无法解析（第 ${err.line} 行）：${err.message}`)];
    throw err;
  }
  const ctx: LintContext = { root, repoRoot, base: opts.base ?? manifestBase(root), filesRoot: opts.filesRoot ?? null };
  return LINTS.flatMap((check) => check(ctx));
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

export function validateManifest(manifestPath: string, opts: ValidateOptions = {}): ValidationResult {
  const repoRoot = path.resolve(opts.repoRoot ?? defaultRepoRoot());
  const schemaDir = path.resolve(opts.schemaDir ?? defaultSchemaDir(repoRoot));
  const file = path.resolve(manifestPath);
  if (!existsSync(file)) return { errors: [`找不到清单文件：${file}`] };
  const xml = readFileSync(file, 'utf8');
  const beside = path.dirname(file);
  const filesRoot = opts.filesRoot !== undefined ? opts.filesRoot : existsSync(path.join(beside, 'taskpane.html')) ? beside : null;
  const errors = [...runXsdValidation(file, schemaDir, opts.xmllint), ...lintManifest(xml, repoRoot, { base: opts.base, filesRoot })];
  return { errors };
}

function main(argv: string[]): number {
  const repoRoot = defaultRepoRoot();
  const args = [...argv];
  const b = args.indexOf('--base');
  let base: string | undefined;
  if (b >= 0) {
    base = args[b + 1];
    args.splice(b, 2);
    if (!base) {
      console.error('用法：validate-manifest.ts [manifest.xml] [--base https://主机/路径/]');
      return 2;
    }
    if (!base.endsWith('/')) base += '/';
  }
  const manifest = path.resolve(args[0] ?? path.join(repoRoot, 'manifest.xml'));
  const relative = path.relative(process.cwd(), manifest);
  const shown = relative.startsWith('..') || relative === '' ? manifest : relative;
  const { errors } = validateManifest(manifest, { repoRoot, base });
  if (errors.length === 0) {
    const xml = readFileSync(manifest, 'utf8');
    console.log(`✓ ${shown} 通过离线校验（XSD ${MAIN_XSD} + 结构检查）：全部网址在 ${base ?? manifestBase(parseXml(xml)) ?? '?'} 下`);
    return 0;
  }
  console.error(`✗ ${shown} 未通过离线校验，共 ${errors.length} 个问题：`);
  errors.forEach((e, i) => console.error(`  ${i + 1}. ${e}`));
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
