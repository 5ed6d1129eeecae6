/**
 * The shortcuts that make recognition fast (issue 19), each against the slow way it replaces:
 * memos of pure functions of a text, a panel's columns worked out once, a body row's signature
 * built only when it can match a header, a blank cell told from its first character, a table's
 * body text, a number format's facts remembered, a heading found without copying long paragraphs.
 */
import { parseAmountText, parseCellAmount } from '../../src/core/amount';
import { firstNonSpace, headings, shortWithoutSpaces } from '../../src/core/model/templates';
import { findBlocks, recognise } from '../../src/core/recognize';
import { isUnitLineText } from '../../src/core/recognize/blocks';
import { blockText, kindFromTitle } from '../../src/core/recognize/classify';
import { keyFor } from '../../src/core/recognize/columns';
import { panelPlan } from '../../src/core/recognize/rows';
import { hasAll, hasAny, isBlank, isSpaceCode, isTotalLabel, memoText, norm, normalise } from '../../src/core/recognize/text';
import type { ColumnInfo } from '../../src/core/recognize/types';
import { createSheet, makeCell, putCell, type Sheet, type Workbook } from '../../src/core/workbook';

type Row = (string | number | null)[];
function sheetOf(name: string, rows: Row[], numFmt: string | ((r: number, c: number) => string | undefined) = '#,##0.00'): Sheet {
  const s = createSheet(name, 0);
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      const fmt = typeof numFmt === 'string' ? numFmt : numFmt(i + 1, j + 1);
      if (v !== null) putCell(s, makeCell({ row: i + 1, col: j + 1, value: v, numFmt: typeof v === 'number' ? fmt : undefined }));
    }),
  );
  return s;
}
const wbOf = (...sheets: Sheet[]): Workbook => ({ source: 't', sheets: sheets.map((s, i) => ({ ...s, index: i })) });

describe('memoText', () => {
  test('gives what the function gives, asks it once per text, and stays right after it is emptied', () => {
    const asked: string[] = [];
    const f = memoText((t: string) => {
      asked.push(t);
      return t.length;
    }, 3);
    expect([f('a'), f('bb'), f('a'), f('bb')]).toEqual([1, 2, 1, 2]);
    expect(asked).toEqual(['a', 'bb']);
    // a third and a fourth text: the memo reaches its bound and is emptied, answers stay right
    expect([f('ccc'), f('dddd'), f('a'), f('bb'), f('ccc')]).toEqual([3, 4, 1, 2, 3]);
    expect(asked.length).toBeGreaterThan(4);
  });

  test('a remembered null or false is an answer, not a miss', () => {
    let n = 0;
    const f = memoText(() => {
      n++;
      return null;
    });
    f('x');
    f('x');
    expect(n).toBe(1);
  });
});

