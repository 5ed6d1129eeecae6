/**
 * The 决算 情况说明 (domain.md §3.2, sections 一–十三 of the national template, as seed S002 has
 * them): 收入支出总体, 收入, 支出, 财政拨款收支, 一般公共预算财政拨款支出 (总体, 结构, 具体: 完成年初预算
 * per 项), 基本支出, 政府性基金, 国有资本经营, “三公”, 机关运行经费, 政府采购, 国有资产, 预算绩效, 名词解释.
 */
import { fill, type Fig } from './format';
import { functionName } from './figures';
import { cnNumber, functionPath, glossary } from './glossary';
import { change, completion, functionsAt, isPositive, missing, ROUNDING_NOTE, Section, share, unreadable, value, wan, type Ctx } from './compose';
import type { NarrativeSection } from './types';

const INCOME_ITEMS: [string, string][] = [
  ['in:一般公共预算', '一般公共预算财政拨款收入'],
  ['in:政府性基金预算', '政府性基金预算财政拨款收入'],
  ['in:国有资本经营预算', '国有资本经营预算财政拨款收入'],
  ['in:上级补助收入', '上级补助收入'],
  ['in:事业收入', '事业收入'],
  ['in:事业单位经营收入', '经营收入'],
  ['in:附属单位上缴收入', '附属单位上缴收入'],
  ['in:其他收入', '其他收入'],
];

export function finalSections(ctx: Ctx): NarrativeSection[] {
  return [overview(ctx), income(ctx), expense(ctx), fiscal(ctx), general(ctx), basic(ctx), fund(ctx, 'gov-fund'), fund(ctx, 'state-capital'), threePublic(ctx), running(ctx), procurement(ctx), assets(ctx), performance(ctx), terms(ctx)].map((s) => s.done());
}

function overview(ctx: Ctx): Section {
  const s = new Section('overview', '一、收入支出决算总体情况说明');
  const total = value(ctx, 'in:收入总计');
  if (!total) s.add(`${ctx.year}年度收、支总计均为${missing(ctx, '收入支出决算总表', '收、支总计')}万元。`);
  else {
    const c = change(ctx, 'in:收入总计', total, { required: true });
    s.add(`${ctx.year}年度收、支总计均为${wan(total)}${c.text}。`, [c.ref]);
  }
  return s;
}

function income(ctx: Ctx): Section {
  const s = new Section('income', '二、收入决算情况说明');
  const total = value(ctx, 'in:本年收入合计');
  if (!total) {
    s.add(`${ctx.year}年度收入合计${missing(ctx, '收入支出决算总表', '收入合计')}万元。`);
    return s;
  }
  const c = change(ctx, 'in:本年收入合计', total, { required: true });
  const items = INCOME_ITEMS.map(([k, n]) => [value(ctx, k), n] as const).filter(([f]) => isPositive(f)) as [Fig, string][];
  const list = items.map(([f, n]) => `${n}${wan(f)}${share(ctx, f, total, '占本年收入')}`).join('；');
  s.add(`${ctx.year}年度收入合计${wan(total)}${c.text}。${list ? `其中：${list}。` : ''}`, [c.ref]);
  return s;
}

function expense(ctx: Ctx): Section {
  const s = new Section('expense', '三、支出决算情况说明');
  const total = value(ctx, 'ex:本年支出合计') ?? value(ctx, 'ex:合计');
  if (!total) {
    s.add(`${ctx.year}年度支出合计${missing(ctx, '支出决算表', '支出合计')}万元。`);
    return s;
  }
  const c = change(ctx, 'ex:本年支出合计', total, { required: true });
  const parts: string[] = [];
  for (const [k, n] of [
    ['ex:基本支出', '基本支出'],
    ['ex:项目支出', '项目支出'],
    ['ex:上缴上级支出', '上缴上级支出'],
    ['ex:事业单位经营支出', '经营支出'],
    ['ex:对附属单位补助支出', '对附属单位补助支出'],
  ] as const) {
    const f = value(ctx, k);
    if (!isPositive(f)) continue;
    parts.push(`${n}${wan(f)}${share(ctx, f, total, '占本年支出')}`);
  }
  s.add(`${ctx.year}年度支出合计${wan(total)}${c.text}。${parts.length ? `其中：${parts.join('；')}。` : ''}`, [c.ref]);
  return s;
}

