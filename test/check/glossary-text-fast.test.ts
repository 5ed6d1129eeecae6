/**
 * The 名词解释 read without flattening every paragraph after it (issue 19, tenth pass, CPU:
 * src/core/check/rules/glossary-text.ts): findGlossary against the plain readGlossary it was
 * (test/check/plain/glossary-text.ts), on every fixture's narrative and on generated narratives made
 * of headings, entries, the lines that end the part and white space of several kinds.
 */
import { buildModel } from '../../src/core/check';
import { findGlossary } from '../../src/core/check/rules/glossary-text';
import type { NarrativeParagraph } from '../../src/core/model/paragraphs';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';
import { readGlossary } from './plain/glossary-text';

/** Paragraph texts: each a whole line (a heading, an entry, a part or attachment line), some with white space inside. */
const LINES = [
  ...['名词解释', '名 词 解 释', '专业性较强的名称解释：', '九、名词解释', '第四部分 名词解释', '第四部分\u3000名词解释：', '（一）名词解释', '主要名词解释', '九、专业性较强的名称解释：', '（二）专业性较强的名词解释'],
  ...['一、基本支出：指为保障机构正常运转的支出。', '二、项目支出：指在基本支出之外的支出', '（三）“三公”经费', '4.其他专用名词', '5、 无', '无。', '根据本部门情况补充解释'],
  ...['1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：反映……', '卫生健康支出（类） 公立医院（款） 综合医院（项）'],
  ...['本部门使用的功能科目（项级）如下', '科目（到 项级）', '科 目项级', '功能科目（项\u3000级）', '附件', ' 附 件：', '附表', '第五部分', '第 五 部分 附表', '第二部分：部门预算情况说明', '第', '一、收入预算情况', '二、支出'],
  ...['本年收入合计 100 万元。', '', ' ', '\u3000\u3000说明：按规定填写', '十、机关运行经费：指行政单位的公用经费'],
];

function paragraphs(texts: string[]): NarrativeParagraph[] {
  return texts.map((text, i) => ({ text, sheet: '情况说明', cell: `A${i + 1}` }));
}

describe('findGlossary = the plain readGlossary', () => {
  test('on generated narratives', () => {
    let found = 0;
    let subjects = 0;
    // a narrative: 2–40 lines, each one of LINES (randomStrings of single pieces: one line per string)
    const lines = randomStrings(LINES, 60000, 1, 1921);
    for (let at = 0, n = 0; at < lines.length; at += 2 + (n++ % 39)) {
      const ps = paragraphs(lines.slice(at, at + 2 + (n % 39)));
      const got = findGlossary(ps);
      expect(got).toEqual(readGlossary(ps));
      if (got) found++;
      if (got?.listsSubjects) subjects++;
    }
    // narratives with and without a 名词解释, some listing 科目
    expect([found > 300, subjects > 100]).toEqual([true, true]);
  });

  test.each(FIXTURE_PATHS.map((f) => [f.split('/').pop(), f]))('%s', async (_, file) => {
    const wb = await readWorkbookFile(file);
    const ps = buildModel(wb, recognise(wb)).narrative;
    expect(findGlossary(ps)).toEqual(readGlossary(ps));
  });
});