test('isTotalLabel (remembered) agrees with the rule on every label, asked twice', () => {
  const rule = (t: string) => /^(合计|总计|小计|本年收入合计|本年支出合计|收入总计|支出总计|三公经费合计)$/.test(t.replace(/[\s\u00a0\u3000]+/g, '').replace(/[“”"]/g, ''));
  const labels = ['合计', ' 合 计 ', '总计', '小计', '本年收入合计', '“三公”经费合计', '合计数', '基本支出', '', '收入总计', '支出  总计', '合计2'];
  for (let pass = 0; pass < 2; pass++) for (const l of labels) expect([l, isTotalLabel(l)]).toEqual([l, rule(l)]);
});

describe('keyFor (remembered per header path)', () => {
  test('the same path gives the same key, different paths their own', () => {
    expect(keyFor(['基本支出', '人员经费'])).toBe('基本支出.人员经费');
    expect(keyFor(['基本支出', '人员经费'])).toBe('基本支出.人员经费');
    expect(keyFor(['基本支出', '公用经费'])).toBe('基本支出.公用经费');
    expect(keyFor(['（本年）预算数'])).toBe(keyFor(['(本年)预算数']));
  });

  test('a header holding the joining character is not taken for the path it would join to', () => {
    expect(keyFor(['基本支出', '人员经费'])).toBe('基本支出.人员经费');
    expect(keyFor(['基本支出\u0000人员经费'])).toBeNull();
  });
});

describe('panelPlan', () => {
  const col = (c: number, key: string | null): ColumnInfo => ({ col: c, path: key ? [key] : [], key });

  test('the first column of a key names the row; values in order, counts marked', () => {
    const plan = panelPlan([col(1, '科目编码'), col(2, '科目名称'), col(3, '科目名称'), col(4, '合计'), col(5, '采购数量'), col(6, '采购品目'), col(7, '行次'), col(8, null)]);
    expect(plan.split).toBeNull();
    expect(plan.codeColumns.map(([c, src]) => [c?.col ?? null, src])).toEqual([
      [1, 'subject'],
      [null, 'project'],
      [null, 'unit'],
    ]);
    expect(plan.nameCol?.col).toBe(2);
    expect(plan.lineCol?.col).toBe(7);
    expect(plan.values).toEqual([
      { col: 4, key: '合计', quantity: false },
      { col: 5, key: '采购数量', quantity: true },
    ]);
    expect(plan.items.map((c) => c.col)).toEqual([6]);
  });

  test('split 类/款/项 columns; the name falls back 科目名称 → 项目 → 项目名称 → 单位名称', () => {
    const plan = panelPlan([col(1, '科目编码.类'), col(2, '科目编码.款'), col(3, '科目编码.项'), col(4, '单位名称'), col(5, '项目名称'), col(6, '金额')]);
    expect(plan.split?.map((c) => c?.col)).toEqual([1, 2, 3]);
    expect(plan.nameCol?.col).toBe(5);
  });

  test('rows read through the plan: 元 scaled to 万元 except counts, a duplicated key keeps its last cell', () => {
    const s = sheetOf('采购', [
      ['政府采购预算表'],
      ['单位：元'],
      ['单位代码', '单位名称', '采购品目', '采购数量', '合计', '合计'],
      ['101', '某局', null, null, 30000, 40000],
      ['101001', '某局本级', '台式计算机', 5, 30000, 40000],
    ]);
    const t = recognise(wbOf(s)).tables[0];
    expect(t.kind).toBe('procurement');
    const rows = t.rows.map((r) => ({ code: r.code, type: r.type, name: r.name, values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, [v.cell, v.amount.kind === 'number' ? v.amount.value.toString() : v.amount.kind]])) }));
    expect(rows).toEqual([
      { code: '101', type: 'unit', name: '某局', values: { 采购数量: ['D4', 'empty'], 合计: ['F4', '4'] } },
      { code: '101001', type: 'detail', name: '某局本级', values: { 采购数量: ['D5', '5'], 合计: ['F5', '4'] } },
    ]);
  });
});

