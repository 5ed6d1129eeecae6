import { findSheet, cellAt } from '../../workbook';
import type { TableKind } from '../../recognize';
import type { Rule } from '../types';
import { paragraphLocation } from '../../narrative/source';
import { isEmptyTable } from './helpers';

export const NOTE = /(空表|表为空|无数据|无[^。]{0,24}(支出|收入|经费|资金|安排|数据|事项|项目|预算)|没有[^。]{0,24}(支出|收入|经费|资金|安排|数据)|未安排|不涉及|均为0|为零)/;

/** The words a narrative uses for a table's subject ("本部门无政府性基金预算"). */
export const TOPIC: Partial<Record<TableKind, RegExp>> = {
  'gov-fund': /政府性基金/,
  'state-capital': /国有资本经营/,
  'three-public': /三公/,
  procurement: /政府采购/,
  'purchase-services': /购买服务/,
  'asset-allocation': /资产配置/,
  'project-expenditure': /项目支出/,
};

/** Kinds that are no table of figures (the narrative, the performance forms). */
const NOT_TABLES = new Set<TableKind>(['narrative', 'dept-performance', 'project-performance']);

/** A table with no figures must say so (本表为空表 / 本单位无…). */
const rule: Rule = {
  meta: {
    id: 'compliance/empty-table-note',
    category: 'compliance',
    severity: 'error',
    title: '空表须说明',
    description: '没有数据的表也要列出，并说明（如“本单位2025年无政府性基金预算支出，本表为空表”）：表内、备注和情况说明都没有说明时为错误；只在情况说明中说明时提示在表内也注明。',
    implements: ['STD-02'],
    example: '政府性基金预算支出表没有数据，也没有“本表为空表”之类的说明',
  },
  check(ctx) {
    const tables = ctx.model.tables.filter((t) => !NOT_TABLES.has(t.kind) && t.columns.length > 0);
    if (tables.length === 0) return ctx.skip('没有可检查的表');
    for (const t of tables) {
      if (!isEmptyTable(t)) continue;
      const sheet = findSheet(ctx.model.wb, t.block.sheet);
      const texts = [...t.block.notes.map((n) => n.text)];
      if (sheet) {
        const { top, bottom, left, right } = t.block.range;
        // bounded by the cells each row has, not by the block's rectangle (a stray far cell widens it)
        for (let r = top; r <= Math.min(bottom + 3, sheet.rowCount); r++) for (let c = left; c <= Math.min(right, sheet.rows[r - 1]?.length ?? 0); c++) {
          const cell = cellAt(sheet, r, c);
          // the title names the table ("无锡市…"), it is no note
          if (cell?.type === 'string' && cell.address !== t.block.title?.cell) texts.push(cell.text);
        }
      }
      if (texts.some((x) => NOTE.test(x))) continue;
      // explained in the narrative only: a recommendation to say it in the table too
      const topic = TOPIC[t.kind];
      // a sentence that says it is in a paragraph that holds the topic and a note (the paragraph is split only then)
      const said = topic ? ctx.model.narrative.find((p) => topic.test(p.text) && NOTE.test(p.text) && p.text.split(/[。；]/).some((s) => topic.test(s) && NOTE.test(s))) : undefined;
      if (said) {
        const sentence = said.text.split(/[。；]/).find((s) => topic!.test(s) && NOTE.test(s))!.trim();
        ctx.report({
          severity: 'warning',
          message: `${ctx.model.name(t)}（${t.block.sheet}）没有数据，表内没有说明；情况说明中已写“${sentence.length > 40 ? `${sentence.slice(0, 40)}…` : sentence}”，建议在表内也注明“本表为空表”`,
          locations: [{ sheet: t.block.sheet, cell: t.block.title?.cell ?? 'A1' }, paragraphLocation(said)],
          expected: '空表说明',
          actual: null,
        });
        continue;
      }
      ctx.report({
        message: `${ctx.model.name(t)}（${t.block.sheet}）没有数据，也没有“本表为空表”或“本单位无……”的说明`,
        locations: [{ sheet: t.block.sheet, cell: t.block.title?.cell ?? 'A1' }],
        expected: '空表说明',
        actual: null,
      });
    }
  },
};
export default rule;
