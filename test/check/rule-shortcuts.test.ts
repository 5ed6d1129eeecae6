/**
 * The non-narrative rules' shortcuts and per-model caches (issue 19) against the plain code they
 * replace: the document's texts kept field by field, each distinct text checked once, the wording
 * corpus searched as written, the miswriting pre-test, judgeName once per 科目, the fingerprint fed
 * piece by piece. Each would fail here if it answered otherwise than the plain expression.
 */
import * as path from 'path';
import { buildModel, runRules } from '../../src/core/check';
import { documentText, hasText, type DocText } from '../../src/core/check/rules/text-cells';
import { Corpus, MISWRITINGS, textHits, wording } from '../../src/core/check/rules/wording';
import { placeholderIn, placeholders } from '../../src/core/check/rules/text';
import { TEMPLATE_PATTERN_BRACKET, TEMPLATE_PATTERNS, templateHits, templateText } from '../../src/core/check/rules/template-text';
import { judgeOnce } from '../../src/core/check/rules/codes';
import { shortHash, fingerprintOf } from '../../src/core/check/fingerprint';
import { judgeName } from '../../src/core/data/lookup';
import { CLASSIFICATION_CODES } from '../../src/core/data/classification';
import type { CheckModel } from '../../src/core/model/model';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { buildWorkbook, runCase, type SheetSpec } from './rule-tester';
import { narrativeSheet } from './tables';
import { randomStrings } from '../support/random-strings';


/** The plain collection the field-by-field one replaces: one object per text, in document order. */
function plainTexts(model: CheckModel): DocText[] {
  const external = model.narrativeSource !== 'workbook';
  const inNarrative = new Set(model.narrative.filter((p) => p.sheet).map((p) => `${p.sheet}!${p.cell}`));
  const out: DocText[] = [];
  for (const sheet of model.wb.sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.type !== 'string' || cell.text.trim() === '') return;
        if (external && model.inNarrativeBlock(sheet.name, r + 1, c + 1)) return;
        out.push({ sheet: sheet.name, cell: cell.address, text: cell.text, narrative: inNarrative.has(`${sheet.name}!${cell.address}`) });
      }),
    );
  }
  if (external) out.push(...model.narrative.map((p) => ({ ...p, narrative: true })));
  return out;
}

function modelOf(sheets: SheetSpec[], external?: { source: string; paragraphs: { text: string; file: string; paragraph: number }[] }): CheckModel {
  const wb = buildWorkbook(sheets);
  return buildModel(wb, recognise(wb), undefined, external);
}

const SEEDS = ['2022-dongxihu-ybj-budget', '2023-huangpi-ybfwzx-budget', '2024-huangpi-ybfwzx-final', '2025-caidian-ybj-budget', '2026-qingshan-ybfwzx-budget'];

describe('the document’s texts, field by field', () => {
  const check = (model: CheckModel) => {
    const texts = documentText(model);
    const plain = plainTexts(model);
    expect(texts.length).toBe(plain.length);
    expect(Array.from({ length: texts.length }, (_, i) => texts.at(i))).toEqual(plain);
    expect(texts.text).toEqual(plain.map((t) => t.text));
    expect(Array.from({ length: texts.length }, (_, i) => texts.narrative(i))).toEqual(plain.map((t) => t.narrative));
    // distinct texts: each once, in order of first occurrence, and every text points at its own
    const { texts: distinct, slot } = texts.distinct;
    expect(distinct).toEqual([...new Set(plain.map((t) => t.text))]);
    plain.forEach((t, i) => expect(distinct[slot[i]]).toBe(t.text));
    // once per model: the same object for every rule, another for another model
    expect(documentText(model)).toBe(texts);
  };

  test.each(SEEDS)('%s: as the plain collection', async (name) => {
    const wb = await readWorkbookFile(path.join(__dirname, '../fixtures', `${name}.xlsx`));
    check(buildModel(wb, recognise(wb)));
  }, 30000);

  test('an external narrative replaces the narrative sheet, its paragraphs after the tables’ texts', () => {
    const sheets = [narrativeSheet(['一、部门主要职能', '负责本区财政收支。']), { name: '表1', rows: [['收支总表'], ['项目', '金额'], ['合计', 1]] }];
    const external = { source: '情况说明.docx', paragraphs: [{ text: '二、收支总体情况', file: '情况说明.docx', paragraph: 1 }, { text: 'XX 年支出', file: '情况说明.docx', paragraph: 2 }] };
    const a = modelOf(sheets, external);
    check(a);
    check(modelOf(sheets));
    expect(documentText(modelOf(sheets))).not.toBe(documentText(modelOf(sheets)));
  });

  test('hasText = not empty once trimmed', () => {
    const texts = randomStrings([' ', '\u3000', '\t', '\n', '\u00a0', '\ufeff', '\u2028', '\u200b', 'a', '年'], 5000, 5);
    for (const t of texts) expect([t, hasText(t)]).toEqual([t, t.trim().length > 0]);
  });
});

