/**
 * A consistent small 预算 workbook for the narrative (情况说明) rule tests: every table agrees,
 * so a narrative that states the table figures right gives no finding.
 *
 *   收支总表        收入总计 100.00 = 一般公共预算拨款收入 100.00; 卫生健康支出 80.00 (D5), 住房保障支出 20.00 (D6)
 *   一般公共预算支出表 合计 100.00 = 基本 90.00 (人员 80.00, 公用 10.00) + 项目 10.00 (row 5)
 *   基本支出表      合计 90.00 (row 5); 301 80.00 (30101 基本工资 50.00, 30102 津贴补贴 10.00, 30113 住房公积金 20.00);
 *                  302 10.00 (row 10; 30201 办公费 6.00, 30299 其他商品和服务支出 4.00)
 *   项目支出表      医保经办业务经费 10.00
 *   “三公”经费表    合计 3.00 = 出国 0 + 公车 2.00 (购置 0, 运行 2.00) + 接待 1.00
 */
import type { CellSpec, SheetSpec } from './rule-tester';
import { basicTable, generalTable, narrativeSheet, projectTable, standardSummary, threePublicTable, type TableSheet } from './tables';

export const N = '情况说明';
export const S = '表1 收支总表';
export const G = '表5 一般公共预算支出表';
export const B = '表6 一般公共预算基本支出表';
export const P = '表10 项目支出表';
export const T3 = '表7 “三公”经费支出表';

export function summary(): TableSheet {
  return standardSummary();
}

export function general(): TableSheet {
  return generalTable([
    [null, '合计', 100, 90, 80, 10, 10],
    ['210', '卫生健康支出', 80, 70, 60, 10, 10],
    ['21015', '医疗保障管理事务', 80, 70, 60, 10, 10],
    ['2101501', '行政运行', 70, 70, 60, 10, 0],
    ['2101502', '一般行政管理事务', 10, 0, 0, 0, 10],
    ['221', '住房保障支出', 20, 20, 20, 0, 0],
    ['22102', '住房改革支出', 20, 20, 20, 0, 0],
    ['2210201', '住房公积金', 20, 20, 20, 0, 0],
  ]);
}

export function basic(rows?: CellSpec[][]): TableSheet {
  return basicTable(
    rows ?? [
      [null, '合计', 90, 80, 10],
      ['301', '工资福利支出', 80, 80, 0],
      ['30101', '基本工资', 50, 50, 0],
      ['30102', '津贴补贴', 10, 10, 0],
      ['30113', '住房公积金', 20, 20, 0],
      ['302', '商品和服务支出', 10, 0, 10],
      ['30201', '办公费', 6, 0, 6],
      ['30299', '其他商品和服务支出', 4, 0, 4],
    ],
  );
}

export function projects(): TableSheet {
  return projectTable([
    [null, '合计', null, 10, 10, 0, 0, 0],
    ['420116260001', '医保经办业务经费', '武汉市江城区医疗保障局', 10, 10, 0, 0, 0],
  ]);
}

export function threePublic(): TableSheet {
  return threePublicTable([3, 0, 2, 0, 2, 1]);
}

/** The tables above, then the narrative (paragraph i in 情况说明!A(i + 2)). */
export function workbook(paragraphs: string[], opts: { heading?: string } = {}): SheetSpec[] {
  return [summary(), general(), basic(), projects(), threePublic(), narrativeSheet(paragraphs, opts)];
}

/** '情况说明!A(i + 2)': the cell of narrative paragraph i (0-based). */
export function para(i: number): string {
  return `${N}!A${i + 2}`;
}
