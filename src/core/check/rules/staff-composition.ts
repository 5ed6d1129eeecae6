import { C_QI, C_REN, C_ZHONG, holdsAll, paragraphChars } from './paragraph-chars';
import type { Rule } from '../types';
import { paragraphLocation } from '../../narrative/source';

const HEAD = /(总编制(?:人数)?|共有编制|编制数|在职实有(?:人数)?|离退休(?:人员)?)\s*(\d+)\s*人\s*[，,]?\s*其中\s*[:：]?/g;

/** 人员构成 in the narrative: 编制 = Σ编制类别, 在职实有 = Σ类别, 离退休 = 离休 + 退休 (IN-19). */
const rule: Rule = {
  meta: {
    id: 'intra/staff-composition',
    category: 'intra',
    severity: 'error',
    title: '人员构成合计',
    description: '基本情况中的人员构成：编制数 = 各类编制之和；在职实有人数 = 各类人员之和；离退休人数 = 离休 + 退休（括号内的“其中”不计入）。',
    implements: ['IN-19'],
    example: '情况说明：在职实有人数 30 人，而其中所列各类合计 28 人（行政编制 8、事业编制 20、员额编制 0）',
  },
  check(ctx) {
    // a plain search for the two words (what /其中/ and /人/ test): no regex per paragraph
    // (其, 中 and 人 read once per paragraph first)
    const chars = paragraphChars(ctx.model);
    const cells = ctx.model.narrative.filter((c, pi) => holdsAll(chars[pi], C_QI | C_ZHONG | C_REN) && c.text.includes('其中'));
    let found = 0;
    for (const c of cells) {
      for (const m of c.text.matchAll(HEAD)) {
        const start = (m.index ?? 0) + m[0].length;
        const rest = c.text.slice(start);
        // the clause runs to the next sentence or the next headline figure
        const end = rest.search(/[。；;]|(总编制(人数)?|共有编制|编制数|在职实有(人数)?|离退休(人员)?)\s*\d/);
        const clause = (end < 0 ? rest : rest.slice(0, end)).replace(/[（(][^）)]*[）)]/g, '');
        const parts = [...clause.matchAll(/([\u4e00-\u9fa5]+)\s*人?\s*(\d+)\s*人/g)].map((p) => ({ what: p[1].replace(/人$/, ''), n: Number(p[2]) }));
        if (parts.length < 2) continue;
        found++;
        const total = Number(m[2]);
        const sum = parts.reduce((a, p) => a + p.n, 0);
        if (sum === total) continue;
        ctx.report({
          message: `情况说明：${m[1]} ${total} 人，而其中所列各类合计 ${sum} 人（${parts.map((p) => `${p.what} ${p.n}`).join('、')}）`,
          locations: [paragraphLocation(c)],
          expected: String(sum),
          actual: String(total),
          difference: String(total - sum),
        });
      }
    }
    if (found === 0) ctx.skip('情况说明中没有“……人，其中……”的人员构成');
  },
};
export default rule;