function fiscal(ctx: Ctx): Section {
  const s = new Section('fiscal', '四、财政拨款收入支出决算总体情况说明');
  const total = value(ctx, 'fiscal:收支总计');
  if (!total) {
    s.add(`${ctx.year}年度财政拨款收、支总计均为${missing(ctx, '财政拨款收入支出决算总表', '财政拨款收、支总计')}万元。`);
    return s;
  }
  const c = change(ctx, 'fiscal:收支总计', total, { required: true });
  s.add(`${ctx.year}年度财政拨款收、支总计均为${wan(total)}${c.text}。`, [c.ref]);
  const parts: string[] = [];
  const refs = [];
  for (const [fund, n] of [
    ['一般公共预算', '一般公共预算财政拨款收入'],
    ['政府性基金预算', '政府性基金预算财政拨款收入'],
    ['国有资本经营预算', '国有资本经营预算财政拨款收入'],
  ] as const) {
    const key = `fiscal:in:${fund}`;
    const f = value(ctx, key);
    if (!f) continue;
    const ch = change(ctx, key, f);
    if (!isPositive(f) && !ch.ref) continue;
    parts.push(`${n}${wan(f)}${ch.text}`);
    refs.push(ch.ref);
  }
  if (parts.length) s.add(`${ctx.year}年度财政拨款收入中，${parts.join('；')}。`, refs);
  return s;
}

function general(ctx: Ctx): Section {
  const s = new Section('general', '五、一般公共预算财政拨款支出决算情况说明');
  const total = value(ctx, 'gb:合计');
  if (!total) {
    s.add(`${ctx.year}年度一般公共预算财政拨款支出${missing(ctx, '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款支出')}万元。`);
    return s;
  }
  const all = value(ctx, 'ex:本年支出合计') ?? value(ctx, 'ex:合计');
  s.add('（一）一般公共预算财政拨款支出决算总体情况');
  const c = change(ctx, 'gb:合计', total, { required: true });
  s.add(`${ctx.year}年度一般公共预算财政拨款支出${wan(total)}${all ? share(ctx, total, all, '占本年支出合计的') : ''}${c.text}。`, [c.ref]);
  s.add('（二）一般公共预算财政拨款支出决算结构情况');
  const classes = functionsAt(ctx, 1);
  s.add(`${ctx.year}年度一般公共预算财政拨款支出${wan(total)}，主要用于以下方面：`);
  classes.forEach(([x, f], i) => s.add(`${i + 1}. ${x.name}${wan(f)}${share(ctx, f, total)}。`));
  s.add('（三）一般公共预算财政拨款支出决算具体情况');
  const done = completion(ctx, 'gb:合计', total);
  const basicF = value(ctx, 'gb:基本支出');
  const projectF = value(ctx, 'gb:项目支出');
  const split = basicF && projectF ? `其中：基本支出${wan(basicF)}，项目支出${wan(projectF)}。` : '';
  s.add(`${ctx.year}年度一般公共预算财政拨款支出${done.text}。${split}`, [done.ref]);
  let klass = '';
  let n = 0;
  let k = 0;
  for (const x of ctx.f.functions.filter((f) => f.level === 3)) {
    const f = value(ctx, `fn:${x.code}`) as Fig;
    const early = ctx.prior.budget(`fn:${x.code}`);
    if (!isPositive(f) && !(early && early.gt(0))) continue;
    if (x.code.slice(0, 3) !== klass) {
      klass = x.code.slice(0, 3);
      s.add(`${++n}. ${functionName(ctx.f, klass)}`);
      k = 0;
    }
    const d = completion(ctx, `fn:${x.code}`, f);
    s.add(`(${++k}) ${functionPath(ctx.f, x.code)}${d.text}。`, [d.ref]);
  }
  return s;
}

function basic(ctx: Ctx): Section {
  const s = new Section('basic', '六、一般公共预算财政拨款基本支出决算情况说明');
  const people = value(ctx, 'basic:人员经费');
  const office = value(ctx, 'basic:公用经费');
  const total = value(ctx, 'basic:合计') ?? value(ctx, 'gb:基本支出');
  if (!total) {
    s.add(`${ctx.year}年度一般公共预算财政拨款基本支出${missing(ctx, '一般公共预算财政拨款基本支出决算明细表', '基本支出')}万元。`);
    return s;
  }
  s.add(`${ctx.year}年度一般公共预算财政拨款基本支出${wan(total)}${people && office ? `，其中：人员经费${wan(people)}，公用经费${wan(office)}` : ''}。`);
  for (const [i, name, fig, classes] of [
    [0, '人员经费', people, ['301', '303']],
    [1, '公用经费', office, ['302', '310', '309', '399']],
  ] as const) {
    if (!fig) continue;
    const items = ctx.f.economics
      .filter((e) => e.code.length === 5 && (classes as readonly string[]).includes(e.code.slice(0, 3)))
      .map((e) => [e, value(ctx, `econ:${e.code}`)] as const)
      .filter(([, f]) => isPositive(f))
      .map(([e, f]) => `${e.name}${wan(f as Fig)}`);
    s.add(`${cnNumber(i)}${name}${wan(fig)}${items.length ? `，主要包括：${items.join('、')}` : ''}。`);
  }
  return s;
}

