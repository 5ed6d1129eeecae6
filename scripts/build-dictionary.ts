/**
 * Builds src/core/data/dictionary.ts, the classification dictionary with year ranges (支出功能分类
 * 类/款/项 and 部门预算支出经济分类 类/款), from
 *  - every 科目 row of every document transcribed in test/fixtures (the five seeds of ../shared/seeds
 *    and the 18 documents of ../shared/real): each name holds for the years it was printed in;
 *  - the seed code list ../shared/data/seed-observed-classification-codes.csv (its outdated-name
 *    variants become entries marked old);
 *  - entries transcribed from official texts (scripts/data/official-classification.ts).
 * Each entry records its sources.   npm run data:dictionary
 */
import * as fs from 'fs';
import * as path from 'path';
import { documentFacts } from '../src/core/facts';
import { recognise } from '../src/core/recognize';
import { readWorkbookFile } from '../src/hosts/xlsx/node';
import { CSV, parseCsv } from './build-data';
import { OFFICIAL_ENTRIES } from './data/official-classification';

const ROOT = path.join(__dirname, '..');
export const DICTIONARY_OUT = path.join(ROOT, 'src', 'core', 'data', 'dictionary.ts');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** The ../shared document each fixture transcribes. */
const SOURCE_OF: Record<string, string> = {
  '2023-huangpi-ybfwzx-budget': 'seeds/000',
  '2022-dongxihu-ybj-budget': 'seeds/001',
  '2024-huangpi-ybfwzx-final': 'seeds/002',
  '2026-qingshan-ybfwzx-budget': 'seeds/003',
  '2025-caidian-ybj-budget': 'seeds/004',
  '2024-shanghai-putuo-czj-final': 'real/pt-czj-2024-final-good',
  '2024-shanghai-putuo-czj-final-testbad': 'real/pt-czj-2024-final-testbad',
  '2024-shanghai-putuo-shgzb-final': 'real/pt-shgzb-2024-final',
  '2024-shanghai-template-final': 'real/template-final-2024',
};
const JIANGSU: Record<string, string> = { renda: 'rd', jianchayuan: 'jcy', fayuan: 'fy', shengwei: 'swbgt', zhengxie: 'zx' };

function sourceOf(stem: string): string {
  if (SOURCE_OF[stem]) return SOURCE_OF[stem];
  const m = /^(\d{4})-jiangsu-([a-z]+)-budget$/.exec(stem);
  if (m && JIANGSU[m[2]]) return `real/js-${JIANGSU[m[2]]}-${m[1]}-budget`;
  return `fixture/${stem}`;
}

type Scheme = 'function' | 'economic';
type Level = '类' | '款' | '项';

interface Acc {
  scheme: Scheme;
  level: Level;
  code: string;
  name: string;
  years: Set<number>;
  from: number | null;
  to: number | null;
  official: boolean;
  old: boolean;
  sources: Set<string>;
}

const clean = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/[（(]\s*(类|款|项)\s*[)）]$/, '');
const levelOf = (scheme: Scheme, code: string): Level => (code.length === 3 ? '类' : code.length === 5 ? '款' : '项');

const SEED_YEAR: Record<string, number> = { '000': 2023, '001': 2022, '002': 2024, '003': 2026, '004': 2025 };

