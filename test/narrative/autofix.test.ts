/**
 * Autofix of an existing narrative: on seed 004 (蔡甸 2025 预算, a narrative with last year's
 * figures) the corrections the checker can be sure of are proposed, applying them makes those
 * findings disappear without new narrative errors, and undo gives back the exact text.
 */
import * as path from 'path';
import Decimal from 'decimal.js';
import { analyseWorkbook, type FileReport } from '../../src/core/report';
import { findSheet, getCell, type Workbook } from '../../src/core/workbook';
import { narrativeFromText, PASTED_SOURCE } from '../../src/core/narrative/source';
import {
  applyFixes,
  applyFixesDetailed,
  applyFixesToNarrative,
  applyFixesToPastedText,
  applyFixesToWorkbook,
  groupByTarget,
  proposeFixes,
  revertFixes,
  type NarrativeFix,
} from '../../src/core/narrative/autofix';
import { formatLike, percentAt } from '../../src/core/narrative/autofix-format';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const S004 = '2025-caidian-ybj-budget.xlsx';

const books = new Map<string, Workbook>();
async function book(file: string): Promise<Workbook> {
  let wb = books.get(file);
  if (!wb) books.set(file, (wb = await readWorkbookFile(path.join(FIXTURES, file))));
  return wb;
}

const clone = (wb: Workbook): Workbook => JSON.parse(JSON.stringify(wb));
const narrativeFindings = (r: FileReport) => r.findings.filter((f) => f.rule.startsWith('narrative/') && f.severity !== 'info');
const fix = (fixes: NarrativeFix[], cell: string, oldText: string) => fixes.filter((f) => f.location.cell === cell && f.oldText === oldText);
const cellText = (wb: Workbook, address: string) => getCell(findSheet(wb, '情况说明')!, address)!.text;

describe('seed 004: proposals', () => {
  let wb: Workbook;
  let report: FileReport;
  let fixes: NarrativeFix[];
  beforeAll(async () => {
    wb = await book(S004);
    report = analyseWorkbook(S004, wb);
    fixes = proposeFixes(report, wb).fixes;
  });

  test('住房保障支出 22.73 → 22.48, with the sentence before and after', () => {
    const [f] = fix(fixes, 'A60', '22.73');
    expect(f).toMatchObject({ rule: 'narrative/amounts', newText: '22.48', oldSentence: '住房保障支出 22.73 万元。', newSentence: '住房保障支出 22.48 万元。' });
    expect(f.location).toMatchObject({ sheet: '情况说明', cell: 'A60', start: f.start, end: f.end });
    expect(cellText(wb, 'A60').slice(f.start, f.end)).toBe('22.73');
    expect(f.fingerprint).toBe(report.findings.find((x) => x.rule === 'narrative/amounts' && /22\.73/.test(x.message))!.fingerprint);
    expect(f.message).toMatch(/22\.73 → 22\.48/);
  });

  test('the project list (last year’s amounts) takes this year’s: 医保专项经费 50 → 30, 基金审计经费 3 → 5, in 十 and 十一(六)', () => {
    for (const cell of ['A85', 'A98']) {
      expect(fix(fixes, cell, '50').map((f) => f.newText)).toEqual(['30']);
      expect(fix(fixes, cell, '3').map((f) => f.newText)).toEqual(['5']);
    }
  });

  test('years, rates, figures written as the text wrote them', () => {
    expect(fix(fixes, 'A54', '2024').map((f) => f.newText)).toEqual(['2025']);
    expect(fix(fixes, 'A62', '2023').map((f) => f.newText)).toEqual(['2024']);
    expect(fix(fixes, 'A58', '385.52').map((f) => f.newText)).toEqual(['385.50']);
    expect(fix(fixes, 'A71', '0.07').map((f) => f.newText)).toEqual(['0.72']); // 1.88 / 262.62
    expect(fix(fixes, 'A67', '3').map((f) => f.newText)).toEqual(['5']); // "3 万元" has no decimals
    expect(fix(fixes, 'A88', '01.74').map((f) => f.newText)).toEqual(['1.74']);
  });

  test('no fix when unsure, and why', () => {
    const { unfixable } = proposeFixes(report, wb);
    // "卫生健康支出…主要包括行政单位医疗 22.78 万元": the 款 行政事业单位医疗 was meant, not the 项 11.25
    expect(fix(fixes, 'A67', '22.78')).toEqual([]);
    expect(unfixable.find((u) => u.rule === 'narrative/amounts' && u.location?.cell === 'A67')?.reason).toMatch(/不自动改正/);
    // which side of an enumeration or of two inconsistent statements is wrong is not known
    expect(unfixable.filter((u) => u.location?.cell === 'A96').map((u) => u.reason)).toEqual([expect.stringMatching(/人工核对/), expect.stringMatching(/人工核对/)]);
    expect(unfixable.find((u) => u.rule === 'narrative/change-consistency')?.reason).toMatch(/无法确定/);
    expect(unfixable.filter((u) => u.rule === 'narrative/reasons')).toHaveLength(2);
    // every narrative finding is either fixed or said to be unfixable
    const fixed = new Set(fixes.map((f) => f.fingerprint));
    const said = new Set(unfixable.map((u) => u.fingerprint));
    expect(narrativeFindings(report).filter((f) => !fixed.has(f.fingerprint!) && !said.has(f.fingerprint!))).toEqual([]);
    expect(new Set(fixes.map((f) => f.id)).size).toBe(fixes.length);
  });
});