function fund(ctx: Ctx, kind: 'gov-fund' | 'state-capital'): Section {
  const gov = kind === 'gov-fund';
  const s = new Section(kind, gov ? '七、政府性基金预算财政拨款收入支出决算情况说明' : '八、国有资本经营预算财政拨款支出决算情况说明');
  const name = gov ? '政府性基金预算' : '国有资本经营预算';
  const p = gov ? 'fund' : 'capital';
  const spent = value(ctx, `${p}:合计`);
  const figures = [spent, value(ctx, `${p}:年初结转和结余`), value(ctx, `${p}:本年收入`), value(ctx, `${p}:年末结转和结余`)];
  if (!ctx.f.tables.has(kind)) {
    s.add(missing(ctx, `${name}财政拨款${gov ? '收入' : ''}支出决算表`, `${name}财政拨款${gov ? '收入' : ''}支出情况`));
    return s;
  }
  if (ctx.f.emptyTables.has(kind)) {
    s.add(`${ctx.year}年度本单位无${name}财政拨款${gov ? '收入' : ''}支出。`);
    return s;
  }
  const parts: string[] = [];
  const start = value(ctx, `${p}:年初结转和结余`);
  const got = value(ctx, `${p}:本年收入`);
  const end = value(ctx, `${p}:年末结转和结余`);
  if (!figures.some(isPositive)) {
    s.add(unreadable(ctx, `${name}财政拨款${gov ? '收入' : ''}支出决算表`, `${name}财政拨款${gov ? '收入' : ''}支出情况`));
    return s;
  }
  if (start) parts.push(`年初结转和结余${wan(start)}`);
  if (got) parts.push(`当年收到${wan(got)}`);
  if (spent) parts.push(`当年${name}财政拨款安排的支出${wan(spent)}`);
  if (end) parts.push(`结转下年${wan(end)}`);
  s.add(`${ctx.year}年度本单位${name}财政拨款${parts.join('，')}。`);
  return s;
}

function threePublic(ctx: Ctx): Section {
  const s = new Section('three-public', '九、财政拨款“三公”经费支出决算情况说明');
  const total = value(ctx, '三公:合计');
  if (!ctx.f.tables.has('three-public') || !total) {
    s.add(missing(ctx, '财政拨款“三公”经费支出决算表', '“三公”经费支出决算情况'));
    return s;
  }
  const planned = ctx.prior.budget('三公:合计');
  s.add('（一）“三公”经费财政拨款支出决算总体情况说明');
  if (!isPositive(total) && !(planned && planned.gt(0))) {
    s.add(`本单位${ctx.year}年度无“三公”经费财政拨款支出预算和决算数。`);
    s.add('（二）“三公”经费财政拨款支出决算具体情况说明');
    s.add(`1. 本单位${ctx.year}年度无因公出国（境）费支出。`);
    s.add(`2. 本单位${ctx.year}年度无公务用车购置及运行维护费支出。`);
    s.add(`3. 本单位${ctx.year}年度无公务接待费支出。`);
    return s;
  }
  const done = completion(ctx, '三公:合计', total, true);
  const items = [
    ['三公:因公出国(境)费', '因公出国（境）费'],
    ['三公:公务用车购置及运行费', '公务用车购置及运行维护费'],
    ['三公:公务接待费', '公务接待费'],
  ] as const;
  const list = items.map(([k, n]) => [value(ctx, k), n] as const).filter(([f]) => f) as [Fig, string][];
  s.add(`${ctx.year}年度“三公”经费财政拨款支出${done.text}。${list.length ? `其中：${list.map(([f, n]) => `${n}支出决算${wan(f)}${share(ctx, f, total)}`).join('；')}。` : ''}`, [done.ref]);
  s.add('（二）“三公”经费财政拨款支出决算具体情况说明');
  const abroad = value(ctx, '三公:因公出国(境)费');
  s.add(isPositive(abroad) ? `1. 因公出国（境）费支出决算${wan(abroad)}，全年安排因公出国（境）团组${fill('团组数')}个，累计${fill('人次')}人次。` : `1. 本单位${ctx.year}年度无因公出国（境）费支出。`);
  const cars = value(ctx, '三公:公务用车购置及运行费');
  const buy = value(ctx, '三公:公务用车购置费');
  const run = value(ctx, '三公:公务用车运行费');
  s.add(
    isPositive(cars)
      ? `2. 公务用车购置及运行维护费支出决算${wan(cars)}${buy && run ? `，其中：公务用车购置费${wan(buy)}，公务用车运行维护费${wan(run)}` : ''}。截至${ctx.year}年12月31日，开支财政拨款的公务用车保有量为${fill('车辆数')}辆。`
      : `2. 本单位${ctx.year}年度无公务用车购置及运行维护费支出。`,
  );
  const reception = value(ctx, '三公:公务接待费');
  s.add(isPositive(reception) ? `3. 公务接待费支出决算${wan(reception)}，国内公务接待${fill('批次')}批次、${fill('人次')}人次。` : `3. 本单位${ctx.year}年度无公务接待费支出。`);
  return s;
}

