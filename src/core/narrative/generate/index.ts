/**
 * The 情况说明 generator (issue #8): from the recognised tables of a 预算 or 决算 workbook, the
 * sections of domain.md §3 with every figure taken from a table, change sentences against the
 * prior year (§3 wording), a reason placeholder 【主要原因：请填写】 where no reason is known, and
 * the 名词解释. Pure core: no fs, DOM or Office.
 *
 *   const g = generateNarrative(wb, { prior: priorFromWorkbook(lastYear), reasons: { 'gb:合计': '人员增加' } });
 *   narrativeText(g)   // plain text: title, section titles and paragraphs
 */
import type { Workbook } from '../../workbook';
import { pushTo } from '../../collections';
import { RULES, runRules } from '../../check';
import { budgetSections } from './budget';
import type { Ctx } from './compose';
import { finalSections } from './final';
import { countPlaceholders } from './format';
import { readFigures, type Figures } from './figures';
import { resolvePrior } from './prior';
import { GenerateError, type GeneratedNarrative, type GenerateOptions } from './types';

export * from './types';
export { REASON_PLACEHOLDER, PLACEHOLDER_RE } from './format';
export { priorFromWorkbook, embeddedPrior, figureValues } from './prior';
export { readFigures, KEY_NAMES, keyName, type Figures } from './figures';

const KIND_ZH = { budget: '预算', final: '决算' } as const;

/** Generate the 情况说明 of a workbook. Throws GenerateError when the kind or year is not recognised. */
export function generateNarrative(wb: Workbook, options: GenerateOptions = {}): GeneratedNarrative {
  const f = readFigures(wb, options.recognition, options.document);
  return generateFrom(f, options);
}

function generateFrom(f: Figures, options: GenerateOptions): GeneratedNarrative {
  if (f.kind !== 'budget' && f.kind !== 'final') {
    throw new GenerateError('UNKNOWN_KIND', '无法生成情况说明：没有识别出这是部门预算还是部门决算（表格标题中没有“××年……预算/决算”）。请检查表格标题，或在设置中指定文件类型。');
  }
  if (!f.year) {
    throw new GenerateError('UNKNOWN_YEAR', `无法生成情况说明：没有识别出${KIND_ZH[f.kind]}年度（表格标题中没有“××年”）。请检查表格标题，或在设置中指定年度。`);
  }
  const prior = resolvePrior(f, options.prior);
  const warnings: string[] = [];
  const ctx: Ctx = {
    f,
    year: f.year,
    final: f.kind === 'final',
    unit: f.unit ?? '本单位',
    prior,
    reasons: options.reasons ?? {},
    pct: f.kind === 'final' ? 1 : 2,
    warnings,
    fields: new Map(),
    flagged: new Map(),
    rounding: false,
  };
  if (!f.unit) warnings.push('没有识别出单位名称：句中写作“本单位”');
  // what the checker says about the tables: 尾差 to state, cells whose text must not be copied
  const checked = runRules(f.model, RULES).findings;
  for (const x of checked) {
    if (x.category === 'rounding' || x.category === 'narrative' || x.severity === 'info') continue;
    for (const l of x.locations) if (l.sheet && l.cell) pushTo(ctx.flagged, `${l.sheet}!${l.cell}`, x);
  }
  ctx.rounding = checked.some((x) => x.category === 'rounding');
  const sections = f.kind === 'final' ? finalSections(ctx) : budgetSections(ctx);
  const title = `${f.unit ?? ''}${f.year}年${f.kind === 'final' ? '度部门决算' : '部门预算'}情况说明`;
  const all = [...new Set([...prior.warnings, ...warnings])];
  return {
    kind: f.kind,
    year: f.year,
    unit: f.unit,
    title,
    sections,
    placeholders: countPlaceholders(sections.flatMap((s) => [s.title, ...s.paragraphs])),
    warnings: all,
    priorKeys: [...ctx.fields].map(([key, name]) => ({ key, name })),
  };
}

/** Plain text: the title, then each section's title and paragraphs; sections separated by a blank line. */
export function narrativeText(g: Pick<GeneratedNarrative, 'title'> & { sections: { title: string; paragraphs: string[] }[] }): string {
  return [g.title, ...g.sections.map((s) => [s.title, ...s.paragraphs].join('\n'))].join('\n\n') + '\n';
}

/**
 * What a small typed form would ask for: the items whose change (上年数) or completion (年初预算,
 * keys 'budget:…') the narrative states, with their Chinese names.
 */
export function priorFields(source: GeneratedNarrative | Workbook): { key: string; name: string }[] {
  if ('sections' in source) return source.priorKeys ?? [];
  return generateNarrative(source).priorKeys ?? [];
}