describe('a header repeated on the next page', () => {
  const header: Row = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];
  test('is skipped; a body row that starts like the header but goes on differently is not', () => {
    const s = sheetOf('Sheet1', [
      ['支出总表'],
      ['单位：万元'],
      header,
      ['208', '社会保障和就业支出', 100, 80, 20],
      header,
      ['科目编码', '科目名称', '合计', '基本支出', '其他'],
      ['科目编码', '科目名称', '合计', '基本支出'],
      ['210', '卫生健康支出', 50, 50, 0],
    ]);
    const [b] = findBlocks(s);
    expect(b.header).toEqual([3, 3]);
    expect(b.body).toEqual([4, 8]);
    expect(b.skip).toEqual([5]);
  });

  test('a header whose first cell holds "|" is still found again (the whole signatures compared)', () => {
    const odd: Row = ['科目|编码', '科目名称', '合计'];
    const s = sheetOf('Sheet1', [['支出表'], ['单位：万元'], odd, ['208', '社会保障和就业支出', 100], odd, ['科目|编码', '科目名称', '小计'], ['210', '卫生健康支出', 50]]);
    const [b] = findBlocks(s);
    expect(b.header).toEqual([3, 3]);
    expect(b.skip).toEqual([5]);
  });

  test('a row whose signature equals the title\'s text is skipped as the title was (column 1 and text read from "1：…")', () => {
    const s = sheetOf('Sheet1', [['1：支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['208', '社会保障和就业支出', 100], ['支出表'], ['210', '卫生健康支出', 50]]);
    const [b] = findBlocks(s);
    expect(b.title?.text).toBe('1：支出表');
    expect(b.body).toEqual([4, 6]);
    expect(b.skip).toEqual([5]);
  });

  test('a form whose "header" is most of its rows: a row repeating one of them is skipped, others kept', () => {
    const rows: Row[] = [['项目绩效目标表']];
    for (let i = 1; i <= 30; i++) rows.push([`标签${i}`, `内容${i}`]);
    rows.push(['金额', 12.5], ['标签7', '内容7'], ['标签7', '内容八'], ['合计', 12.5]);
    const [b] = findBlocks(sheetOf('Sheet1', rows));
    expect(b.header).toEqual([2, 31]);
    expect(b.skip).toEqual([33]);
  });
});

test('isBlank agrees with trim() on every code unit, alone and around text', () => {
  for (let ch = 0; ch < 0x10000; ch++) {
    const c = String.fromCharCode(ch);
    for (const t of [c, `${c}${c}`, `${c}x`, `x${c}`]) if (isBlank(t) !== (t.trim() === '')) throw new Error(`isBlank(${JSON.stringify(t)})`);
    if (isSpaceCode(ch) !== /\s/.test(c)) throw new Error(`isSpaceCode(${ch.toString(16)})`);
  }
  expect(isBlank('')).toBe(true);
  expect(isBlank(' \u3000\u00a0')).toBe(true);
  expect(isBlank(' 合计')).toBe(false);
});

test('blockText: body as the normalised cells joined, row by row; the rows labelled by a code counted', () => {
  const s = sheetOf('Sheet1', [
    ['支出总表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '合计'],
    ['208', '社会保障和就业支出（合计）', 100],
    ['20805', '  行政事业单位养老支出 ', 60],
    [null, null, 40],
    ['２１０', '卫生 健康', 0],
  ]);
  const [b] = findBlocks(s);
  const t = blockText(s, b);
  const texts: string[][] = [];
  for (let r = b.body![0]; r <= b.body![1]; r++) texts.push((s.rows[r - 1] ?? []).filter((c) => c && c.type === 'string' && c.text.trim()).map((c) => norm(c!.text)));
  expect(t.body.joined).toBe(texts.flat().join('|'));
  // 20805 has five digits (a function row); 208 and 210 followed by a name read as unit codes (none ends in 支出)
  expect(t.codes).toEqual({ functionRows: 1, unitRows: 2, economicRows: 0 });
  expect(t.body.joined).toBe('208|社会保障和就业支出(合计)|20805|行政事业单位养老支出|210|卫生健康');
  expect(t.header.joined).toBe('科目编码|科目名称|合计');
});

test('normalise maps each code unit on its own: a joined text normalises to the joined parts', () => {
  const parts = ['（一）', ' 收 入 ', '１２３：', "'x'", '—', '\u3000'];
  expect(normalise(parts.join('|'))).toBe(parts.map((p) => normalise(p)).join('|'));
});

test('hasAny / hasAll of a header and body given apart = of the two joined', () => {
  const cases = [
    { header: '项目|金额', body: '收入总计|一般公共预算' },
    { header: '', body: '' },
    { header: '因公出国', body: '公务接待' },
  ];
  const words = [['项目'], ['总计', '一般'], ['金额|收入'], ['因公出国', '公务接待'], ['出国公务']];
  for (const c of cases)
    for (const w of words) {
      const joined = `${c.header}|${c.body}`;
      if (w.some((x) => x.includes('|'))) continue; // words never hold '|'
      expect([w, hasAny(c, w), hasAll(c, w)]).toEqual([w, hasAny(joined, w), hasAll(joined, w)]);
    }
});

describe('parseCellAmount with the last format remembered', () => {
  test('cells of alternating formats each keep their own percent and decimals', () => {
    const fmts = ['0.00%', '#,##0.00', '0.0', undefined, '0.00%', '#,##0'];
    const s = sheetOf('x', [[0.1234, 1234.5, 2.25, 3.125, 0.5, 7.6]], (_r, c) => fmts[c - 1]);
    const got = s.rows[0].map((c) => {
      const a = parseCellAmount(c);
      return a.kind === 'number' ? [a.value.toString(), a.decimals, a.percent] : a.kind;
    });
    expect(got).toEqual([
      ['12.34', 2, true],
      ['1234.5', 2, false],
      ['2.3', 1, false],
      ['3.125', 3, false],
      ['50', 2, true],
      ['8', 0, false],
    ]);
  });

  test('General: an integer has no decimals, however large; a fraction its shown ones', () => {
    const s = sheetOf('x', [[12, 1e21, -0, 1.5, 0.1 + 0.2]], () => undefined);
    const got = s.rows[0].map((c) => {
      const a = parseCellAmount(c);
      return a.kind === 'number' ? a.decimals : a.kind;
    });
    expect(got).toEqual([0, 0, 0, 1, 1]);
  });
});

test('shortWithoutSpaces = the text without white space is at most that long', () => {
  const texts = ['', '一、基本情况', `一、${' '.repeat(100)}部门概况`, '二、'.repeat(40), ` ${'字 '.repeat(60)}`, ` ${'字 '.repeat(61)}`, '\u3000'.repeat(200)];
  for (const t of texts) for (const max of [0, 5, 60]) expect([t.length, max, shortWithoutSpaces(t, max)]).toEqual([t.length, max, t.replace(/\s+/g, '').length <= max]);
});

test('headings: the pre-checks (first character, length without spaces) pass over no heading', () => {
  const rule = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;
  const texts = ['第一部分 部门概况', ' 第 二 部分', '\u3000\u3000一、部门职责', '（一）机构设置', ' (二) 人员', '十二、其他', '本部门为…', '说明', `一、${'很长'.repeat(40)}`, `一、${' '.repeat(80)}短`, '', '   '];
  const oracle = texts.map((t) => t.replace(/\s+/g, '')).filter((t) => t.length <= 60 && rule.test(t));
  expect(headings(texts.map((text) => ({ text })))).toEqual(oracle);
  expect(oracle.length).toBe(7);
  for (const t of texts) expect(firstNonSpace(t)).toBe(t.replace(/\s+/g, '').charAt(0));
});

test('isUnitLineText = the unit-line pattern on the trimmed text', () => {
  const rule = /((部门\/单位|部门（单位）|部门\(单位\)|编制单位|填报单位|单位名称|单位)\s*[:：]|^\[\d{3,}\])/;
  const texts = ['单位：万元', ' 部门/单位：某局', '部门（单位） ：某局', '编制单位:某局', '[101001]某局', '  [123] 某局', '[12]某局', '单位名称 ： 某局', '单位', '预算单位 万元', '某局', '', ' ', '金额单位：元'];
  for (const t of texts) expect([t, isUnitLineText(t)]).toEqual([t, rule.test(t.trim())]);
});

test('a number stored as text: the amount parsed from its text plus storedAsText, fields in the same order', () => {
  for (const text of ['1,234.50', '01.74', '（12.50）', '50万元', '19.89%', '合计', '—']) {
    const s = sheetOf('x', [[text]]);
    const parsed = parseAmountText(text);
    const expected = parsed.kind === 'number' ? { ...parsed, storedAsText: true } : parsed;
    const got = parseCellAmount(s.rows[0][0]);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
    expect(got).toEqual(expected);
  }
});

test('kindFromTitle (remembered): each title its own kind, the same when asked again', () => {
  const titles: [string, string | null][] = [
    ['一般公共预算“三公”经费支出表', 'three-public'],
    ['部门收支总表', 'income-expense-summary'],
    ['部门收入总表', 'income-summary'],
    ['一般公共预算支出表（分单位）', 'general-budget-by-unit'],
    ['财政拨款基本支出表', 'fiscal-basic-expenditure'],
    ['某某', null],
  ];
  for (let pass = 0; pass < 2; pass++) for (const [t, k] of titles) expect([t, kindFromTitle(t)]).toEqual([t, k]);
});