function running(ctx: Ctx): Section {
  const s = new Section('running', '十、机关运行经费支出说明');
  const f = value(ctx, '机关运行经费');
  if (f) {
    const c = change(ctx, '机关运行经费', f, { required: true });
    if (ctx.f.runningCostNote) ctx.warnings.push(ctx.f.runningCostNote);
    s.add(`${ctx.year}年度本部门机关运行经费支出${wan(f)}${c.text}。`, [c.ref]);
  } else if (ctx.f.nature === 'institution') s.add(`本单位为事业单位，${ctx.year}年度无机关运行经费支出。`);
  else {
    ctx.warnings.push('未能判断单位是行政单位还是事业单位：机关运行经费请补充');
    s.add(fill('机关运行经费支出情况（行政单位写明金额，事业单位写明无机关运行经费）'));
  }
  return s;
}

function procurement(ctx: Ctx): Section {
  const s = new Section('procurement', '十一、政府采购支出说明');
  ctx.warnings.push('决算公开表没有政府采购支出：政府采购支出总额、货物/工程/服务及授予中小企业合同金额请补充');
  s.add(`${ctx.year}年度政府采购支出总额${fill('金额')}万元，其中：政府采购货物支出${fill('金额')}万元、政府采购工程支出${fill('金额')}万元、政府采购服务支出${fill('金额')}万元。授予中小企业合同金额${fill('金额')}万元，占政府采购支出总额的${fill('比例')}%，其中授予小微企业合同金额${fill('金额')}万元。`);
  return s;
}

function assets(ctx: Ctx): Section {
  const s = new Section('assets', '十二、国有资产占用情况说明');
  s.add(`截至${ctx.year}年12月31日，本单位共有车辆${fill('车辆数')}辆；单价一百万元（含）以上设备（不含车辆）${fill('设备数')}台（套）。`);
  return s;
}

function performance(ctx: Ctx): Section {
  const s = new Section('performance', '十三、预算绩效情况说明');
  s.add('（一）预算绩效管理工作开展情况');
  const projectFig = value(ctx, 'gb:项目支出');
  const forms = ctx.f.model.byKind('project-performance').flatMap((t) => t.projectForms ?? []).filter((x) => x.name).length;
  if (isPositive(projectFig)) {
    s.add(`根据预算绩效管理要求，本单位组织对${ctx.year}年度一般公共预算项目支出全面开展绩效自评，共涉及项目${forms ? forms : fill('项目数')}个，资金${wan(projectFig)}，占一般公共预算项目支出总额的100%。`);
  } else s.add(`本单位${ctx.year}年度没有一般公共预算项目支出。`);
  s.add('（二）部门整体支出自评结果');
  s.add(fill('部门整体支出绩效自评结果'));
  s.add('（三）项目支出自评结果');
  s.add(fill('项目支出绩效自评结果'));
  s.add('（四）绩效自评结果应用情况');
  s.add(fill('绩效自评结果应用情况'));
  return s;
}

function terms(ctx: Ctx): Section {
  const s = new Section('glossary', '十四、名词解释');
  for (const p of glossary(ctx.f, true)) s.add(p);
  if (ctx.rounding) s.add(ROUNDING_NOTE);
  return s;
}
