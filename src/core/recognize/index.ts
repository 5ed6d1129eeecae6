/**
 * Recognition: find the tables of a workbook and say what each one is. Blocks the
 * classifier cannot place are reported as 未识别 with the reason — never guessed.
 */
import { columnLetter, parseA1, rangeContains, toA1 } from '../address';
import { parseAmountText } from '../amount';
import type { Sheet, Workbook } from '../workbook';
import { startAmountRun } from './amounts';
import { readBlocks } from './blocks';
import { blockText, kindFromContent, kindFromTitle } from './classify';
import { mapColumns } from './columns';
import { readDeptForm, readProjectForms } from './forms';
import { readRows } from './rows';
import { memoText, norm } from './text';
import type { UserMapping } from './mapping';
import type { Block, ColumnInfo, Recognised, TableKind, Unrecognised } from './types';
import { KIND_NAMES } from './types';

export * from './types';
export * from './mapping';
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

/** The money unit a unit line states, remembered per distinct text (every block's lines are asked twice). */
const unitOfLine = memoText((text: string): '万元' | '元' | null => {
  const m = /单位\s*[:：]\s*(万元|元)/.exec(text);
  return m ? (m[1] as '万元' | '元') : null;
});

function moneyUnitOf(block: Block): '万元' | '元' | null {
  for (const u of block.unitLines) {
    const unit = unitOfLine(u.text);
    if (unit) return unit;
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

/** Columns with a header nobody understood and figures below it. */
function moneyColumnsNotUnderstood(sheet: Sheet, block: Block, columns: ColumnInfo[]): ColumnInfo[] {
  if (!block.body) return [];
  const skip = new Set(block.skip ?? []);
  return columns.filter((c) => {
    if (c.key !== null || c.path.length === 0) return false;
    for (let r = block.body![0]; r <= block.body![1]; r++) {
      if (skip.has(r)) continue;
      const cell = sheet.rows[r - 1]?.[c.col - 1];
      if (cell && (cell.type === 'number' || (cell.type === 'string' && parseAmountText(cell.text).kind === 'number'))) return true;
    }
    return false;
  });
}

export interface RecogniseOptions {
  /** The user's assignments of table kinds and column meanings (task pane / --mapping). */
  mapping?: UserMapping;
}

/** Does an assignment's `at` cell point into this block (no `at`: the sheet's first block)? */
function pointsAt(at: string | undefined, block: Block, index: number): boolean {
  if (!at) return index === 0;
  const { row, col } = parseA1(at);
  return rangeContains(block.range, row, col);
}

/** Apply the user's column meanings to a block's columns (marked `assigned`). */
function assignColumns(columns: ColumnInfo[], block: Block, mapping: UserMapping | undefined): ColumnInfo[] {
  const mine = mapping?.columns.filter((c) => c.sheet === block.sheet && (!c.at || pointsAt(c.at, block, -1))) ?? [];
  if (!mine.length) return columns;
  return columns.map((c) => {
    const a = mine.find((m) => parseA1(`${m.column}1`).col === c.col);
    return a ? { ...c, key: a.key, assigned: true } : c;
  });
}

/** A page of paragraphs (a narrative sheet, or one column of text under no header and no unit line). */
export function isNarrativeBlock(block: Block): boolean {
  return block.narrative === true || (!block.header && block.range.left === block.range.right && block.unitLines.length === 0 && !!block.body && block.body[1] - block.body[0] >= 3);
}

/** Kinds read by label, not by column: forms (绩效目标表) and the narrative. */
const BY_LABEL: TableKind[] = ['narrative', 'dept-performance', 'project-performance'];

export function recognise(wb: Workbook, options: RecogniseOptions = {}): Recognition {
  const tables: Recognised[] = [];
  const unrecognised: Unrecognised[] = [];
  // a memo of amounts filled by an earlier workbook learns this one's (recognize/amounts.ts)
  startAmountRun();
  const read = wb.sheets.map((sheet) => readBlocks(sheet));
  const blocksBySheet = read.map((r) => r.blocks);
  const defaultUnit = documentMoneyUnit(blocksBySheet.flat());
  const mapping = options.mapping;
  // (index loops: entries() gives a [key, value] array per step)
  for (let si = 0; si < wb.sheets.length; si++) {
    const sheet = wb.sheets[si];
    const sheetKind = kindFromTitle(sheet.name);
    for (let bi = 0; bi < blocksBySheet[si].length; bi++) {
      const block = blocksBySheet[si][bi];
      const assigned = mapping?.tables.find((t) => t.sheet === sheet.name && pointsAt(t.at, block, bi));
      if (assigned?.kind === 'none') {
        unrecognised.push({ block, reason: '用户指定：不是需要检查的公开表' });
        continue;
      }
      const blockRows = read[si].rows.get(block);
      const narrativeBlock = isNarrativeBlock(block);
      // a page of paragraphs is told by its shape: of its texts only the title is asked (blockText's
      // title is norm of the title's text), no paragraph is normalised or searched for words
      const text = narrativeBlock ? null : blockText(sheet, block, blockRows);
      const content = text === null ? { kind: 'narrative' as TableKind, evidence: '整页为段落文字' } : kindFromContent(text);
      const title = text === null ? norm(block.title?.text ?? '') : text.title;
      const titleKind = title ? kindFromTitle(title) : null;
      const evidence: string[] = [];
      let kind: TableKind;
      let confidence: number;
      if (assigned) {
        kind = assigned.kind as TableKind;
        confidence = 1;
        evidence.push(`用户指定为${KIND_NAMES[kind]}`);
        if (content && content.kind !== kind) evidence.push(`（按内容像${KIND_NAMES[content.kind]}）`);
      } else if (content?.weak && titleKind && titleKind !== 'narrative') {
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
      if (assigned) {
        /* the user has spoken: no disagreement to report */
      } else if (titleKind && !compatible(titleKind, kind)) {
        titleDisagreement = { titleKind, source: 'title', text: block.title?.text ?? '' };
        evidence.push(`标题像${KIND_NAMES[titleKind]}，但内容是${KIND_NAMES[kind]}`);
      } else if (sheetKind && !compatible(sheetKind, kind) && kind !== 'narrative') {
        titleDisagreement = { titleKind: sheetKind, source: 'sheet', text: sheet.name };
        evidence.push(`工作表名“${sheet.name}”像${KIND_NAMES[sheetKind]}，但内容是${KIND_NAMES[kind]}`);
      }
      const moneyUnit = moneyUnitOf(block) ?? (kind === 'narrative' ? null : defaultUnit);
      // forms (绩效目标表) and the narrative are read by label, not by column
      const byColumn = !BY_LABEL.includes(kind);
      const columns = byColumn ? assignColumns(mapColumns(sheet, block, kind), block, mapping) : [];
      const unmappedMoney = byColumn ? moneyColumnsNotUnderstood(sheet, block, columns) : [];
      for (const c of unmappedMoney) {
        const col = columnLetter(c.col);
        const [top, bottom] = block.body ?? [block.range.top, block.range.bottom];
        unrecognised.push({
          column: { col: c.col, header: c.path.join('/'), tableKind: kind, tableAt: toA1(block.range.top, block.range.left) },
          block: { ...block, range: { top, bottom, left: c.col, right: c.col } },
          reason: `${KIND_NAMES[kind]}的“${c.path.join('/')}”列（${col}${top}:${col}${bottom}）有金额，但不知道它是什么：依赖这一列的检查未执行。可在任务窗格中指定这一列的含义，或用命令行 --mapping 指定`,
        });
      }
      // the fields in their order, the optional ones set only when present (three spreads of an
      // object literal per table before; the same keys in the same order, read in the same order)
      const table = { kind, block, confidence, evidence, titleDisagreement, moneyUnit, columns } as Recognised;
      if (unmappedMoney.length) table.unmappedMoney = unmappedMoney;
      table.rows = byColumn ? readRows(sheet, block, kind, columns, moneyUnit) : [];
      if (kind === 'dept-performance') table.deptForm = readDeptForm(sheet, block, moneyUnit, blockRows);
      if (kind === 'project-performance') table.projectForms = readProjectForms(sheet, block, moneyUnit, blockRows);
      tables.push(table);
    }
  }
  return { tables, unrecognised };
}
