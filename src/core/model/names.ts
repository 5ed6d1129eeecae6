/** Names of the table kinds as a document calls them (light: the pane's first script and the CLI's main thread use it). */
import { KIND_NAMES, type TableKind } from '../recognize/types';

/** 决算 names of the tables (公开01–09表). */
const FINAL_NAMES: Partial<Record<TableKind, string>> = {
  'income-expense-summary': '收入支出决算总表',
  'income-summary': '收入决算表',
  'expenditure-summary': '支出决算表',
  'fiscal-summary': '财政拨款收入支出决算总表',
  'general-budget-expenditure': '一般公共预算财政拨款支出决算表',
  'basic-expenditure': '一般公共预算财政拨款基本支出决算明细表',
  'three-public': '财政拨款“三公”经费支出决算表',
  'gov-fund': '政府性基金预算财政拨款收入支出决算表',
  'state-capital': '国有资本经营预算财政拨款支出决算表',
};

/** The name of a table kind as the document calls it (决算 tables have their own names). */
export function tableKindName(kind: TableKind, documentKind: 'budget' | 'final' | null | undefined): string {
  return (documentKind === 'final' ? FINAL_NAMES[kind] : undefined) ?? KIND_NAMES[kind];
}
