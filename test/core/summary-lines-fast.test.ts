/**
 * summaryLines looks for each kind of name only where it can match and is used (issue 19: speed):
 * totals only in names holding 计/结 or starting 本年/当年, funds and income items by their first
 * character, 类 and uses only on the expense side. Its lines must be those of the plain reading
 * (kept below, verbatim): on every fixture's summary tables and on every name the patterns know,
 * numbered and not, on both sides, in generated orders.
 */
import * as path from 'path';
import { classCodeOfName, stripNumbering, summaryLines, type SummaryLine } from '../../src/core/model/model';
import { norm } from '../../src/core/recognize/text';
import { recognise, type Recognised, type TableRow } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { Rng } from '../support/department/rng';

// ---- the plain reading, as it was before the shortcuts ----
const NUMBERING_L1 = /^[一二三四五六七八九十廿]+[、.．]/;
const NUMBERING_L2 = /^[(（][一二三四五六七八九十廿]+[)）]/;

const FUNDS: [RegExp, string][] = [
  [/^一般公共预算(资金)?((财政)?拨款(收入|\(补助\))?)?$/, '一般公共预算'],
  [/^政府性基金(预算)?(资金)?((财政)?拨款(收入)?)?$/, '政府性基金预算'],
  [/^国有资本经营预算(资金)?((财政)?拨款(收入)?)?$/, '国有资本经营预算'],
];
const INCOME_ITEMS: [RegExp, string][] = [
  [/^财政专户管理资金(收入)?$/, '财政专户管理资金'],
  [/^事业收入$/, '事业收入'],
  [/^(事业单位)?经营收入$/, '事业单位经营收入'],
  [/^上级补助收入$/, '上级补助收入'],
  [/^附属单位上缴收入$/, '附属单位上缴收入'],
  [/^其他收入$/, '其他收入'],
  // 江苏: 一、财政拨款 {1.一般公共预算, 2.政府性基金预算}, 二、财政专户管理资金, 三、其他资金
  [/^财政拨款(\(补助\))?$/, '财政拨款'],
  [/^其他资金$/, '其他资金'],
];
/** 支出 by purpose (江苏 收支预算总表 “支出用途”, 财政拨款收支预算总表). */
const USES: [RegExp, string][] = [
  [/^基本支出$/, '基本支出'],
  [/^项目支出$/, '项目支出'],
  [/^单位预留机动经费$/, '单位预留机动经费'],
];

function plainSummaryLines(t: Recognised): SummaryLine[] {
  const out: SummaryLine[] = [];
  for (const side of ['income', 'expense'] as const) {
    let group: string | null = null;
    let lastNumbered: string | null = null;
    for (const row of t.rows.filter((r) => r.side === side)) {
      const raw = norm(row.name);
      const n = stripNumbering(row.name);
      const l1 = NUMBERING_L1.test(raw);
      const numbered = l1 || NUMBERING_L2.test(raw);
      let concept: string | null = null;
      const p = side === 'income' ? 'in:' : 'ex:';
      if (/^(收入|支出)?总计$/.test(n)) concept = `${p}${side === 'income' ? '收入总计' : '支出总计'}`;
      else if (/^(本年|当年)收入(合计|小计)?$/.test(n) && side === 'income') concept = 'in:本年收入合计';
      else if (/^(本年|当年)支出(合计|小计)?$/.test(n) && side === 'expense') concept = 'ex:本年支出合计';
      else if (/^(上年结转(结余)?(资金)?|上年结转和结余(资金)?|年初(财政拨款)?结转和结余)$/.test(n) && side === 'income') concept = 'in:上年结转结余';
      else if (/^(年终结转结余|年末(财政拨款)?结转和结余|结转下年(资金)?)$/.test(n) && side === 'expense') concept = 'ex:年终结转结余';
      else if (/^收入合计$/.test(n) && side === 'income') concept = 'in:收入合计';
      else if (/^支出合计$/.test(n) && side === 'expense') concept = 'ex:支出合计';
      else if (/^使用非财政拨款结余/.test(n)) concept = 'in:使用非财政拨款结余';
      else if (/^结余分配$/.test(n)) concept = 'ex:结余分配';
      else {
        const fund = FUNDS.find(([re]) => re.test(n))?.[1];
        const item = INCOME_ITEMS.find(([re]) => re.test(n))?.[1];
        const cls = side === 'expense' ? classCodeOfName(row.name) : null;
        const use = side === 'expense' ? USES.find(([re]) => re.test(n))?.[1] : undefined;
        if (fund && group && group !== 'in:本年收入合计' && group !== 'ex:本年支出合计') concept = `${group}.${fund}`;
        else if (fund && side === 'income') concept = `in:${fund}`;
        else if (item && side === 'income') concept = `in:${item}`;
        else if (cls) concept = `ex:类:${cls}`;
        else if (use) concept = `ex:${use}`;
      }
      let parent: string | null = null;
      if (concept === null && !numbered && lastNumbered) parent = lastNumbered;
      if (concept && /^(in:本年收入合计|in:上年结转结余|ex:本年支出合计|ex:年终结转结余)$/.test(concept)) group = concept;
      else if (l1 && concept && !concept.includes('.')) group = null;
      if (numbered && concept) lastNumbered = concept;
      else if (concept) lastNumbered = null;
      out.push({ row, side, concept, parent });
    }
  }
  return resolveTotals(out);
}