export async function buildDictionary(): Promise<string> {
  const acc = new Map<string, Acc>();
  const add = (scheme: Scheme, code: string, name: string, f: (a: Acc) => void) => {
    const n = clean(name);
    if (!n) return;
    const key = `${scheme}|${code}|${n}`;
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { scheme, level: levelOf(scheme, code), code, name: n, years: new Set(), from: null, to: null, official: false, old: false, sources: new Set() }));
    f(a);
  };
  // the seed list: outdated-name variants (and which seeds printed them)
  const oldUses = new Set<string>();
  const [head, ...rows] = parseCsv(fs.readFileSync(CSV, 'utf8'));
  const col = (n: string) => head.indexOf(n);
  for (const r of rows) {
    const scheme: Scheme = r[col('scheme')] === '经济分类' ? 'economic' : 'function';
    const code = r[col('code')];
    const years = (r[col('seen_in')] ?? '').split(/[;；]/).map((x) => SEED_YEAR[x.trim()]).filter((y): y is number => !!y);
    // a seed that printed an outdated variant shows the current name already held that year
    const variantYears = [...(r[col('name_variants_seen')] ?? '').matchAll(/(\d{3})/g)].map((m) => SEED_YEAR[m[1]]).filter((y): y is number => !!y);
    years.push(...variantYears);
    add(scheme, code, r[col('name')], (a) => {
      for (const y of years) a.years.add(y);
      a.sources.add('seeds/seed-observed-classification-codes.csv');
    });
    for (const v of (r[col('name_variants_seen')] ?? '').split(/[;；]/).map((x) => x.trim()).filter(Boolean)) {
      const m = /^(.*?)[（(]([\d;；\s]+)[^)）]*[)）]\s*$/.exec(v);
      const name = m ? m[1] : v;
      for (const s of (m?.[2] ?? '').split(/[;；\s]+/).filter(Boolean)) oldUses.add(`${scheme}|${code}|${clean(name)}|${SEED_YEAR[s]}`);
      add(scheme, code, name, (a) => {
        a.old = true;
        a.sources.add('seeds/seed-observed-classification-codes.csv（旧名称）');
      });
    }
  }
  // every 科目 row of every document
  const files = [
    ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')),
    ...fs.readdirSync(path.join(FIXTURES, 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => `real/${f}`),
  ].sort();
  for (const f of files) {
    const wb = await readWorkbookFile(path.join(FIXTURES, f));
    const year = documentFacts(wb).year;
    if (!year) continue;
    const src = sourceOf(path.basename(f, '.xlsx'));
    for (const t of recognise(wb).tables) {
      for (const r of t.rows) {
        if ((r.type !== 'function' && r.type !== 'economic') || !r.code) continue;
        const ok = r.type === 'function' ? /^\d{3}(\d{2}){0,2}$/.test(r.code) : /^\d{3}(\d{2})?$/.test(r.code);
        if (!ok || !clean(r.name)) continue;
        if (oldUses.has(`${r.type}|${r.code}|${clean(r.name)}|${year}`)) continue; // printed there as an outdated name
        add(r.type, r.code, r.name, (a) => {
          a.years.add(year);
          a.sources.add(src);
        });
      }
    }
  }
  for (const o of OFFICIAL_ENTRIES) {
    add(o.scheme, o.code, o.name, (a) => {
      a.official = true;
      a.from = a.from === null ? o.from : Math.min(a.from, o.from ?? a.from);
      a.to = o.to;
      a.sources.add(o.source);
    });
  }
  // a name printed cut short (机关事业单位基本养老 for …缴费支出) is no name of its own
  const all = [...acc.values()];
  const kept = all.filter((a) => !all.some((b) => b !== a && b.scheme === a.scheme && b.code === a.code && b.name.length > a.name.length && b.name.startsWith(a.name) && !b.old && !a.official && !a.old));
  const entries = kept
    .map((a) => {
      const ys = [...a.years].sort((x, y) => x - y);
      const from = a.official ? Math.min(a.from ?? Infinity, ys[0] ?? Infinity) : (ys[0] ?? null);
      const to = a.official ? a.to : (ys[ys.length - 1] ?? null);
      return {
        scheme: a.scheme,
        level: a.level,
        code: a.code,
        name: a.name,
        from: from === Infinity ? null : from,
        to: a.official && a.to === null ? null : to,
        ...(a.old ? { old: true } : {}),
        sources: [...a.sources].sort(),
      };
    })
    .sort((x, y) => (x.scheme === y.scheme ? x.code.localeCompare(y.code) || (x.from ?? 0) - (y.from ?? 0) || x.name.localeCompare(y.name) : x.scheme.localeCompare(y.scheme)));
  const lines = entries.map((e) => `  ${JSON.stringify(e)},`);
  return `/**
 * The classification dictionary with year ranges: 支出功能分类科目 (类/款/项) and 部门预算支出经济分类
 * 科目 (类/款), each name with the years it is known to hold (\`from\`–\`to\`, inclusive; null = not known /
 * open) and where it was read (\`sources\`: the ../shared document that printed it, the seed code list,
 * or an official text). \`old\`: a name the seed list records as outdated. NOT the complete 《政府收支分类
 * 科目》: a code it does not know is "not in the dictionary" (info), never an error.
 * Generated by \`npm run data:dictionary\` (scripts/build-dictionary.ts); do not edit by hand.
 */
export interface DictionaryEntry {
  scheme: 'function' | 'economic';
  level: '类' | '款' | '项';
  code: string;
  name: string;
  from: number | null;
  to: number | null;
  old?: true;
  sources: string[];
}

export const DICTIONARY: DictionaryEntry[] = [
${lines.join('\n')}
];
`;
}

if (require.main === module) {
  void buildDictionary().then((text) => {
    fs.writeFileSync(DICTIONARY_OUT, text);
    console.log(`wrote ${path.relative(process.cwd(), DICTIONARY_OUT)}`);
  });
}
