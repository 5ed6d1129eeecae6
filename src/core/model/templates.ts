/**
 * Disclosure templates as profiles: which tables a region's template has, told from the
 * workbook with the evidence shown. A table the document's template does not have is never
 * "missing".
 */
import type { Recognised, TableKind } from '../recognize';

export type TemplateId = 'wuhan-budget' | 'jiangsu-budget' | 'final';

export interface TemplateProfile {
  id: TemplateId;
  /** Chinese name, e.g. 江苏省级部门预算公开（12 张表）. */
  name: string;
  documents: ('budget' | 'final')[];
  /** Tables the template has: 'error' when absent, 'warning' when some years/regions leave it out. */
  tables: [TableKind, 'error' | 'warning'][];
}

export const TEMPLATES: Record<TemplateId, TemplateProfile> = {
  'wuhan-budget': {
    id: 'wuhan-budget',
    name: '部门预算公开（武汉区级模板：收支总表至项目支出绩效目标表）',
    documents: ['budget'],
    tables: [
      ['income-expense-summary', 'error'],
      ['income-summary', 'error'],
      ['expenditure-summary', 'error'],
      ['fiscal-summary', 'error'],
      ['general-budget-expenditure', 'error'],
      ['basic-expenditure', 'error'],
      ['three-public', 'error'],
      ['gov-fund', 'error'],
      ['state-capital', 'warning'],
      ['project-expenditure', 'error'],
      ['dept-performance', 'error'],
      ['project-performance', 'error'],
    ],
  },
  'jiangsu-budget': {
    id: 'jiangsu-budget',
    name: '江苏省级部门预算公开（12 张表）',
    documents: ['budget'],
    tables: [
      ['income-expense-summary', 'error'],
      ['income-summary', 'error'],
      ['expenditure-summary', 'error'],
      ['fiscal-summary', 'error'],
      ['fiscal-expenditure', 'error'],
      ['fiscal-basic-expenditure', 'error'],
      ['general-budget-expenditure', 'error'],
      ['basic-expenditure', 'error'],
      ['three-public', 'error'],
      ['gov-fund', 'error'],
      ['operation-expenditure', 'error'],
      ['procurement', 'error'],
    ],
  },
  final: {
    id: 'final',
    name: '部门决算公开（公开01–09表）',
    documents: ['final'],
    tables: (['income-expense-summary', 'income-summary', 'expenditure-summary', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure', 'gov-fund', 'state-capital', 'three-public'] as TableKind[]).map((k) => [k, 'error']),
  },
};

export interface DetectedTemplate {
  profile: TemplateProfile;
  evidence: string;
}

const JIANGSU_KINDS: TableKind[] = ['fiscal-expenditure', 'fiscal-basic-expenditure', 'operation-expenditure'];

/** The template of a document, from its tables; null when the document kind is unknown. */
export function detectTemplate(kind: 'budget' | 'final' | null, tables: Recognised[]): DetectedTemplate | null {
  if (kind === 'final') return { profile: TEMPLATES.final, evidence: '决算公开' };
  if (kind !== 'budget') return null;
  const jiangsu = tables.filter((t) => JIANGSU_KINDS.includes(t.kind));
  const meetings = tables.find((t) => t.kind === 'three-public' && t.columns.some((c) => c.key === '会议费' || c.key === '培训费'));
  if (jiangsu.length || meetings) {
    const names = [...new Set(jiangsu.map((t) => t.block.title?.text ?? t.block.sheet))];
    if (meetings) names.push('“三公”经费、会议费、培训费表');
    return { profile: TEMPLATES['jiangsu-budget'], evidence: `有${names.slice(0, 3).join('、')}` };
  }
  return { profile: TEMPLATES['wuhan-budget'], evidence: '没有江苏模板特有的表（财政拨款支出表、机关运行经费表等）' };
}