/**
 * 收入合计 / 支出合计 (江苏): the grand total when the side also has a 本年 subtotal (当年收入小计);
 * otherwise the 本年 total, and also the grand total when nothing is carried over on that side.
 */
function resolveTotals(lines: SummaryLine[]): SummaryLine[] {
  const out: SummaryLine[] = [];
  for (const l of lines) {
    if (l.concept !== 'in:收入合计' && l.concept !== 'ex:支出合计') {
      out.push(l);
      continue;
    }
    const p = l.concept.slice(0, 3);
    const [current, grand, carry] = p === 'in:' ? ['in:本年收入合计', 'in:收入总计', 'in:上年结转结余'] : ['ex:本年支出合计', 'ex:支出总计', 'ex:年终结转结余'];
    const has = (c: string) => lines.some((x) => x.side === l.side && x.concept === c);
    if (has(current)) out.push({ ...l, concept: grand });
    else {
      out.push({ ...l, concept: current });
      if (!has(grand) && !has(carry)) out.push({ ...l, concept: grand });
    }
  }
  return out;
}

// ---- end of the plain reading ----

const files = FIXTURE_PATHS;

test.each(files.map((f) => [path.basename(f), f]))('%s: the summary lines of the plain reading', async (_name, file) => {
  const wb = await readWorkbookFile(file);
  let lines = 0;
  for (const t of recognise(wb).tables) {
    if (!t.rows.some((r) => r.side)) continue;
    const got = summaryLines(t);
    expect(got).toEqual(plainSummaryLines(t));
    lines += got.filter((l) => l.concept).length;
  }
  expect(lines).toBeGreaterThan(0);
});

/** Every name the patterns know, and near misses. */
const NAMES = [
  '总计', '收入总计', '支出总计', '本年收入', '本年收入合计', '当年收入小计', '本年支出', '本年支出合计', '当年支出小计',
  '上年结转', '上年结转结余', '上年结转和结余', '上年结转资金', '年初结转和结余', '年初财政拨款结转和结余',
  '年终结转结余', '年末结转和结余', '年末财政拨款结转和结余', '结转下年', '结转下年资金', '收入合计', '支出合计',
  '使用非财政拨款结余', '使用非财政拨款结余（补助）', '结余分配', '一般公共预算', '一般公共预算拨款收入', '一般公共预算资金',
  '一般公共预算拨款(补助)', '政府性基金预算', '政府性基金拨款收入', '国有资本经营预算', '国有资本经营预算财政拨款收入',
  '财政专户管理资金', '财政专户管理资金收入', '事业收入', '经营收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入',
  '其他收入', '财政拨款', '财政拨款(补助)', '其他资金', '基本支出', '项目支出', '单位预留机动经费', '卫生健康支出',
  '一般公共服务支出', '社会保障和就业支出', '住房保障支出', '其他支出', '本年结余', '经费拨款（补助）', '合计', '',
];
const NUMBERINGS = ['', '一、', '二、', '(一)', '（二）', '1.', '2、', '十一、'];

/** mulberry32 numbers in [0, 1) (test/support/department/rng.ts). */
const rng = (seed: number): (() => number) => {
  const r = new Rng(seed);
  return () => r.unit();
};

function tableOf(rows: { name: string; side: 'income' | 'expense' }[]): Recognised {
  const tableRows: TableRow[] = rows.map((r, i) => ({ row: i + 5, type: 'label', side: r.side, code: null, name: r.name, level: null, parent: null, lineNo: null, values: {} }));
  return { rows: tableRows } as unknown as Recognised;
}

test('generated two-sided tables of every known name: the lines of the plain reading', () => {
  const next = rng(19);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
  let concepts = 0;
  for (let n = 0; n < 400; n++) {
    const rows = Array.from({ length: 4 + Math.floor(next() * 20) }, () => ({ name: `${pick(NUMBERINGS)}${pick(NAMES)}`, side: next() < 0.5 ? ('income' as const) : ('expense' as const) }));
    const t = tableOf(rows);
    const got: SummaryLine[] = summaryLines(t);
    expect(got).toEqual(plainSummaryLines(t));
    concepts += got.filter((l) => l.concept?.includes('.')).length;
  }
  // fund sub-rows under a group are among them (the path that depends on the rows before)
  expect(concepts).toBeGreaterThan(50);
});

test('every known name on each side, alone', () => {
  for (const name of NAMES)
    for (const num of NUMBERINGS)
      for (const side of ['income', 'expense'] as const) {
        const t = tableOf([{ name: `${num}${name}`, side }]);
        expect(summaryLines(t)).toEqual(plainSummaryLines(t));
      }
});