describe('each distinct text checked once: every cell that holds it is still reported', () => {
  const repeated = (text: string): SheetSpec[] => [narrativeSheet(['本部门收支情况如下。']), { name: '表1', rows: [['某表'], [text, 1], [text, 2], ['合计', 3], [text, 4]] }];

  test('placeholders: the same placeholder in three cells, three findings', () => {
    const run = runCase(placeholders, { sheets: repeated('XX 年收入') });
    expect(run.findings.map((f) => f.locations[0].cell)).toEqual(['A2', 'A3', 'A5']);
  });

  test('wording: the same doubled character in three cells, three findings', () => {
    const run = runCase(wording, { sheets: repeated('效效指标') });
    expect(run.findings.map((f) => f.locations[0].cell)).toEqual(['A2', 'A3', 'A5']);
  });

  test('template text: the same instruction in three cells, one finding listing all three', () => {
    const run = runCase(templateText, { sheets: repeated('（按经济分类填列）') });
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0].locations.map((l) => l.cell)).toEqual(['A2', 'A3', 'A5']);
  });

  test('the per-text answers are the plain ones, text by text', () => {
    const texts = randomStrings(['X', '年', '根', '据', '请', '填', '写', '（', '）', '按', '列', '示', '增', '加', '减', '少', '万', '元', '支', '出', '。', ' '], 4000, 12);
    for (const t of texts) {
      const plain = (() => {
        const hit = [
          [/X{2,}|×{2,}|＿{2,}|_{2,}\s*年|—\s*年|--\s*年/, '占位符未填写'],
          [/^根据.{0,40}(进行简要说明|补充解释|据实填写)/, '模板说明文字未删除'],
          [/请(依据|根据|按照).{0,30}(填写|解释|说明)/, '模板说明文字未删除'],
        ].find(([re]) => (re as RegExp).test(t));
        return hit ? (hit[0] as RegExp).exec(t)?.[0] : undefined;
      })();
      expect([t, placeholderIn(t)?.actual ?? undefined]).toEqual([t, plain]);
      // prose and table texts answered apart: a blank amount is one only in prose
      if (templateHits(t, false).some((h) => h.kind === 'blank-amounts')) throw new Error(`blank amount in a table text: ${t}`);
    }
  });
});

test('template text: a pattern marked as needing a bracket matches no text without one, and every branch of it holds one', () => {
  expect(TEMPLATE_PATTERN_BRACKET).toHaveLength(TEMPLATE_PATTERNS.length);
  const marked = TEMPLATE_PATTERNS.filter((_, i) => TEMPLATE_PATTERN_BRACKET[i]);
  expect(marked.length).toBeGreaterThan(5);
  for (const [, re] of marked) for (const branch of re.source.split(/\|(?![^(]*\))/)) expect([re.source, branch.includes('[（(]')]).toEqual([re.source, true]);
  // texts with the patterns' words and closing brackets but no opening one
  const texts = randomStrings(['增加', '减少', '持平', '）', ')', '按', '填写', '列示', '如', '若', '作', '则', '表述', '不涉及', '不列', '名称', '项目', '以下同', '的部门', '，', '无', '的单位', '单位', '制度', ' '], 20000, 6);
  const withBracket = texts.map((t) => `（${t}`).concat(texts.map((t) => `(${t}`));
  for (const t of texts) for (const [, re] of marked) expect([t, re.test(t)]).toEqual([t, false]);
  // the same texts opened by a bracket do match some of them: the test above tests something
  expect(withBracket.filter((t) => marked.some(([, re]) => re.test(t))).length).toBeGreaterThan(20);
});

