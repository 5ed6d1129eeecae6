/**
 * The user's word on tables and columns the recogniser could not read (or read wrongly):
 * "the block at 表3!A1 is a 支出总表", "column F of 表3 is 项目支出". Given in the task pane
 * (stored with the workbook's settings) or on the command line (`--mapping file.json`), and
 * applied on every check. Parsed defensively: a bad entry is dropped with a Chinese reason,
 * never thrown.
 */
import { parseA1 } from '../address';
import { KIND_NAMES, TABLE_KINDS, type TableKind } from './types';

export interface TableAssignment {
  sheet: string;
  /** A cell inside the table (its title or first cell, 'A1'); absent = the sheet's first table. */
  at?: string;
  /** The table's kind, or 'none': not a table to check (it is then listed as not recognised). */
  kind: TableKind | 'none';
}

export interface ColumnAssignment {
  sheet: string;
  /** Column letter ('F'). */
  column: string;
  /** A cell inside the table, when the sheet holds several; absent = every table of the sheet. */
  at?: string;
  /** Canonical column key ('基本支出.人员经费'); null = not a value column (ignored by the checks). */
  key: string | null;
}

export interface UserMapping {
  tables: TableAssignment[];
  columns: ColumnAssignment[];
}

export const EMPTY_MAPPING: UserMapping = Object.freeze({ tables: [], columns: [] }) as unknown as UserMapping;

