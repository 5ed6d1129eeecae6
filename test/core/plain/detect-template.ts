/**
 * detectTemplate as it was before its headings were read lazily (issue 19, ninth pass): the narrative's
 * headings always read first. The oracle of test/core/detect-template-lazy.test.ts. Do not optimise.
 */
import { headings, TEMPLATES, type DetectedTemplate, type TemplateClues } from '../../../src/core/model/templates';
import type { TableKind } from '../../../src/core/recognize';

const JIANGSU_KINDS: TableKind[] = ['fiscal-expenditure', 'fiscal-basic-expenditure', 'operation-expenditure'];

/** The template of a document, from its tables and narrative; null when the document kind is unknown. */
export function plainDetectTemplate(clues: TemplateClues): DetectedTemplate | null {
  const { kind, tables } = clues;
  const heads = headings(clues.narrative ?? []);
  if (kind === 'final') {
    const shanghai = /上海/.test(clues.unit ?? '') || heads.some((h) => /^第[一二三四]部分.{0,20}上海/.test(h));
    if (shanghai) return { profile: TEMPLATES['shanghai-final'], evidence: `上海市部门决算（${/上海/.test(clues.unit ?? '') ? `单位“${clues.unit}”` : '情况说明标题'}）`, source: 'detected' };
    return { profile: TEMPLATES.final, evidence: '决算公开', source: 'detected' };
  }
  if (kind !== 'budget') return null;
  const jiangsu = tables.filter((t) => JIANGSU_KINDS.includes(t.kind));
  const meetings = tables.find((t) => t.kind === 'three-public' && t.columns.some((c) => c.key === '会议费' || c.key === '培训费'));
  if (jiangsu.length || meetings) {
    const names = [...new Set(jiangsu.map((t) => t.block.title?.text ?? t.block.sheet))];
    if (meetings) names.push('“三公”经费、会议费、培训费表');
    return { profile: TEMPLATES['jiangsu-budget'], evidence: `有${names.slice(0, 3).join('、')}`, source: 'detected' };
  }
  // Wuhan: the current form has four parts (第四部分 名词解释) and the 情况说明 after the tables;
  // the old form puts 基本情况 / 年度工作目标 first and the 名词解释 last
  const fourParts = heads.some((h) => /^第四部分.{0,6}名[词称]解释/.test(h));
  const oldForm = heads.some((h) => /年度工作目标|^[一二三四五六七八九十]+、.{0,8}基本情况$/.test(h)) || heads.some((h) => /^[一二三四五六七八九十]+、.{0,8}名[词称]解释/.test(h));
  if (fourParts && !oldForm) return { profile: TEMPLATES['wuhan-budget'], evidence: '情况说明分四部分（第四部分 名词解释），没有江苏模板特有的表', source: 'detected' };
  if (oldForm) return { profile: TEMPLATES['wuhan-budget-old'], evidence: '情况说明先写部门基本情况、年度工作目标，没有江苏模板特有的表', source: 'detected' };
  if (clues.year !== null && clues.year < 2024) return { profile: TEMPLATES['wuhan-budget-old'], evidence: `${clues.year} 年预算，没有江苏模板特有的表`, source: 'detected' };
  return { profile: TEMPLATES['wuhan-budget'], evidence: '没有江苏模板特有的表（财政拨款支出表、机关运行经费表等）', source: 'detected' };
}
