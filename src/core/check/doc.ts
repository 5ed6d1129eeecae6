/** docs/rules.md, rendered from the rules' metadata (a test fails when the file is stale). */
import type { Rule, RuleCategory } from './types';

const CATEGORY: Record<RuleCategory, string> = {
  intra: '表内（intra）',
  cross: '表间（cross）',
  narrative: '表文（narrative，情况说明与表格）',
  rounding: '尾差（rounding）',
  compliance: '规范性与分类科目（compliance）',
};
const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

export function renderRulesDoc(rules: Rule[]): string {
  const out: string[] = [
    '# 检查规则',
    '',
    '<!-- Generated from the rule metadata by `npm run docs:rules`; do not edit by hand. -->',
    '',
    '每条规则一个模块（`src/core/check/rules/`），列出它实现的 `../shared/docs/domain.md` §2 规则编号。',
    '“严重程度”是发现真实错误时的默认级别；完全由四舍五入解释的差异一律作为“尾差”（提示，类别 `rounding`）报告，',
    '同一个数在两处印成不同的值（相差一个末位单位）作为“尾差”警告报告。可在配置中关闭规则或改变严重程度',
    '（`{ rules: { "intra/row-identity": "off" } }`）。输入缺失而无法执行的规则列在 JSON 的 `skipped` 中（未执行），不作猜测。',
    '',
    `共 ${rules.length} 条规则。`,
    '',
  ];
  for (const cat of Object.keys(CATEGORY) as RuleCategory[]) {
    const mine = rules.filter((r) => r.meta.category === cat);
    if (mine.length === 0) continue;
    out.push(`## ${CATEGORY[cat]}`, '', '| 规则 | 名称 | 严重程度 | 实现 | 适用 |', '|---|---|---|---|---|');
    for (const r of mine) {
      const docs = r.meta.documents ? r.meta.documents.map((d) => (d === 'budget' ? '预算' : '决算')).join('、') : '预算、决算';
      out.push(`| [\`${r.meta.id}\`](#${r.meta.id.replace(/[^a-z0-9-]/g, '')}) | ${r.meta.title} | ${SEVERITY[r.meta.severity]} | ${r.meta.implements.join(' ')} | ${docs} |`);
    }
    out.push('');
    for (const r of mine) {
      out.push(`### ${r.meta.id}`, '', `**${r.meta.title}**（${SEVERITY[r.meta.severity]}；实现 ${r.meta.implements.join('、')}）`, '', r.meta.description, '', `示例：${r.meta.example}`, '');
    }
  }
  return out.join('\n');
}