describe('the wording checks', () => {
  test('the miswriting pre-test: every pattern answered as without it', () => {
    const alphabet = ['与', '上', '年', '相', '比', '有', '毒', '害', '气', '提', '租', '补', '财', '政', '转', '专', '户', '支', '出', '收', '入', 'X', '1', ' '];
    const texts = randomStrings(alphabet, 20000, 12);
    texts.push('与上年相未', '比上年预算相比', '有毒有害气味', '提租补政策', '财政转专户', '支出收入XX', '支出支出 1', '收入支出收入1');
    const corpus = new Corpus([]);
    let found = 0;
    for (const t of texts) {
      const plain = MISWRITINGS.map(([re, what]) => [re.exec(t), what] as const)
        .filter(([m]) => m)
        .map(([m, what]) => ({ at: m!.index, len: m![0].length, what: `：${what}` }));
      const got = textHits(t, corpus).filter((h) => MISWRITINGS.some(([, w]) => h.what === `：${w}`));
      expect([t, got]).toEqual([t, plain]);
      found += plain.length;
    }
    expect(found).toBeGreaterThan(10);
  });

  test('the corpus searched as written (white space allowed between the characters) = the texts without white space', () => {
    const pieces = randomStrings(['预', '算', '本', '年', ' ', '\n', '\u3000', '\t', '\0', 'a'], 900, 9, 7);
    const words = ['预算本年', '算本年预', '年年', '预算', '算算', '本年年度'.slice(0, 3)];
    for (let i = 0; i + 9 <= pieces.length; i += 9) {
      const texts = pieces.slice(i, i + 9);
      const stripped = texts.map((t) => t.replace(/\s+/g, ''));
      const corpus = new Corpus(texts);
      for (const w of words) {
        expect([texts, w, corpus.holds(w)]).toEqual([texts, w, stripped.some((s) => s.includes(w))]);
        if (w.length === 2) {
          let n = 0;
          for (const s of stripped) for (let k = s.indexOf(w); k >= 0; k = s.indexOf(w, k + 1)) n++;
          expect([texts, w, corpus.pairCount(w)]).toEqual([texts, w, n]);
        }
      }
    }
    // never across two texts, with or without white space at the join
    expect(new Corpus(['预算 ', ' 本年']).holds('预算本年')).toBe(false);
    expect(new Corpus(['预算 本年']).holds('预算本年')).toBe(true);
    expect(new Corpus(['年 ', '年']).pairCount('年年')).toBe(0);
  });
});

test('judgeOnce = judgeName, also when asked again', () => {
  const codes = CLASSIFICATION_CODES.slice(0, 400);
  for (const year of [null, 2022, 2025]) {
    const judge = judgeOnce(year);
    for (const pass of [1, 2]) {
      for (const c of codes) {
        const names = [c.name, `${c.name}费`, c.name.slice(0, 4), '其他支出'];
        for (const n of names) expect([pass, c.code, n, judge(c.scheme, c.code, n)]).toEqual([pass, c.code, n, judgeName(c.scheme, c.code, n, year)]);
      }
    }
    // the scheme is part of the question: the same digits in both schemes answered apart
    expect(judge('economic', '201', '一般公共服务支出')).toEqual(judgeName('economic', '201', '一般公共服务支出', year));
    expect(judge('function', '201', '一般公共服务支出')).toEqual(judgeName('function', '201', '一般公共服务支出', year));
  }
});

test('fingerprintOf fed piece by piece = the hash of rule|cells|message with its numbers masked', () => {
  const messages = randomStrings(['1', '2', '.', ',', '-', '支', '出', ' ', '#', '|', '万'], 5000, 14, 3);
  for (const m of messages) expect(fingerprintOf('intra/x', '表1!A1,表2!B2', m)).toBe(shortHash(`intra/x|表1!A1,表2!B2|${m.replace(/[-\d.,]+/g, '#')}`));
});

test('a whole check of a seed: the findings do not depend on which rules ran before (no state left between models)', async () => {
  const wb = await readWorkbookFile(path.join(__dirname, '../fixtures', '2022-dongxihu-ybj-budget.xlsx'));
  const other = await readWorkbookFile(path.join(__dirname, '../fixtures', '2024-huangpi-ybfwzx-final.xlsx'));
  const rules = [placeholders, templateText, wording];
  const alone = runRules(buildModel(wb, recognise(wb)), rules).findings;
  runRules(buildModel(other, recognise(other)), rules);
  expect(runRules(buildModel(wb, recognise(wb)), rules).findings).toEqual(alone);
  expect(alone.length).toBeGreaterThan(0);
}, 30000);
