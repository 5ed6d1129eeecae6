import procurementHierarchy from '../../../src/core/check/rules/procurement-hierarchy';
import { ruleTester, type CellSpec } from '../rule-tester';
import { procurementTable, table } from '../tables';

const S = '公开表十二 政府采购预算表';
const COLUMNS = ['采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式', '总计'];

/**
 * 江苏 2017 政府采购预算表 (江苏省人大常委会办公厅, 万元), 货物 and part of 服务 as printed; body
 * line i is row 4 + i (合计 row 4). `v` overrides amounts by row.
 */
function jiangsu(v: Record<number, number> = {}) {
  const body: CellSpec[][] = [
    ['合计', null, null, null, null, 242.6],
    ['一、货物 A', null, null, null, null, 59],
    [null, '办公设备购置费', '办公设备购置', null, null, 59],
    [null, null, null, '台式计算机（20 万以下）', '分散自行组织', 10],
    [null, null, null, '便携式计算机（20 万以下）', '分散自行组织', 14],
    [null, null, null, '其他办公设备', '分散自行组织', 8],
    [null, null, null, '图书和档案', '分散自行组织', 4],
    [null, null, null, '家具用具', '分散自行组织', 23],
    ['三、服务 C', null, null, null, null, 183.6],
    [null, '交通运行费', '公务用车运行维护费', null, null, 183.6],
    [null, null, null, '车辆维修和保养服务', '分散自行组织', 183.6],
  ];
  body.forEach((r, i) => {
    if (4 + i in v) r[5] = v[4 + i];
  });
  return table('2017 年政府采购预算表', COLUMNS, body, { sheet: S, unitLine: '部门：江苏省人大常委会办公厅' });
}

/** 江苏 2019 (江苏省高级人民法院): one 物品 bought in two ways, its second 组织形式 on a line of its own. */
const twoWays = (second: number) =>
  table(
    '政府采购预算表',
    COLUMNS,
    [
      ['合计', null, null, null, null, 646],
      ['三、服务 C', null, null, null, null, 646],
      [null, '物业管理费', '租赁费', null, null, 180],
      [null, null, null, '房屋租赁服务', '部门集中采购', 180],
      [null, null, '物业管理费', null, null, 466],
      [null, null, null, '物业管理服务', '分散自行组织', 36],
      [null, null, null, null, '部门集中采购', second],
    ],
    { sheet: S, unitLine: '部门名称：江苏省高级人民法院' },
  );

ruleTester.run(procurementHierarchy, {
  valid: [
    { name: '江苏 2017: 合计 = Σ大类, 大类 = Σ专项, 专项 = Σ物品', sheets: [jiangsu()] },
    { name: '江苏 2019: a second 组织形式 of the same 物品 on its own line (物品名称 blank) is a part', sheets: [twoWays(430)] },
    {
      name: 'a 武汉 政府采购预算表 (单位/项目/品目) is not laid out by 大类: skipped',
      sheets: [procurementTable([['202002', '武汉市江城区医疗保障服务中心', '医保经办业务经费', '复印纸', 1, 2, 2, 2, 2]])],
      skipped: /没有按“采购品目大类—专项—采购物品”逐级列示的政府采购预算表/,
    },
  ],
  invalid: [
    {
      name: '便携式计算机 17.17 (its 专项 59.00)',
      sheets: [jiangsu({ 8: 17.17 })],
      errors: [{ severity: 'error', category: 'intra', message: /政府采购预算表 办公设备购置费 办公设备购置 59\.00 ≠ 其下各采购物品之和 62\.17，差 3\.17 万元/, cells: [`${S}!F6`, `${S}!F8`] }],
    },
    {
      name: '合计 with two digits swapped (224.60)',
      sheets: [jiangsu({ 4: 224.6 })],
      errors: [{ severity: 'error', category: 'intra', message: /政府采购预算表 合计 224\.60 ≠ 各采购品目大类之和 242\.60，差 18\.00 万元/, cells: [`${S}!F4`, `${S}!F5`, `${S}!F12`] }],
    },
    {
      name: 'the line of the second 组织形式 left out of its 专项 (466.00 vs 36.00)',
      sheets: [twoWays(0)],
      errors: [{ severity: 'error', category: 'intra', message: /物业管理费 466\.00 ≠ 其下各采购物品之和 36\.00，差 430\.00 万元/, cells: [`${S}!F8`, `${S}!F9`, `${S}!F10`] }],
    },
  ],
});