describe('seed 004: apply, re-check, undo', () => {
  test('applying every fix removes those findings and adds no narrative error; undo restores each cell byte for byte', async () => {
    const wb = await book(S004);
    // every finding the rules made (not grouped into root causes): the counts compare like with like
    const before = analyseWorkbook(S004, wb, undefined, {}, { rootCauses: false });
    const { fixes } = proposeFixes(before, wb);
    const { workbook, applied, skipped } = applyFixesToWorkbook(wb, fixes);
    expect(skipped).toEqual([]);
    expect(applied).toHaveLength(fixes.length);
    expect(cellText(wb, 'A60')).toMatch(/22\.73/); // the snapshot given is not changed
    expect(cellText(workbook, 'A60')).toMatch(/住房保障支出 22\.48 万元。$/);
    expect(cellText(workbook, 'A85')).toMatch(/医保专项经费 30 万、基金审计经费 5 万、/);

    const after = analyseWorkbook(S004, workbook, undefined, {}, { rootCauses: false });
    const remaining = narrativeFindings(after);
    const gone = (re: RegExp) => expect(remaining.filter((f) => re.test(f.message)).map((f) => f.message)).toEqual([]);
    gone(/住房保障支出 22\.73/);
    gone(/医保专项经费 50 万|基金审计经费 3 万/);
    gone(/项目共支出.*121 万元.*139 万元/);
    gone(/2024 年.*应为 2025 年|比 2023 年/);
    gone(/0\.07%|01\.74|21\.62|385\.52/);
    const old = new Set(narrativeFindings(before).map((f) => f.fingerprint));
    expect(remaining.filter((f) => f.severity === 'error' && !old.has(f.fingerprint)).map((f) => f.message)).toEqual([]);
    expect(remaining.length).toBeLessThan(narrativeFindings(before).length / 3);

    // undo, cell by cell
    for (const [key, list] of groupByTarget(fixes)) {
      const cell = key.replace(/^情况说明!/, '');
      const changed = cellText(workbook, cell);
      expect(changed).not.toBe(cellText(wb, cell));
      expect(revertFixes(changed, list)).toBe(cellText(wb, cell));
    }
  });

  test('several fixes in one cell go right to left; a fix whose text has moved is skipped, the others still apply', async () => {
    const wb = await book(S004);
    const { fixes } = proposeFixes(analyseWorkbook(S004, wb), wb);
    const a67 = fixes.filter((f) => f.location.cell === 'A67');
    expect(a67.length).toBeGreaterThanOrEqual(5);
    const text = cellText(wb, 'A67');
    const fixed = applyFixes(text, a67);
    expect(fixed).toMatch(/行政单位医疗 11\.25 万元和公务员医疗补助 12\.15 万元.*行政运行189\.18 万元、一般行政管理事务 116\.00 万元、医疗保障经办事务 5 万元/);
    // "333.58，主要包括 22.78 和 326.88": 22.78 is not certain, so 326.88 → 310.18 alone would leave 332.96 (see autofix-safety.test.ts)
    expect(fixed).toMatch(/主要包括行政单位医疗 22\.78 万元和医疗保障管理事务 326\.88 万元/);
    // the user typed in front of the last figures since the check: those fixes no longer fit
    const edited = text.replace('医疗保障管理事务主要包括', '医疗保障管理事务（项级）主要包括');
    const r = applyFixesDetailed(edited, a67);
    expect(r.skipped.map((s) => s.fix.oldText).sort()).toEqual(['115.60', '187.88', '3']);
    expect(r.skipped[0].reason).toMatch(/文字已改动/);
    expect(r.text).toMatch(/11\.25 万元和公务员医疗补助 12\.15/);
    expect(r.text).toMatch(/一般行政管理事务 115\.60/);
    expect(revertFixes(r.text, r.applied)).toBe(edited);
    // revert refuses when the corrected figure is no longer where it was put
    expect(revertFixes(fixed.replace('12.15', '12.16'), a67)).toBeNull();
    // overlapping proposals: only one applies
    const [one] = a67;
    const clash = { ...one, id: 'x', start: one.start - 1, oldText: text.slice(one.start - 1, one.end), newText: 'X' };
    expect(applyFixesDetailed(text, [one, clash]).skipped).toHaveLength(1);
  });

  test('a narrative cell holding a formula is not rewritten', async () => {
    const wb = clone(await book(S004));
    const cell = getCell(findSheet(wb, '情况说明')!, 'A60')!;
    cell.formula = 'CONCAT(B60,C60)';
    const { fixes, unfixable } = proposeFixes(analyseWorkbook(S004, wb), wb);
    expect(fixes.filter((f) => f.location.cell === 'A60')).toEqual([]);
    expect(unfixable.filter((u) => u.location?.cell === 'A60').map((u) => u.reason)).toEqual([expect.stringMatching(/公式/), expect.stringMatching(/公式/)]);
    expect(applyFixesToWorkbook(wb, fix(proposeFixes(analyseWorkbook(S004, await book(S004)), await book(S004)).fixes, 'A60', '22.73')).skipped[0].reason).toMatch(/公式/);
  });

  test('a table with two different values for the figure: no fix', async () => {
    const wb = clone(await book(S004));
    const c17 = getCell(findSheet(wb, '表3 支出总表')!, 'C17')!;
    Object.assign(c17, { value: 22.5, text: '22.50' });
    const { fixes, unfixable } = proposeFixes(analyseWorkbook(S004, wb), wb);
    expect(fix(fixes, 'A60', '22.73')).toEqual([]);
    expect(unfixable.find((u) => u.location?.cell === 'A60' && u.rule === 'narrative/amounts')?.reason).toMatch(/2 个不同的数.*无法确定/);
  });

  test('a report made before the text changed: the finding is not found, nothing is proposed for it', async () => {
    const wb = await book(S004);
    const report = analyseWorkbook(S004, wb);
    const moved = clone(wb);
    const a60 = getCell(findSheet(moved, '情况说明')!, 'A60')!;
    a60.text = a60.value = `说明：${a60.text}`;
    const { fixes, unfixable } = proposeFixes(report, moved);
    expect(fixes.filter((f) => f.location.cell === 'A60')).toEqual([]);
    expect(unfixable.filter((u) => u.location?.cell === 'A60').every((u) => /找不到/.test(u.reason))).toBe(true);
  });
});

