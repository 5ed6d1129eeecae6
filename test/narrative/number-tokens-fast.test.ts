/**
 * Eleventh pass (issue 19): numberTokens reads a figure's unit at its position (character codes and
 * sticky patterns, no slice of the text after it), makes the digits without commas once, and small
 * integers' Decimals by number; normalizeText scans codes. Held to the plain tokenizer
 * (plain/tokens.ts, the code it replaced) on every fixture paragraph and cell text and on generated
 * texts full of the tricky cases: every field, in order, and each Decimal's sign, exponent and digits.
 */
import Decimal from 'decimal.js';
import { normalizeText, tokensOfUncached, type NumberToken } from '../../src/core/narrative/tokens';
import { randomStrings } from '../support/random-strings';
import { fixtureModels } from '../support/fixture-models';
import { normalizeText as plainNormalizeText, tokensOfUncached as plainTokens, type NumberToken as PlainToken } from './plain/tokens';

/** A Decimal as decimal.js holds it (two Decimals of one value may differ in form only if these do). */
const decimal = (d: Decimal | undefined) => (d === undefined ? undefined : [d.constructor === Decimal, d.s, d.e, d.d ? [...d.d] : d.d, Object.keys(d)]);
/** The keys of the fields a token has set (every token holds all its fields, undefined where not set: one shape). */
const setKeys = (t: object) => Object.entries(t).filter(([, v]) => v !== undefined).map(([k]) => k).sort();
const view = (t: NumberToken | PlainToken) => [setKeys(t), t.kind, decimal(t.value), t.decimals, decimal(t.wan), decimal(t.half), t.unit, t.text, t.start, t.end, t.numEnd, t.typo];

const PIECES = [
  '100', '25.5', '01.74', '0', '007', '1,234.56', '12,000', '2,018', '1234567', '12345678', '9999999', '0.38', '31', '32', '2018', '2019', '1999', '2101', '19.5',
  '１２', '３０．５', '％', '（', '）', '：', '＝', '≧', '＞', '＜', '\u00a0', '\u3000', ' ', '\n', '\t',
  '万元', '万', '亿元', '元', '元/人', '万元/人', '元旦', '元月', '万人', '万张', '万次', '%', '年', '月', '日', '号', '号文', '人次', '人', '名', '个', '辆', '台(套)', '台', '平方米', '公里', '间',
  '-', '—', '－', '至', '到', '【', '】', '[', ']', '〔', '〕', '(', ')', '.', '、', '。', '；', ';', ':', '，', ',',
  '≥', '≤', '>', '<', '不低于', '不少于', '达到', '约', '附件', '图', '表', '第', '序号', 'A', 'b', '_', 'z', '收入', '支出', '其中', '😀',
  '2018年', '2019 年', '2018-2020', '2019至 2021', '〔2018〕', '[2020]', '5月', '12日', '3号', '31 号', '40号', '1.', '（2）', '3、', '≥ 90', '第3', '附件 2', '0.5 %',
];

function agree(texts: string[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const t of texts) {
    expect([t, normalizeText(t)]).toEqual([t, plainNormalizeText(t)]);
    const want = plainTokens(t).map(view);
    expect([t, tokensOfUncached(t).map(view)]).toEqual([t, want]);
    for (const w of want) kinds[w[1] as string] = (kinds[w[1] as string] ?? 0) + 1;
  }
    return kinds;
}

test('numberTokens = the plain tokenizer on every fixture paragraph and cell text', async () => {
  const texts = new Set<string>();
  for (const model of await fixtureModels()) {
    for (const p of model.narrative) texts.add(p.text);
    for (const sheet of model.wb.sheets) for (const row of sheet.rows) for (const cell of row) if (typeof cell?.text === 'string') texts.add(cell.text);
  }
  const kinds = agree([...texts]);
  expect(texts.size).toBeGreaterThan(5000);
  for (const k of ['money', 'percent', 'year', 'date', 'count', 'headcount', 'indicator', 'reference', 'numbering', 'bare']) expect([k, (kinds[k] ?? 0) > 20]).toEqual([k, true]);
  expect(kinds.money).toBeGreaterThan(1000);
});

test('numberTokens = the plain tokenizer on generated texts (units, years, dates, 号, numbering, ≥, leading zeros, commas, full width)', () => {
  // the 12 characters before a figure: a word at each distance from it, across the window's edge
  const edges: string[] = [];
  for (let k = 0; k < 15; k++) for (const [w, f] of [['5月', '3号'], ['≥', '3个'], ['第', '3'], ['<', '3'], ['。', '2.'], ['\n', '(2)']]) edges.push(`${w}${' '.repeat(k)}${f}`, `x${w}${'\u3000'.repeat(k)}${f}`);
  const kinds = agree([...edges, ...randomStrings(PIECES, 16000, 10, 1119), ...randomStrings(PIECES, 4000, 40, 1121)]);
  // every kind comes up often (the comparison is not empty on any branch)
  for (const k of ['money', 'percent', 'year', 'date', 'count', 'headcount', 'indicator', 'reference', 'numbering', 'bare']) expect([k, (kinds[k] ?? 0) > 200]).toEqual([k, true]);
});

test('small integers: the Decimal by number is the Decimal of the digits (every width, leading zeros)', () => {
  const texts: string[] = [];
  for (let n = 0; n < 20000; n += 7) texts.push(`${n}`, `0${n}`, `${n}0`, `${n * 331}`, `${n * 4999}万元`);
  agree(texts);
  for (const s of ['0', '00', '0000000', '9999999', '10000000', '1000000', '0000001', '70']) expect(decimal(new Decimal(Number(s)))).toEqual(decimal(new Decimal(s)));
});
