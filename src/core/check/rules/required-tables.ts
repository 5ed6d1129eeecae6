import type { TableKind } from '../../recognize';
import { KIND_NAMES } from '../../recognize';
import { norm } from '../../recognize/text';
import { tableKindName } from '../../model/model';
import type { Rule } from '../types';
import { paragraphLocation } from '../../narrative/source';

/** Local tables that must be present when the narrative states an amount for them. */
const STATED: [TableKind, RegExp][] = [
  ['procurement', /政府采购(预算)?(总额|总金额|金额)?[^。；]{0,12}?(\d+(?:\.\d+)?)\s*万元/],
  ['purchase-services', /政府购买服务[^。；]{0,24}?(\d+(?:\.\d+)?)\s*万元/],
];

const rule: Rule = {
  meta: {
    id: 'compliance/required-tables',
    category: 'compliance',
    severity: 'error',
    title: '公开表格齐全',
    description: '按文件所用模板检查表格是否齐全（模板由工作簿中的表判断）：武汉区级预算须有收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、基本支出表、“三公”经费表、政府性基金预算支出表、国有资本经营预算支出表（缺少时提示）、项目支出表和绩效目标表；江苏省级预算为 12 张表（另有财政拨款支出表、财政拨款基本支出表、机关运行经费支出表、政府采购预算表，没有项目支出表和绩效目标表）；决算公开须有公开01–09表。模板没有的表不算缺少。情况说明写有政府采购、政府购买服务金额时须有对应的表。空表也应列出。',
    implements: ['STD-01'],
    example: '缺少项目支出表（表9 标题为项目支出表，内容却是国有资本经营预算支出表）',
  },
  check(ctx) {
    const kind = ctx.model.kind;
    const template = ctx.model.template;
    if (!kind || !template) return ctx.skip('无法判断是预算还是决算公开');
    const present = new Set(ctx.model.tables.map((t) => t.kind));
    for (const [k, severity] of template.profile.tables) {
      if (present.has(k)) continue;
      const misnamed = ctx.model.tables.find((t) => t.titleDisagreement?.titleKind === k);
      // the 目录 (or a heading) that lists the missing table
      const name = tableKindName(k, kind);
      const listed = misnamed ? undefined : ctx.model.narrative.find((p) => p.text.length <= 40 && norm(p.text).includes(norm(name).replace(/[“”"]/g, '')));
      ctx.report({
        severity,
        message: `缺少${name}${listed ? `（目录列有“${listed.text.trim()}”）` : ''}${misnamed ? `（${misnamed.titleDisagreement?.source === 'sheet' ? '工作表' : '标题'}“${misnamed.titleDisagreement?.text}”像${KIND_NAMES[k]}，内容却是${KIND_NAMES[misnamed.kind]}）` : ''}${severity === 'error' ? '' : '（部分年度或地区的模板没有此表，请核实）'}`,
        locations: misnamed ? [{ sheet: misnamed.block.sheet, cell: misnamed.block.title?.cell ?? 'A1' }] : listed ? [paragraphLocation(listed)] : [],
        expected: KIND_NAMES[k],
        actual: null,
      });
    }
    if (kind !== 'budget') return;
    for (const [k, re] of STATED) {
      if (present.has(k)) continue;
      const hit = ctx.model.narrative.map((n) => ({ n, m: re.exec(n.text) })).find((x) => x.m && Number(x.m[x.m.length - 1]) > 0);
      if (!hit || !hit.m) continue;
      ctx.report({
        message: `情况说明写有“${hit.m[0]}”，但没有${KIND_NAMES[k]}`,
        locations: [paragraphLocation(hit.n)],
        expected: KIND_NAMES[k],
        actual: null,
      });
    }
  },
};
export default rule;