describe('pasted narrative', () => {
  test('fixes point at paragraphs of the pasted text; applied to the raw text, the findings go; the original text is kept for undo', async () => {
    const wb = await book(S004);
    const sheet = findSheet(wb, '情况说明')!;
    const lines = sheet.rows.flatMap((row) => row.filter((c) => c && c.type === 'string' && c.text.trim()).map((c) => c!.text));
    // pasted from Word: CRLF, blank lines between paragraphs, trailing spaces
    const raw = lines.map((l) => `${l}  `).join('\r\n\r\n');
    const narrative = narrativeFromText(raw);
    const report = analyseWorkbook(S004, wb, undefined, { narrative });
    const { fixes } = proposeFixes(report, wb, { narrative });
    const [f] = fixes.filter((x) => x.oldText === '22.73');
    expect(f.location).toMatchObject({ sheet: '', cell: '', file: PASTED_SOURCE, paragraph: lines.findIndex((l) => l.includes('22.73')) + 1 });
    expect(f.newText).toBe('22.48');

    const r = applyFixesToPastedText(raw, fixes);
    expect(r.skipped).toEqual([]);
    expect(r.applied).toHaveLength(fixes.length);
    expect(r.text).toContain('住房保障支出 22.48 万元。  \r\n\r\n');
    expect(r.text.length).toBe(raw.length - fixes.reduce((n, x) => n + x.oldText.length - x.newText.length, 0));
    const again = analyseWorkbook(S004, wb, undefined, { narrative: narrativeFromText(r.text) });
    const messages = narrativeFindings(again).map((x) => x.message).join('\n');
    expect(messages).not.toMatch(/22\.73|医保专项经费 50 万|0\.07%/);

    // the same through NarrativeInput (a .docx read into paragraphs)
    const n = applyFixesToNarrative(narrative, fixes);
    expect(n.skipped).toEqual([]);
    expect(n.narrative.paragraphs.map((p) => p.text)).toEqual(narrativeFromText(r.text).paragraphs.map((p) => p.text));
    expect(narrative.paragraphs.find((p) => p.paragraph === f.location.paragraph)!.text).toContain('22.73'); // input unchanged
    // undo per paragraph
    for (const [key, list] of groupByTarget(fixes)) {
      const no = Number(key.split('#')[1]);
      expect(revertFixes(n.narrative.paragraphs[no - 1].text, list)).toBe(narrative.paragraphs[no - 1].text);
    }
  });
});

