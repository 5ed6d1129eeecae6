/**
 * Mutations of a seed workbook for the fuzzer: at the XML level of its parts (cells, rows,
 * merges, sheets, styles, shared strings) and at the byte level of the zip (bit flips,
 * truncation). Every choice comes from a seeded generator, so a case is reproduced by its seed.
 */
import { entry, writeZip } from '../support/zip';
import { unitRandom } from '../support/department/rng';
import { xmlEscape } from '../support/hostile';

/** mulberry32 (test/support/department/rng.ts): small, fast, good enough for choosing mutations. */
export function rng(seed: number): Rng {
  const next = unitRandom(seed);
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

/** A workbook as its parts: XML parts as text, others as bytes. */
export type Parts = Map<string, string | Uint8Array>;

export function partsOf(raw: Map<string, Uint8Array>): Parts {
  const out: Parts = new Map();
  const dec = new TextDecoder('utf-8');
  for (const [name, bytes] of raw) out.set(name, /\.(xml|rels)$/i.test(name) ? dec.decode(bytes) : bytes);
  return out;
}

const sheetsOf = (p: Parts) => [...p.keys()].filter((k) => /^xl\/worksheets\/[^/]+\.xml$/.test(k));
const text = (p: Parts, name: string) => (typeof p.get(name) === 'string' ? (p.get(name) as string) : '');

function colName(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colNumber(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const CELL = /<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** Replace one random cell that matches `want` (by its attributes and content). */
function replaceCell(p: Parts, r: Rng, want: (attrs: string, body: string) => boolean, make: (ref: string, attrs: string, body: string) => string, count = 1): boolean {
  const sheets = sheetsOf(p);
  if (!sheets.length) return false;
  const name = r.pick(sheets);
  let xml = text(p, name);
  const cells = [...xml.matchAll(CELL)].filter((m) => want(m[3], m[4] ?? ''));
  if (!cells.length) return false;
  const chosen = new Set(Array.from({ length: count }, () => r.pick(cells)));
  // from the end, so earlier offsets stay right
  for (const m of [...chosen].sort((a, b) => (b.index ?? 0) - (a.index ?? 0))) {
    const at = m.index ?? 0;
    xml = xml.slice(0, at) + make(`${m[1]}${m[2]}`, m[3], m[4] ?? '') + xml.slice(at + m[0].length);
  }
  p.set(name, xml);
  return true;
}

const isNumber = (attrs: string, body: string) => !/\bt="/.test(attrs) && /<v>/.test(body);
const styleOf = (attrs: string) => /\bs="\d+"/.exec(attrs)?.[0] ?? '';
const inline = (ref: string, attrs: string, s: string) => `<c r="${ref}" ${styleOf(attrs)} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(s)}</t></is></c>`;

/** Texts that look like numbers, are not, or are hostile. */
const ODD_TEXTS = ['一二三', '1,234.5O', '—', '-', '－', '12.3.4', '(1,000.00)', '１２３．４５', '1e309', 'NaN', '∞', ' ', '合计', '#REF!', '=1+1', "-2+3+cmd|' /C calc'!A0", '<img src=x onerror=alert(1)>', '\u202e表1 收支总表', '\u200f123', '_x0001_控制字符', '2025年', '100%', '12.5%'];
const ODD_NUMBERS = ['0', '-0', '1e308', '-1e308', '5e-324', '123456789012345680000', '0.1', '-1157.86', '3.14159265358979', '1E+21', '-999999999.99'];
const ERRORS = ['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!'];
const SHEET_NAMES = ['<img src=x onerror=alert(1)>', '\u202e表1 收支总表', 'Sheet1', '表1 收支总表', '情况说明', '&amp;"\'', '表 ', '表9 项目支出表', '\u200f1'];

export interface Mutation {
  name: string;
  /** Apply to the parts; false when it found nothing to change. */
  apply(p: Parts, r: Rng): boolean;
  /** Rare and slow mutations are chosen less often. */
  weight?: number;
}

function addRows(p: Parts, sheet: string, rowsXml: string): void {
  const xml = text(p, sheet);
  p.set(sheet, xml.includes('</sheetData>') ? xml.replace('</sheetData>', `${rowsXml}</sheetData>`) : xml.replace(/<sheetData\s*\/>/, `<sheetData>${rowsXml}</sheetData>`));
}

function styleIndex(p: Parts, numFmt: number, code?: string): number | null {
  let styles = text(p, 'xl/styles.xml');
  const m = /<cellXfs count="(\d+)">/.exec(styles);
  if (!m) return null;
  if (code !== undefined) {
    const id = 200 + (numFmt % 50);
    const fmt = `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`;
    styles = /<numFmts count="(\d+)">/.test(styles)
      ? styles.replace(/<numFmts count="(\d+)">/, (_, n: string) => `<numFmts count="${Number(n) + 1}">${fmt}`)
      : styles.replace(/(<styleSheet[^>]*>)/, `$1<numFmts count="1">${fmt}</numFmts>`);
    numFmt = id;
  }
  const n = Number(m[1]);
  styles = styles.replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, (_, inner: string) => `<cellXfs count="${n + 1}">${inner}<xf numFmtId="${numFmt}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`);
  p.set('xl/styles.xml', styles);
  return n;
}

export const MUTATIONS: Mutation[] = [
  { name: 'text-in-number', apply: (p, r) => replaceCell(p, r, isNumber, (ref, a) => inline(ref, a, r.pick(ODD_TEXTS)), 1 + r.int(5)) },
  { name: 'odd-number', apply: (p, r) => replaceCell(p, r, isNumber, (ref, a) => `<c r="${ref}" ${styleOf(a)}><v>${r.pick(ODD_NUMBERS)}</v></c>`, 1 + r.int(5)) },
  { name: 'error-value', apply: (p, r) => replaceCell(p, r, isNumber, (ref, a) => `<c r="${ref}" ${styleOf(a)} t="e"><v>${r.pick(ERRORS)}</v></c>`, 1 + r.int(5)) },
  {
    name: 'formula',
    apply: (p, r) =>
      replaceCell(p, r, isNumber, (ref, a, body) => (r.chance(0.5) ? `<c r="${ref}" ${styleOf(a)}><f>SUM(A1:A3)</f>${body}</c>` : `<c r="${ref}" ${styleOf(a)}><f>1/0</f></c>`), 1 + r.int(4)),
  },
  {
    name: 'stray-far-cell',
    apply: (p, r) => {
      const sheets = sheetsOf(p);
      if (!sheets.length) return false;
      const [row, col] = r.pick([[20000, 22], [1048576, 16384], [5000 + r.int(50000), 1 + r.int(200)], [1 + r.int(40), 100 + r.int(16000)]]);
      addRows(p, r.pick(sheets), `<row r="${row}"><c r="${colName(col)}${row}" t="inlineStr"><is><t>x</t></is></c></row>`);
      return true;
    },
  },
  {
    name: 'merges',
    apply: (p, r) => {
      const sheets = sheetsOf(p);
      if (!sheets.length) return false;
      const name = r.pick(sheets);
      const xml = text(p, name);
      // merges that overlap are refused by Excel and exceljs alike: add only ones that do not
      const taken = [...xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].map((m) => ({ top: Number(m[2]), left: colNumber(m[1]), bottom: Number(m[4]), right: colNumber(m[3]) }));
      const added: string[] = [];
      for (let k = 1 + r.int(30); k > 0; k--) {
        const top = 1 + r.int(40);
        const left = 1 + r.int(12);
        const m = { top, left, bottom: top + r.int(r.chance(0.1) ? 5000 : 8), right: left + r.int(6) };
        if (taken.some((t) => t.top <= m.bottom && m.top <= t.bottom && t.left <= m.right && m.left <= t.right)) continue;
        taken.push(m);
        added.push(`<mergeCell ref="${colName(m.left)}${m.top}:${colName(m.right)}${m.bottom}"/>`);
      }
      if (!added.length) return false;
      const merges = added.join('');
      p.set(name, /<mergeCells[^>]*>/.test(xml) ? xml.replace(/<mergeCells[^>]*>/, (m) => m + merges) : xml.replace('</sheetData>', `</sheetData><mergeCells>${merges}</mergeCells>`));
      return true;
    },
  },
  {
    name: 'hide-rename-sheet',
    apply: (p, r) => {
      let wb = text(p, 'xl/workbook.xml');
      const tags = [...wb.matchAll(/<sheet\b[^>]*\/>/g)];
      if (!tags.length) return false;
      const m = r.pick(tags);
      let tag = m[0];
      if (r.chance(0.5)) tag = tag.replace(/\sstate="[^"]*"/, '').replace('<sheet ', `<sheet state="${r.pick(['hidden', 'veryHidden'])}" `);
      else tag = tag.replace(/name="[^"]*"/, `name="${xmlEscape(r.pick(SHEET_NAMES).replace(/&amp;/g, '&'))}${r.int(3) || ''}"`);
      wb = wb.slice(0, m.index) + tag + wb.slice((m.index ?? 0) + m[0].length);
      p.set('xl/workbook.xml', wb);
      return true;
    },
  },
  {
    name: 'delete-rows',
    apply: (p, r) => {
      const sheets = sheetsOf(p);
      if (!sheets.length) return false;
      const name = r.pick(sheets);
      const rows = [...text(p, name).matchAll(/<row\b[\s\S]*?<\/row>/g)];
      if (!rows.length) return false;
      const drop = new Set(Array.from({ length: 1 + r.int(Math.max(1, rows.length / 2)) }, () => r.int(rows.length)));
      let xml = text(p, name);
      for (const i of [...drop].sort((a, b) => b - a)) {
        const m = rows[i];
        xml = xml.slice(0, m.index) + xml.slice((m.index ?? 0) + m[0].length);
      }
      p.set(name, xml);
      return true;
    },
  },
  { name: 'huge-string', apply: (p, r) => replaceCell(p, r, () => true, (ref, a) => inline(ref, a, r.pick(['预算', '1', 'ab ', '—']).repeat(20_000 + r.int(300_000)))) },
  {
    name: 'rtl-control',
    apply: (p, r) => replaceCell(p, r, () => true, (ref, a, body) => inline(ref, a, `${r.pick(['\u202e', '\u200f', '\u200b', '_x0007_', '\ufeff', '\u00a0'])}${body.replace(/<[^>]+>/g, '')}${r.pick(['\u202c', '', '\u3000'])}`), 1 + r.int(6)),
  },
  {
    name: 'dates-percent-text-formats',
    apply: (p, r) => {
      const which = r.pick<[number, string | undefined]>([[14, undefined], [22, undefined], [10, undefined], [9, undefined], [49, undefined], [0, '0.0%'], [0, 'yyyy"年"m"月"d"日"'], [0, '#,##0.00;[Red]-#,##0.00'], [0, '0.00_);(0.00)'], [0, '[$-804]General'], [0, ';;;']]);
      const s = styleIndex(p, which[0], which[1]);
      if (s === null) return false;
      return replaceCell(p, r, isNumber, (ref, a, body) => `<c r="${ref}" s="${s}"${a.replace(/\s*s="\d+"/, '')}>${body}</c>`, 1 + r.int(20));
    },
  },
  {
    name: 'shared-strings-damage',
    apply: (p, r) => {
      const ss = text(p, 'xl/sharedStrings.xml');
      if (!ss) return false;
      if (r.chance(0.2)) {
        p.delete('xl/sharedStrings.xml');
        return true;
      }
      const items = [...ss.matchAll(/<si>[\s\S]*?<\/si>/g)];
      if (!items.length) return false;
      let out = ss;
      for (const m of items.filter(() => r.chance(0.1)).reverse()) out = out.slice(0, m.index) + out.slice((m.index ?? 0) + m[0].length);
      p.set('xl/sharedStrings.xml', out);
      return true;
    },
    weight: 0.5,
  },
  {
    name: 'xml-damage',
    apply: (p, r) => {
      const names = [...p.keys()].filter((k) => typeof p.get(k) === 'string');
      const name = r.pick(names);
      const xml = text(p, name);
      const at = r.int(xml.length + 1);
      const damage = r.pick(['truncate', 'garbage', 'drop-close', 'bad-utf8', 'dup-attr']);
      if (damage === 'truncate') p.set(name, xml.slice(0, at));
      else if (damage === 'garbage') p.set(name, xml.slice(0, at) + r.pick(['<<', '&', '</x>', '\u0000', ']]>', '<c r="ZZZZ0">']) + xml.slice(at));
      else if (damage === 'drop-close') p.set(name, xml.replace(r.pick(['</row>', '</c>', '</sheetData>', '</si>', '</sheets>']), ''));
      else if (damage === 'dup-attr') p.set(name, xml.replace(/<c r="/, '<c r="A1" r="'));
      else {
        const enc = new TextEncoder().encode(xml);
        const b = new Uint8Array(enc.length + 2);
        b.set(enc.subarray(0, at));
        b.set([0xc3, 0x28], at);
        b.set(enc.subarray(at), at + 2);
        p.set(name, b);
      }
      return true;
    },
    weight: 0.6,
  },
  {
    name: 'billion-laughs',
    apply: (p, r) => {
      const names = [...p.keys()].filter((k) => typeof p.get(k) === 'string' && /\.xml$/.test(k));
      const name = r.pick(names);
      const ents = `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 8 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i || ''};`.repeat(10)}">`).join('')}]>`;
      p.set(name, text(p, name).replace(/^(<\?xml[^>]*\?>)?/, (m) => `${m}${ents}`));
      return true;
    },
    weight: 0.3,
  },
  {
    name: 'many-sheets',
    apply: (p, r) => {
      const n = r.chance(0.5) ? 1000 : 50 + r.int(250);
      const base = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>支出总表</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>`;
      let wb = text(p, 'xl/workbook.xml');
      let rels = text(p, 'xl/_rels/workbook.xml.rels');
      let types = text(p, '[Content_Types].xml');
      const sheets: string[] = [];
      for (let i = 0; i < n; i++) {
        const id = `rIdF${i}`;
        p.set(`xl/worksheets/fz${i}.xml`, base);
        sheets.push(`<sheet name="F${i}" sheetId="${5000 + i}" r:id="${id}"/>`);
        rels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/fz${i}.xml"/></Relationships>`);
        types = types.replace('</Types>', `<Override PartName="/xl/worksheets/fz${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
      }
      wb = wb.replace('</sheets>', `${sheets.join('')}</sheets>`);
      p.set('xl/workbook.xml', wb);
      p.set('xl/_rels/workbook.xml.rels', rels);
      p.set('[Content_Types].xml', types);
      return true;
    },
    weight: 0.1,
  },
  {
    name: 'big-table',
    apply: (p, r) => {
      const sheets = sheetsOf(p);
      if (!sheets.length) return false;
      const n = r.chance(0.5) ? 50_000 : 2_000 + r.int(8_000);
      const rows: string[] = [];
      for (let i = 0; i < n; i++) {
        const row = 200 + i;
        rows.push(`<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>${2010101 + (i % 90000)}</t></is></c><c r="B${row}" t="inlineStr"><is><t>项目${i}</t></is></c><c r="C${row}"><v>${(i % 997) / 100}</v></c><c r="D${row}"><v>${(i % 13) / 10}</v></c></row>`);
      }
      addRows(p, r.pick(sheets), rows.join(''));
      return true;
    },
    weight: 0.04,
  },
];

export interface Case {
  seed: number;
  /** Names of the mutations applied, in order (zip-level ones last). */
  mutations: string[];
  bytes: Uint8Array;
  /** All text of the mutated parts: a message may repeat what the input holds ("NaN" typed in a cell). */
  inputText: string;
}

/** One fuzz case from a seed fixture's parts: 1–3 mutations, sometimes a zip-level one after. */
export function makeCase(base: Parts, seed: number): Case {
  const r = rng(seed);
  const p: Parts = new Map(base);
  const applied: string[] = [];
  const total = MUTATIONS.reduce((n, m) => n + (m.weight ?? 1), 0);
  const choose = () => {
    let x = r.next() * total;
    for (const m of MUTATIONS) if ((x -= m.weight ?? 1) < 0) return m;
    return MUTATIONS[0];
  };
  for (let k = 1 + r.int(3); k > 0; k--) {
    const m = choose();
    if (m.apply(p, r)) applied.push(m.name);
  }
  let bytes = writeZip([...p].map(([name, content]) => entry(name, content)));
  if (r.chance(0.12)) {
    // damage of the zip itself
    const b = new Uint8Array(bytes);
    if (r.chance(0.5)) {
      for (let k = 1 + r.int(8); k > 0; k--) b[r.int(b.length)] ^= 1 << r.int(8);
      applied.push('bit-flips');
      bytes = b;
    } else {
      bytes = b.slice(0, r.int(b.length));
      applied.push('truncated');
    }
  }
  const inputText = [...p].map(([name, c]) => (typeof c === 'string' ? c : `${name}\n${new TextDecoder().decode(c)}`)).join('\n');
  return { seed, mutations: applied, bytes, inputText };
}