/** The column meanings a user can pick, grouped as the tables use them (keys are canonical paths). */
export const COLUMN_CHOICES: { group: string; keys: string[] }[] = [
  { group: '标识', keys: ['科目编码', '科目名称', '科目编码.类', '科目编码.款', '科目编码.项', '单位代码', '单位名称', '项目编码', '项目名称', '项目', '行次'] },
  { group: '合计', keys: ['合计', '预算数', '决算数', '金额'] },
  {
    group: '支出',
    keys: ['基本支出', '基本支出.小计', '基本支出.人员经费', '基本支出.公用经费', '项目支出', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出', '单位预留机动经费', '结转下年资金'],
  },
  {
    group: '本年收入',
    keys: [
      '本年收入.小计',
      '本年收入.一般公共预算',
      '本年收入.政府性基金预算',
      '本年收入.国有资本经营预算',
      '本年收入.财政专户管理资金',
      '本年收入.事业收入',
      '本年收入.事业单位经营收入',
      '本年收入.上级补助收入',
      '本年收入.附属单位上缴收入',
      '本年收入.其他收入',
    ],
  },
  {
    group: '上年结转',
    keys: ['上年结转结余.小计', '上年结转结余.一般公共预算', '上年结转结余.政府性基金预算', '上年结转结余.国有资本经营预算', '上年结转结余.财政专户管理资金', '上年结转结余.单位资金'],
  },
  { group: '决算收入', keys: ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入', '年初结转和结余', '本年收入', '年末结转和结余'] },
  { group: '决算支出', keys: ['本年支出.小计', '本年支出.基本支出', '本年支出.项目支出', '决算数.小计', '决算数.一般公共预算', '决算数.政府性基金预算', '决算数.国有资本经营预算'] },
  {
    group: '“三公”经费',
    keys: [
      '因公出国(境)费',
      '公务用车购置及运行费',
      '公务用车购置及运行费.小计',
      '公务用车购置及运行费.公务用车购置费',
      '公务用车购置及运行费.公务用车运行费',
      '公务接待费',
      '会议费',
      '培训费',
    ],
  },
  {
    group: '项目支出表',
    keys: [
      '本年拨款.一般公共预算',
      '本年拨款.政府性基金预算',
      '本年拨款.国有资本经营预算',
      '财政拨款结转结余.一般公共预算',
      '财政拨款结转结余.政府性基金预算',
      '财政拨款结转结余.国有资本经营预算',
      '财政专户管理资金',
      '单位资金',
    ],
  },
  { group: '采购与资产', keys: ['采购金额.其中面向中小企业', '采购金额.其中面向小微企业', '购买金额', '单价', '数量'] },
];

const CHOICE_KEYS = new Set(COLUMN_CHOICES.flatMap((g) => g.keys));

/** "基本支出.人员经费" → "基本支出 › 人员经费". */
export function columnKeyLabel(key: string): string {
  return key.split('.').join(' › ');
}

/** Whether a key is one the user may assign (the canonical list above). */
export function isAssignableKey(key: string): boolean {
  return CHOICE_KEYS.has(key);
}

const COLUMN = /^[A-Z]{1,3}$/;

function validCell(at: unknown): at is string {
  if (typeof at !== 'string') return false;
  try {
    parseA1(at.toUpperCase());
    return true;
  } catch {
    return false;
  }
}

function asObject(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/**
 * Stored or given data (object or JSON text) → a mapping plus the entries dropped, each with
 * a Chinese reason. Kinds may be given by id ('expenditure-summary') or by Chinese name (支出总表).
 */
export function parseMapping(json: unknown): { mapping: UserMapping; problems: string[] } {
  const problems: string[] = [];
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch (e) {
      return { mapping: { tables: [], columns: [] }, problems: [`不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`] };
    }
  }
  const o = asObject(data);
  if (!o) return { mapping: { tables: [], columns: [] }, problems: data == null ? [] : ['应为一个对象：{ "tables": [...], "columns": [...] }'] };
  const byName = new Map<string, TableKind>(TABLE_KINDS.map((k) => [KIND_NAMES[k], k]));
  const tables: TableAssignment[] = [];
  const columns: ColumnAssignment[] = [];
  const list = (name: string): unknown[] => {
    const v = o[name];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      problems.push(`“${name}”应为数组`);
      return [];
    }
    return v;
  };
  list('tables').forEach((raw, i) => {
    const t = asObject(raw);
    const where = `tables[${i}]`;
    if (!t || typeof t.sheet !== 'string' || !t.sheet) return void problems.push(`${where}：缺少工作表名 sheet`);
    if (t.at !== undefined && !validCell(t.at)) return void problems.push(`${where}：at 不是单元格地址：${String(t.at)}`);
    const kind = typeof t.kind === 'string' ? (t.kind === 'none' || t.kind === '不是公开表' ? 'none' : (TABLE_KINDS as readonly string[]).includes(t.kind) ? (t.kind as TableKind) : byName.get(t.kind)) : undefined;
    if (!kind) return void problems.push(`${where}：不认识的表种 kind：${String(t.kind)}（可用：${TABLE_KINDS.join('、')}、none）`);
    tables.push({ sheet: t.sheet, ...(t.at ? { at: (t.at as string).toUpperCase() } : {}), kind });
  });
  list('columns').forEach((raw, i) => {
    const c = asObject(raw);
    const where = `columns[${i}]`;
    if (!c || typeof c.sheet !== 'string' || !c.sheet) return void problems.push(`${where}：缺少工作表名 sheet`);
    const column = typeof c.column === 'string' ? c.column.trim().toUpperCase() : '';
    if (!COLUMN.test(column)) return void problems.push(`${where}：column 应为列字母（如 "F"），收到：${String(c.column)}`);
    if (c.at !== undefined && !validCell(c.at)) return void problems.push(`${where}：at 不是单元格地址：${String(c.at)}`);
    const key = c.key === null || c.key === '' || c.key === 'none' ? null : typeof c.key === 'string' ? c.key.replace(/\s*›\s*/g, '.').replace(/（/g, '(').replace(/）/g, ')') : undefined;
    if (key === undefined || (key !== null && !isAssignableKey(key))) return void problems.push(`${where}：不认识的列含义 key：${String(c.key)}`);
    columns.push({ sheet: c.sheet, column, ...(c.at ? { at: (c.at as string).toUpperCase() } : {}), key });
  });
  return { mapping: { tables, columns }, problems };
}

/** A copy with one table assignment set (replacing the one for the same table). */
export function withTable(m: UserMapping, a: TableAssignment): UserMapping {
  return { ...m, tables: [...m.tables.filter((t) => !(t.sheet === a.sheet && t.at === a.at)), a] };
}

/** A copy with one column assignment set (replacing the one for the same column and table). */
export function withColumn(m: UserMapping, a: ColumnAssignment): UserMapping {
  return { ...m, columns: [...m.columns.filter((c) => !(c.sheet === a.sheet && c.column === a.column && c.at === a.at)), a] };
}

export function isEmptyMapping(m: UserMapping | undefined): boolean {
  return !m || (m.tables.length === 0 && m.columns.length === 0);
}
