/**
 * The checklist and the templates as Markdown, from the items' and templates' metadata: the
 * README's 审核清单 section (between its markers) and docs/checklist.md (npm run docs:checklist).
 */
import { KIND_NAMES } from '../recognize';
import { SECTION_NAMES, TEMPLATE_IDS, TEMPLATES, type TemplateProfile } from '../model/templates';
import { CHECK_ITEMS, CHECKLIST_VERSION } from './items';
import { ITEM_GROUPS, type CheckItem } from './types';

const KIND_ZH = { budget: '预算', final: '决算' } as const;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function appliesTo(i: CheckItem): string {
  const parts = [
    i.documents ? `${i.documents.map((d) => KIND_ZH[d]).join('、')}` : '',
    i.templates ? i.templates.map((t) => `\`${t}\``).join('、') : '',
    i.years ? `${i.years.from ?? ''}–${i.years.to ?? ''} 年` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('；') : '全部';
}

/** The README's short list: one row per item by section (id, 检查表 wording, rules). */
export function renderChecklistTable(items: CheckItem[] = CHECK_ITEMS): string {
  const lines = [`审核清单第 ${CHECKLIST_VERSION} 版，共 ${items.length} 项（由 \`npm run docs:checklist\` 从 \`src/core/checklist/items.ts\` 生成，过期时测试失败）：`, '', '| 编号 | 检查项 | 规则 |', '| --- | --- | --- |'];
  for (const g of ITEM_GROUPS) {
    for (const i of items.filter((x) => x.group === g)) {
      const rules = i.rules.length ? i.rules.map((r) => `\`${r}\``).join(' ') : '（人工核对）';
      lines.push(`| \`${i.id}\` | **${g}** ${cell(i.title)} | ${rules} |`);
    }
  }
  return lines.join('\n');
}

/** The README's list of templates. */
export function renderTemplateTable(): string {
  const lines = ['| 模板 | 名称 | 适用 | 金额单位 |', '| --- | --- | --- | --- |'];
  for (const id of TEMPLATE_IDS) {
    const t = TEMPLATES[id];
    lines.push(`| \`${id}\` | ${cell(t.name)} | ${t.documents.map((d) => KIND_ZH[d]).join('、')}；${cell(t.region)} | ${t.moneyUnit} |`);
  }
  return lines.join('\n');
}

function templateSection(t: TemplateProfile): string[] {
  const sections = t.sections(null);
  return [
    `### \`${t.id}\` ${t.name}`,
    '',
    `- 适用：${t.documents.map((d) => KIND_ZH[d]).join('、')}；${t.region}`,
    `- 表：${t.tables.map(([k, need]) => `${KIND_NAMES[k]}${need === 'warning' ? '（部分年度或地区没有）' : ''}`).join('、')}`,
    `- 情况说明必有部分：${sections.filter((s) => s.need === 'required').map((s) => SECTION_NAMES[s.id]).join('、') || '—'}`,
    `- 情况说明建议部分：${sections.filter((s) => s.need === 'recommended').map((s) => SECTION_NAMES[s.id]).join('、') || '—'}`,
    `- 金额单位：${t.moneyUnit}；名词解释须列出表中的项级科目：${t.glossarySubjects ? '是' : '否'}`,
    `- 依据：${t.source}`,
    '',
  ];
}

/** docs/checklist.md: every item in full, then every template. */
export function renderChecklistDoc(items: CheckItem[] = CHECK_ITEMS): string {
  const out = [
    '# 审核清单（检查表）',
    '',
    `> 由 \`npm run docs:checklist\` 从 \`src/core/checklist/items.ts\` 和 \`src/core/model/templates.ts\` 生成，请勿手工修改。审核清单第 ${CHECKLIST_VERSION} 版。`,
    '',
    '每个文件的每一项给出一个结论：合格、不合格（列出问题）、不适用（说明原因）、无法检查（说明缺少什么，或需人工核对的内容）。',
    '错误和警告使一项不合格；尾差和提示不会，但写在该项的说明里。完成度 = 已检查项（合格 + 不合格）/ 适用项。',
    '',
  ];
  for (const g of ITEM_GROUPS) {
    out.push(`## ${g}`, '');
    for (const i of items.filter((x) => x.group === g)) {
      out.push(`### ${i.id}`, '', `**${i.title}**`, '', i.description, '');
      out.push(`- 规则：${i.rules.length ? i.rules.map((r) => `\`${r}\``).join('、') : '无（本版本不能自动检查，结论为“无法检查”）'}`);
      if (i.manual) out.push(`- 需人工核对：${i.manual}`);
      out.push(`- 适用：${appliesTo(i)}`, `- 依据：${i.basis}`, `- 加入版本：${i.since}`, '');
    }
  }
  out.push('## 模板', '', '文件所用的模板由表格和情况说明的标题判断（结果附依据），也可由用户指定（命令行 `--template`，任务窗格“设置”）。模板没有的表不算缺少。', '');
  for (const id of TEMPLATE_IDS) out.push(...templateSection(TEMPLATES[id]));
  return out.join('\n').replace(/\n+$/, '\n');
}

export const README_MARKERS = { start: '<!-- checklist:start -->', end: '<!-- checklist:end -->' } as const;

/** The README with its generated 审核清单 part (between the markers) replaced. */
export function withReadmeChecklist(readme: string): string {
  const a = readme.indexOf(README_MARKERS.start);
  const b = readme.indexOf(README_MARKERS.end);
  if (a < 0 || b < a) return readme;
  const body = ['', renderChecklistTable(), '', '已知的模板（`--template` 的取值）：', '', renderTemplateTable(), ''].join('\n');
  return `${readme.slice(0, a + README_MARKERS.start.length)}\n${body}\n${readme.slice(b)}`;
}
