/**
 * compliance/narrative-sections (issue 16): the parts of the 情况说明 its template lists. The
 * headings are those of ../shared/seeds/003 (青山区医疗保障服务中心 2026 预算, 武汉区级模板) and
 * ../shared/real/js-fy-2019-budget (江苏省高级人民法院 2019); the invalid cases leave parts out.
 */
import { narrativeSections } from '../../../src/core/check/rules/narrative-sections';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';
// S003 一、收支预算总体安排情况 (a body paragraph under each heading, so that the sheet reads as a 情况说明)
const BODY = '收入预算 217.98 万元，其中：一般公共预算拨款收入 217.98 万元，占 100%。支出预算 217.98 万元，其中：基本支出 161.18 万元，占 73.94%；项目支出 56.80 万元，占 26.06%。';
const QINGSHAN = [
  '第一部分 武汉市青山区医疗保障服务中心概况',
  '一、部门主要职能',
  '二、部门预算单位构成',
  '三、部门人员构成',
  '第二部分 武汉市青山区医疗保障服务中心 2026 年部门预算表',
  '第三部分 武汉市青山区医疗保障服务中心 2026 年部门预算情况说明',
  '一、收支预算总体安排情况',
  '二、收入预算安排情况',
  '三、支出预算安排情况',
  '四、财政拨款收支预算总体情况',
  '五、一般公共预算支出安排情况',
  '六、一般公共预算基本支出安排情况',
  '七、一般公共预算“三公”经费支出安排情况',
  '八、政府性基金预算支出安排情况',
  '九、国有资本经营预算支出安排情况',
  '十、项目支出安排情况',
  '十一、其他重要事项的情况说明',
  '(一)机关运行经费情况',
  '(二)政府采购预算情况',
  '(三)政府购买服务预算情况',
  '(四)行政事业性国有资产配置预算及车辆情况',
  '(五)绩效目标设置情况',
  '第四部分 名词解释',
].flatMap((h) => (/^[一二三四五六七八九十]+、|^\(/.test(h) ? [h, BODY] : [h]));

ruleTester.run(narrativeSections, {
  valid: [
    { name: 'S003: every part of the 武汉区级 template', sheets: [narrativeSheet(QINGSHAN)] },
    { name: 'no headings at all: cannot be checked', sheets: [narrativeSheet([BODY, BODY, BODY, BODY])], skipped: /没有可辨认的标题/ },
  ],
  invalid: [
    {
      name: 'S003 without (四) 国有资产 and (五) 绩效',
      sheets: [narrativeSheet(QINGSHAN.filter((h) => !/国有资产|绩效/.test(h)))],
      errors: [{ severity: 'warning', category: 'compliance', message: /情况说明没有“国有资产占用情况（车辆、大额设备）”、“预算绩效（绩效目标\/绩效自评）”部分（部门预算公开（武汉区级模板/, cells: [`${N}!A1`] }],
    },
    {
      name: 'S003 without 二、部门预算单位构成 and 九、国有资本经营 (a recommended part: a hint)',
      sheets: [narrativeSheet(QINGSHAN.filter((h) => !/单位构成|国有资本/.test(h)))],
      errors: [
        { severity: 'warning', message: /没有“机构设置与预算单位构成”部分/ },
        { severity: 'info', message: /没有“国有资本经营预算情况”部分.*请确认是否需要/ },
      ],
    },
  ],
});
