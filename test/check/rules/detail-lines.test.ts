import { assetLines, procurementLines } from '../../../src/core/check/rules/detail-lines';
import { ruleTester, type CellSpec } from '../rule-tester';
import { assetTable, generalTable, int, procurementTable } from '../tables';

const P = '表11 政府采购预算表';
const A = '表13 资产配置预算表';
const UNIT = '202002';
const CENTRE = '武汉市江城区医疗保障服务中心';
const noDetail = [generalTable([[null, '合计', 1, 1, 1, 0, 0]])];

/** A procurement line: 数量, 单价, 采购金额, 中小, 小微 (row 5 is the 合计 line, lines from row 6). */
const line = (item: string, n: CellSpec, price: CellSpec, amount: CellSpec, sme: CellSpec, micro: CellSpec): CellSpec[] => [UNIT, CENTRE, '医保经办业务经费', item, n, price, amount, sme, micro];
const procurement = (...lines: CellSpec[][]) => procurementTable([[null, '合计', null, null, null, null, 25.9, 14.7, 14.7], ...lines]);

ruleTester.run(procurementLines, {
  valid: [
    {
      name: 'S003 lines where 采购金额 = 数量 × 单价 and 小微 ≤ 中小 ≤ 合计',
      sheets: [procurement(line('复印纸', int(1), 2, 2, 2, 2), line('物业管理服务', int(1), 23.2, 23.2, 12, 12), line('便携式计算机', int(1), 0.7, 0.7, 0.7, 0.7))],
    },
    {
      name: '3 × 0.33 = 0.99 printed as 1.00 is within rounding',
      sheets: [procurementTable([line('复印纸', int(3), 0.33, 1, 1, 1)])],
    },
    { name: 'a line without 数量 or 单价 is not multiplied', sheets: [procurementTable([line('物业管理服务', null, null, 23.2, 12, 12)])] },
    { name: 'no 政府采购预算表: skipped', sheets: noDetail, skipped: /没有政府采购预算表/ },
  ],
  invalid: [
    {
      name: 'S003 物业管理服务: 数量 2 × 单价 23.20 = 46.40 ≠ 23.20 (warning)',
      sheets: [procurement(line('复印纸', int(1), 2, 2, 2, 2), line('物业管理服务', int(2), 23.2, 23.2, 12, 12), line('便携式计算机', int(1), 0.7, 0.7, 0.7, 0.7))],
      errors: [{ severity: 'warning', category: 'intra', message: /政府采购预算表 202002 医保经办业务经费：采购金额 23\.20 ≠ 数量 2 × 单价 23\.20 = 46\.40，差 23\.20 万元/, cells: [`${P}!G7`, `${P}!E7`, `${P}!F7`] }],
    },
    {
      name: '小微 3.00 > 中小 2.00, and 中小 30.00 > 采购金额 25.90 on the 合计 line',
      sheets: [procurementTable([[null, '合计', null, null, null, null, 25.9, 30, 14.7], line('复印纸', int(1), 2, 2, 2, 3)])],
      errors: [
        { severity: 'error', category: 'intra', message: /政府采购预算表 合计行 采购金额 25\.90 小于 其中面向中小企业 30\.00，差 4\.10 万元（面向中小企业的部分不能超过采购金额）/, cells: [`${P}!G5`, `${P}!H5`] },
        { severity: 'error', category: 'intra', message: /政府采购预算表 202002 医保经办业务经费 面向中小企业 2\.00 小于 其中面向小微企业 3\.00，差 1\.00 万元（小微企业包含在中小企业之内）/, cells: [`${P}!H6`, `${P}!I6`] },
      ],
    },
    {
      // (was a bug, fixed) a count printed as an integer ("1") is given a ±0.5 rounding interval, so
      // 数量 1 × 单价 0.70 tolerates an amount anywhere in 0.34…1.06; 1.05 passes unreported.
      name: '数量 1 × 单价 0.70 = 0.70 ≠ 采购金额 1.05',
      sheets: [procurementTable([line('便携式计算机', int(1), 0.7, 1.05, 1.05, 1.05)])],
      errors: [{ severity: 'warning', message: /采购金额 1\.05 ≠ 数量 1 × 单价 0\.70 = 0\.70，差 0\.35 万元/, cells: [`${P}!G5`, `${P}!E5`, `${P}!F5`] }],
    },
    {
      name: 'severity override (rule setting replaces the per-finding severity)',
      sheets: [procurementTable([line('物业管理服务', int(2), 23.2, 23.2, 12, 12)])],
      config: { rules: { 'intra/procurement-lines': 'info' } },
      errors: [{ severity: 'info', message: /数量 2 × 单价 23\.20 = 46\.40/ }],
    },
  ],
});

/** An asset line: 数量, 单价, 金额, 审核单价, 审核数量, 审核金额 (lines from row 5). */
const asset = (n: CellSpec, price: CellSpec, amount: CellSpec, aPrice: CellSpec, aN: CellSpec, aAmount: CellSpec): CellSpec[] => [UNIT, CENTRE, '便携式计算机', n, price, amount, aPrice, aN, aAmount];

ruleTester.run(assetLines, {
  valid: [
    { name: 'S003 金额 0.70 = 1 × 0.70, 审核 0.70 = 1 × 0.70', sheets: [assetTable([asset(int(1), 0.7, 0.7, 0.7, int(1), 0.7)])] },
    { name: '3 × 0.33 = 0.99 printed as 1.00 is within rounding', sheets: [assetTable([asset(int(3), 0.33, 1, 0.33, int(3), 1)])] },
    { name: 'no 资产配置预算表: skipped', sheets: noDetail, skipped: /没有资产配置预算表/ },
  ],
  invalid: [
    {
      name: '金额 1.40 ≠ 1 × 0.70',
      sheets: [assetTable([asset(int(1), 0.7, 1.4, 0.7, int(1), 0.7)])],
      errors: [{ severity: 'error', category: 'intra', message: /资产配置预算表 202002 武汉市江城区医疗保障服务中心：金额 1\.40 ≠ 数量 1 × 单价 0\.70 = 0\.70，差 0\.70 万元/, cells: [`${A}!F5`, `${A}!D5`, `${A}!E5`] }],
    },
    {
      name: '财政审核金额 0.70 ≠ 审核数量 2 × 审核单价 0.70',
      sheets: [assetTable([asset(int(1), 0.7, 0.7, 0.7, int(2), 0.7)])],
      errors: [{ severity: 'error', category: 'intra', message: /财政审核金额 0\.70 ≠ 数量 2 × 单价 0\.70 = 1\.40，差 0\.70 万元/, cells: [`${A}!I5`, `${A}!H5`, `${A}!G5`] }],
    },
    {
      // (was a bug, fixed) as for 政府采购, a count "1" is taken as 0.5…1.5
      name: '金额 1.05 ≠ 1 × 0.70',
      sheets: [assetTable([asset(int(1), 0.7, 1.05, 0.7, int(1), 0.7)])],
      errors: [{ severity: 'error', message: /金额 1\.05 ≠ 数量 1 × 单价 0\.70 = 0\.70，差 0\.35 万元/ }],
    },
  ],
});