describe('other seeds', () => {
  test('S001: 基本支出/项目支出 swapped amounts and the growth rate 21.24 % → 21.34 %', async () => {
    const file = '2022-dongxihu-ybj-budget.xlsx';
    const wb = await book(file);
    const { fixes } = proposeFixes(analyseWorkbook(file, wb), wb);
    expect(fixes.map((f) => `${f.location.cell} ${f.oldText}→${f.newText}`)).toEqual(
      expect.arrayContaining(['A34 777.39→994.81', 'A34 2514.52→2297.10', 'A45 21.24→21.34', 'A64 2020→2021']),
    );
  });

  test('S002: the completion rate is recomputed against 年初预算 and the fix says a reason is then needed', async () => {
    const file = '2024-huangpi-ybfwzx-final.xlsx';
    const wb = await book(file);
    const { fixes, unfixable } = proposeFixes(analyseWorkbook(file, wb), wb);
    expect(fixes.map((f) => [f.location.cell, f.oldText, f.newText])).toEqual([['A64', '100', '102']]);
    expect(fixes[0].message).toMatch(/说明.*原因/);
    expect(unfixable.find((u) => u.rule === 'narrative/shares')?.reason).toMatch(/尾差/);
  });

  test('S000 (a right narrative): nothing to fix', async () => {
    const file = '2023-huangpi-ybfwzx-budget.xlsx';
    const wb = await book(file);
    expect(proposeFixes(analyseWorkbook(file, wb), wb)).toEqual({ fixes: [], unfixable: [] });
  });
});

describe('formatting', () => {
  test('a figure is written like the one it replaces', () => {
    expect(formatLike('22.73', new Decimal('22.48'), 2)).toBe('22.48');
    expect(formatLike('3', new Decimal('5.00'), 0)).toBe('5');
    expect(formatLike('385.5', new Decimal('385.46'), 1)).toBe('385.5');
    expect(formatLike('1,073.78', new Decimal('1099.7'), 2)).toBe('1,099.70');
    expect(formatLike('２２．７３', new Decimal('22.48'), 2)).toBe('２２．４８');
    expect(formatLike('0.07', new Decimal('0.71584'), 2)).toBe('0.72');
  });

  test('a two-decimal percentage is printed with fewer decimals only away from a rounding boundary', () => {
    expect(percentAt(new Decimal('102.42'), 0)?.toString()).toBe('102');
    expect(percentAt(new Decimal('30.24'), 1)?.toString()).toBe('30.2');
    expect(percentAt(new Decimal('30.25'), 1)).toBeNull();
    expect(percentAt(new Decimal('30.25'), 3)).toBeNull();
  });
});
