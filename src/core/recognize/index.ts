/**
 * Recognition: find the tables of a workbook and say what each one is. Blocks the
 * classifier cannot place are reported as 未识别 with the reason — never guessed.
 */
import type { Workbook } from '../workbook';
import { findBlocks } from './blocks';
import { blockText, kindFromContent, kindFromTitle } from './classify';
import { mapColumns } from './columns';
import { readDeptForm, readProjectForms } from './forms';
import { readRows } from './rows';
import type { Block, Recognised, TableKind, Unrecognised } from './types';
import { KIND_NAMES } from './types';

export * from './types';
export { findBlocks } from './blocks';
export { readDeptForm, readProjectForms } from './forms';

export interface Recognition {
  tables: Recognised[];
  unrecognised: Unrecognised[];
}

/** Kinds that a title may name for the same content (a 分单位 part is still a 一般公共预算支出表). */
function compatible(a: TableKind, b: TableKind): boolean {
  const family = (k: TableKind) => (k === 'general-budget-by-unit' ? 'general-budget-expenditure' : k);
  return family(a) === family(b);
}

function moneyUnitOf(block: Block): '万元' | '元' | null {
  for (const u of block.unitLines) {
    const m = /单位\s*[:：]\s*(万元|元)/.exec(u.text);
    if (m) return m[1] as '万元' | '元';
  }
  return null;
}

/** The money unit most tables state; used for a table that states none. */
function documentMoneyUnit(blocks: Block[]): '万元' | '元' | null {
  const n = { 万元: 0, 元: 0 };
  for (const b of blocks) {
    const u = moneyUnitOf(b);
    if (u) n[u]++;
  }
  return n.万元 === 0 && n.元 === 0 ? null : n.元 > n.万元 ? '元' : '万元';
}

export function recognise(wb: Workbook): Recognition {
  const tables: Recognised[] = [];
  const unrecognised: Unrecognised[] = [];
  const blocksBySheet = wb.sheets.map((sheet) => findBlocks(sheet));
  const defaultUnit = documentMoneyUnit(blocksBySheet.flat());
  for (const [si, sheet] of wb.sheets.entries()) {
    const sheetKind = kindFromTitle(sheet.name);
    for (const block of blocksBySheet[si]) {
      const text = blockText(sheet, block);
      const narrativeBlock = !block.header && block.range.left === block.range.right && block.unitLines.length === 0 && !!block.body && block.body[1] - block.body[0] >= 3;
      const content = narrativeBlock ? { kind: 'narrative' as TableKind, evidence: '整页为段落文字' } : kindFromContent(text);
      const titleKind = text.title ? kindFromTitle(text.title) : null;
      const evidence: string[] = [];
      let kind: TableKind;
      let confidence: number;
      if (content?.weak && titleKind && titleKind !== 'narrative') {
        kind = titleKind;
        confidence = 0.85;
        evidence.push(`${content.evidence}（多种表共有），按标题“${block.title?.text}”确定`);
      } else if (content) {
        kind = content.kind;
        evidence.push(content.evidence);
        if (titleKind && compatible(titleKind, kind)) {
          confidence = 0.95;
          evidence.push(`标题“${block.title?.text}”`);
        } else confidence = titleKind ? 0.7 : 0.8;
      } else if (titleKind) {
        kind = titleKind;
        confidence = 0.5;
        evidence.push(`仅凭标题“${block.title?.text}”（表头内容不足以判断）`);
      } else {
        unrecognised.push({
          block,
          reason: block.title ? `标题“${block.title.text}”和表头都不像任何一张标准公开表` : '没有标题，表头也不像任何一张标准公开表',
        });
        continue;
      }
      let titleDisagreement: Recognised['titleDisagreement'] = null;
      if (titleKind && !compatible(titleKind, kind)) {
        titleDisagreement = { titleKind, source: 'title', text: block.title?.text ?? '' };
        evidence.push(`标题像${KIND_NAMES[titleKind]}，但内容是${KIND_NAMES[kind]}`);
      } else if (sheetKind && !compatible(sheetKind, kind) && kind !== 'narrative') {
        titleDisagreement = { titleKind: sheetKind, source: 'sheet', text: sheet.name };
        evidence.push(`工作表名“${sheet.name}”像${KIND_NAMES[sheetKind]}，但内容是${KIND_NAMES[kind]}`);
      }
      const moneyUnit = moneyUnitOf(block) ?? (kind === 'narrative' ? null : defaultUnit);
      // forms (绩效目标表) and the narrative are read by label, not by column
      const byColumn = !['narrative', 'dept-performance', 'project-performance'].includes(kind);
      const columns = byColumn ? mapColumns(sheet, block, kind) : [];
      tables.push({
        kind,
        block,
        confidence,
        evidence,
        titleDisagreement,
        moneyUnit,
        columns,
        rows: byColumn ? readRows(sheet, block, kind, columns, moneyUnit) : [],
        ...(kind === 'dept-performance' ? { deptForm: readDeptForm(sheet, block, moneyUnit) } : {}),
        ...(kind === 'project-performance' ? { projectForms: readProjectForms(sheet, block, moneyUnit) } : {}),
      });
    }
  }
  return { tables, unrecognised };
}
