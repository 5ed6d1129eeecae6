/**
 * kindFromContent against the plain classifier (test/recognize/plain-classify.ts) on generated blocks
 * whose headers and bodies draw on every word it asks, so that each branch is reached (the fixtures
 * and their layout variants are compared in fast-paths.test.ts). Written for word masks made once per
 * process (issue 19, ninth pass), which measured no faster and were dropped; the test stays.
 */
import { readBlocks } from '../../src/core/recognize/blocks';
import { blockText, kindFromContent } from '../../src/core/recognize/classify';
import { createSheet, makeCell, putCell, type Sheet } from '../../src/core/workbook';
import { Rng } from '../support/department/rng';
import { plainBlockText, plainKindFromContent } from './plain-classify';

const WORDS = ['因公出国(境)费', '公务接待费', '项目名称', '绩效目标', '绩效指标', '一级指标', '三级指标', '自评', '项目负责人', '项目属性', '经济分类', '科目编码', '采购品目', '采购数量', '采购金额', '政府采购', '购买服务内容', '指导目录', '购买金额', '资产名称', '资产分类', '资产数量', '资产申请数量', '资产编制数', '配置', '部门职能', '整体绩效', '整体支出', '收入构成', '支出构成', '事业收入', '上级补助收入', '附属单位上缴', '其他收入', '其他自有资金', '财政专户管理资金', '其他资金', '一般公共预算', '财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', '国有资本经营预算支出', '政府性基金预算支出', '本年收入', '年初结转和结余', '机关运行经费', '经济科目', '人员经费', '公用经费', '项目支出', '项目编码', '工资福利支出', '商品和服务支出', '基本支出', '年初结转', '事业单位经营支出', '上缴上级支出', '对附属单位补助', '经营支出', '工资福利', '商品和服务', '财政拨款收入', '财政拨款（补助）', '经费拨款', '上年结转', '项目', '金额', '预算数', '决算数', '合计', '收入', '支出'];
const FIRSTS = ['2080505', '208', '20805', '301', '30101', '[101]', '101001', '一、一般公共预算', '二、事业收入', '三、上年结转', '收入总计', '合计', '23A1234567'];
const SECONDS = [null, '社会保障和就业支出', '工资福利支出', '某局本级', '因公出国(境)费', '公务接待费', '人员经费'];

function sheetOf(name: string, rows: (string | number | null)[][]): Sheet {
  const s = createSheet(name, 0);
  rows.forEach((row, i) => row.forEach((v, j) => v !== null && putCell(s, makeCell({ row: i + 1, col: j + 1, value: v }))));
  return s;
}

test('generated blocks over every word asked: the plain classifier\'s decisions', () => {
  const kinds = new Set<string>();
  for (let seed = 1; seed <= 1500; seed++) {
    const r = new Rng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r.unit() * xs.length)];
    const width = 2 + Math.floor(r.unit() * 4);
    const rows: (string | number | null)[][] = [[pick(['一般公共预算支出表', '收支总表', '政府性基金预算支出表', '机关运行经费', '整体绩效目标表'])], ['单位：万元']];
    for (let h = 1 + Math.floor(r.unit() * 2); h > 0; h--) rows.push(Array.from({ length: width }, () => (r.unit() < 0.1 ? null : pick(WORDS))));
    for (let d = 1 + Math.floor(r.unit() * 6); d > 0; d--) rows.push([pick(FIRSTS), pick(SECONDS), ...Array.from({ length: width - 2 }, () => (r.unit() < 0.8 ? 12.5 : r.unit() < 0.5 ? pick(WORDS) : null))]);
    const sheet = sheetOf(`K${seed}`, rows);
    const read = readBlocks(sheet);
    for (const b of read.blocks) {
      const plain = plainKindFromContent(plainBlockText(sheet, b));
      expect([seed, kindFromContent(blockText(sheet, b, read.rows.get(b)))]).toEqual([seed, plain]);
      kinds.add(plain ? `${plain.kind}${plain.weak ? ' weak' : ''}` : 'none');
    }
  }
  // the generator reaches most decisions
  expect(kinds.size).toBeGreaterThanOrEqual(15);
});
