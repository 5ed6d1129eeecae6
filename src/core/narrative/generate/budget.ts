/**
 * The 预算 情况说明 (domain.md §3.1, Wuhan 2025/2026 order): 收支总体, 收入, 支出, 财政拨款收支,
 * 一般公共预算支出 (by 类 and by 项), 基本支出, “三公”, 政府性基金, 国有资本经营, 项目支出, 其他重要事项,
 * 名词解释. Every figure is a table cell; sentences follow the published templates so that the
 * tie-out checker reads them back.
 */
import { fill, type Fig } from './format';
import { functionName } from './figures';
import { cnNumber, functionPath, glossary, itemPurpose } from './glossary';
import { change, copied, functionsAt, isPositive, missing, ROUNDING_NOTE, Section, share, tableState, unreadable, value, wan, type Ctx } from './compose';
import type { NarrativeSection } from './types';

const INCOME_ITEMS: [string, string][] = [
  ['in:一般公共预算', '一般公共预算'],
  ['in:政府性基金预算', '政府性基金预算'],
  ['in:国有资本经营预算', '国有资本经营预算'],
  ['in:财政专户管理资金', '财政专户管理资金'],
  ['in:事业收入', '事业收入'],
  ['in:事业单位经营收入', '事业单位经营收入'],
  ['in:上级补助收入', '上级补助收入'],
  ['in:附属单位上缴收入', '附属单位上缴收入'],
  ['in:其他收入', '其他收入'],
  ['in:上年结转结余', '上年结转结余'],
];

const FUNDS: [string, string][] = [
  ['一般公共预算', '一般公共预算财政拨款本年收入'],
  ['政府性基金预算', '政府性基金预算财政拨款本年收入'],
  ['国有资本经营预算', '国有资本经营预算财政拨款本年收入'],
];

export function budgetSections(ctx: Ctx): NarrativeSection[] {
  return [overview(ctx), income(ctx), expense(ctx), fiscal(ctx), general(ctx), basic(ctx), threePublic(ctx), fund(ctx, 'gov-fund'), fund(ctx, 'state-capital'), projects(ctx), other(ctx), terms(ctx)].map((s) => s.done());
}

function overview(ctx: Ctx): Section {
  const s = new Section('overview', '一、收支预算总体安排情况');
  s.add(
    `按照综合预算的原则，${ctx.unit}所有收入和支出均纳入部门预算管理。收入包括：一般公共预算财政拨款收入、政府性基金预算财政拨款收入、国有资本经营预算财政拨款收入、财政专户管理资金收入、事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入、其他收入和上年结转结余；支出包括：基本支出、项目支出、事业单位经营支出、上缴上级支出、对附属单位补助支出。`,
  );
  const total = value(ctx, 'in:收入总计');
  if (total) {
    const c = change(ctx, 'in:收入总计', total, { required: true });
    s.add(`${ctx.year}年收支总预算${wan(total)}${c.text}。`, [c.ref]);
  } else s.add(`${ctx.year}年收支总预算${missing(ctx, '收支总表', '收支总预算')}万元。`);
  return s;
}

function income(ctx: Ctx): Section {
  const s = new Section('income', '二、收入预算安排情况');
  const total = value(ctx, 'in:收入总计');
  if (!total) {
    s.add(`${ctx.year}年收入预算${missing(ctx, '收支总表', '收入预算')}万元。`);
    return s;
  }
  const items = INCOME_ITEMS.map(([k, n]) => [value(ctx, k), n] as const).filter(([f]) => isPositive(f)) as [Fig, string][];
  const list = items.map(([f, n]) => `${n}${wan(f)}${share(ctx, f, total)}`).join('；');
  s.add(`${ctx.year}年收入预算${wan(total)}${list ? `，其中：${list}` : ''}。`);
  return s;
}

function expense(ctx: Ctx): Section {
  const s = new Section('expense', '三、支出预算安排情况');
  const total = value(ctx, 'ex:支出总计') ?? value(ctx, 'ex:合计');
  if (!total) {
    s.add(`${ctx.year}年支出预算${missing(ctx, '收支总表', '支出预算')}万元。`);
    return s;
  }
  const parts: string[] = [];
  for (const [k, alt, n, withShare] of [
    ['ex:基本支出', 'gb:基本支出', '基本支出', true],
    ['ex:项目支出', 'gb:项目支出', '项目支出', true],
    ['ex:事业单位经营支出', '', '事业单位经营支出', false],
    ['ex:上缴上级支出', '', '上缴上级支出', false],
    ['ex:对附属单位补助支出', '', '对附属单位补助支出', false],
    ['ex:年终结转结余', '', '年终结转结余', false],
  ] as const) {
    const f = value(ctx, k) ?? (alt ? value(ctx, alt) : null);
    if (!f || (!withShare && !isPositive(f))) continue;
    parts.push(`${n}${wan(f)}${withShare ? share(ctx, f, total) : ''}`);
  }
  s.add(`${ctx.year}年支出预算${wan(total)}${parts.length ? `，其中：${parts.join('；')}` : ''}。`);
  return s;
}

function fiscal(ctx: Ctx): Section {
  const s = new Section('fiscal', '四、财政拨款收支预算总体情况');
  const total = value(ctx, 'fiscal:收支总计');
  if (!total) {
    s.add(`${ctx.year}年财政拨款收支总预算${missing(ctx, '财政拨款收支总表', '财政拨款收支总预算')}万元。`);
    return s;
  }
  s.add(`${ctx.year}年财政拨款收支总预算${wan(total)}。`);
  // as the template writes it: each fund's 本年收入 and 上年结转 (S003: "一般公共预算财政拨款本年收入 217.98 万元、上年结转 0 万元；…")
  const perFund = FUNDS.map(([fund, n]) => [value(ctx, `fiscal:in:${fund}`), value(ctx, `fiscal:in:上年结转结余.${fund}`), n] as const);
  if (perFund.every(([now, carried]) => now && carried)) {
    s.add(`收入包括：${perFund.map(([now, carried, n]) => `${n}${wan(now as Fig)}、上年结转${wan(carried as Fig)}`).join('；')}。`);
  } else {
    const incomes = perFund.filter(([f]) => f).map(([f, , n]) => [f, n]) as [Fig, string][];
    const carried = value(ctx, 'fiscal:in:上年结转结余');
    const parts = incomes.map(([f, n]) => `${n}${wan(f)}`);
    if (parts.length || carried) s.add(`收入包括：${parts.join('、')}${carried ? `${parts.length ? '；' : ''}上年结转${wan(carried)}` : ''}。`);
  }
  const classes = [...ctx.f.values.keys()].filter((k) => /^fiscal:ex:类:\d{3}$/.test(k)).map((k) => [k.slice(-3), value(ctx, k)] as const).filter(([, f]) => isPositive(f)) as [string, Fig][];
  const left = value(ctx, 'fiscal:ex:年终结转结余');
  const out = classes.map(([code, f]) => `${functionName(ctx.f, code)}${wan(f)}`);
  if (isPositive(left)) out.push(`年终结转结余${wan(left)}`);
  if (out.length) s.add(`支出包括：${out.join('，')}。`);
  return s;
}

function general(ctx: Ctx): Section {
  const s = new Section('general', '五、一般公共预算支出安排情况');
  const total = value(ctx, 'gb:合计');
  if (!total) {
    s.add(`${ctx.year}年一般公共预算支出预算${missing(ctx, '一般公共预算支出表', '一般公共预算支出预算')}万元。`);
    return s;
  }
  const c = change(ctx, 'gb:合计', total, { required: true });
  s.add(`${ctx.year}年一般公共预算支出预算${wan(total)}${c.text}。`, [c.ref]);
  const classes = functionsAt(ctx, 1);
  if (classes.length) s.add(`按支出功能分类科目，主要用于：${classes.map(([x, f]) => `${x.name}（类）${wan(f)}${share(ctx, f, total)}`).join('；')}。`);
  const items = functionsAt(ctx, 3);
  items.forEach(([x, f], i) => {
    const ch = change(ctx, `fn:${x.code}`, f, { detail: true });
    const purpose = itemPurpose(x.code, x.name, functionName(ctx.f, x.code.slice(0, 5))) ?? fill('主要用途');
    s.add(`${i + 1}. ${functionPath(ctx.f, x.code)}${ctx.year}年预算数${wan(f)}${ch.text}；主要用于${purpose}。`, [ch.ref]);
  });
  return s;
}

/** 类 (301 …) with its non-zero 款, under 人员经费 (301, 303) or 公用经费 (302, 310 …). */
function economicLines(ctx: Ctx, classes: string[]): { klass: string; name: string; fig: Fig; items: string[] }[] {
  const out: { klass: string; name: string; fig: Fig; items: string[] }[] = [];
  for (const code of classes) {
    const k = ctx.f.economics.find((e) => e.code === code);
    const fig = value(ctx, `econ:${code}`);
    const kuan = ctx.f.economics.filter((e) => e.code.length === 5 && e.code.startsWith(code)).map((e) => [e, value(ctx, `econ:${e.code}`)] as const).filter(([, f]) => isPositive(f));
    if (!k || !isPositive(fig)) continue;
    out.push({ klass: code, name: k.name, fig, items: kuan.map(([e, f]) => `${e.name}${wan(f as Fig)}`) });
  }
  return out;
}

function basic(ctx: Ctx): Section {
  const s = new Section('basic', '六、一般公共预算基本支出安排情况');
  const total = value(ctx, 'basic:合计') ?? value(ctx, 'gb:基本支出');
  const people = value(ctx, 'basic:人员经费') ?? value(ctx, 'gb:人员经费');
  const office = value(ctx, 'basic:公用经费') ?? value(ctx, 'gb:公用经费');
  if (!total) {
    s.add(`${ctx.year}年一般公共预算基本支出${missing(ctx, '一般公共预算基本支出表', '一般公共预算基本支出')}万元。`);
    return s;
  }
  const c = change(ctx, 'gb:基本支出', total);
  s.add(`${ctx.year}年一般公共预算基本支出${wan(total)}${c.text}。${people && office ? `其中：人员经费${wan(people)}、公用经费${wan(office)}。` : ''}`, [c.ref]);
  if (!ctx.f.tables.has('basic-expenditure')) ctx.warnings.push('没有识别出一般公共预算基本支出表：人员经费、公用经费未按经济科目列示');
  for (const [i, key, name, fig, classes] of [
    [0, 'gb:人员经费', '人员经费', people, ['301', '303']],
    [1, 'gb:公用经费', '公用经费', office, ['302', '310', '309', '399']],
  ] as const) {
    if (!fig) continue;
    const ch = change(ctx, key, fig);
    const lines = economicLines(ctx, [...classes]);
    if (lines.length === 0) {
      s.add(`${cnNumber(i)}${name}${wan(fig)}${ch.text}。`, [ch.ref]);
      continue;
    }
    s.add(`${cnNumber(i)}${name}${wan(fig)}${ch.text}。包括：`, [ch.ref]);
    lines.forEach((l, j) => s.add(`${j + 1}. ${l.name}${wan(l.fig)}${l.items.length ? `，主要包括：${l.items.join('、')}` : ''}。`));
  }
  return s;
}

const THREE: [string, string][] = [
  ['三公:因公出国(境)费', '因公出国（境）费'],
  ['三公:公务用车购置及运行费', '公务用车购置及运行费'],
  ['三公:公务接待费', '公务接待费'],
];

function threePublic(ctx: Ctx): Section {
  const s = new Section('three-public', '七、一般公共预算“三公”经费支出安排情况');
  const total = value(ctx, '三公:合计');
  if (!ctx.f.tables.has('three-public') || !total) {
    s.add(missing(ctx, '“三公”经费支出表', '“三公”经费预算安排情况'));
    return s;
  }
  const c = change(ctx, '三公:合计', total);
  if (!isPositive(total) && !c.ref) {
    s.add(`${ctx.year}年${ctx.unit}没有一般公共预算“三公”经费安排的支出。`);
    return s;
  }
  s.add(`${ctx.year}年一般公共预算“三公”经费预算${wan(total)}${c.text}。其中：`, [c.ref]);
  THREE.forEach(([key, name], i) => {
    const f = value(ctx, key);
    if (!f) return;
    const ch = change(ctx, key, f, { detail: true });
    // nothing this year and no change to state: the template's "本年度没有安排……预算" (S004), not "0万元"
    if (!isPositive(f) && !ch.text) {
      s.add(`${i + 1}. 本年度没有安排${key === '三公:因公出国(境)费' ? '因公出国（境）经费' : name}预算。`);
      return;
    }
    let text = `${i + 1}. ${name}${wan(f)}${ch.text}。`;
    if (key === '三公:公务用车购置及运行费') {
      const buy = value(ctx, '三公:公务用车购置费');
      const run = value(ctx, '三公:公务用车运行费');
      if (buy && run) text += `其中：公务用车购置费${wan(buy)}，公务用车运行费${wan(run)}。`;
    }
    s.add(text, [ch.ref]);
  });
  return s;
}

function fund(ctx: Ctx, kind: 'gov-fund' | 'state-capital'): Section {
  const gov = kind === 'gov-fund';
  const s = new Section(kind, gov ? '八、政府性基金预算支出安排情况' : '九、国有资本经营预算支出安排情况');
  const name = gov ? '政府性基金预算' : '国有资本经营预算';
  const none = `${ctx.year}年本单位没有使用${name}安排的支出。`;
  const total = value(ctx, `${gov ? 'fund' : 'capital'}:合计`);
  const state = tableState(ctx, kind, total);
  if (state === 'empty') s.add(none);
  else if (state === 'total') s.add(`${ctx.year}年本单位使用${name}财政拨款安排的支出${wan(total as Fig)}。`);
  else if (state === 'unreadable') s.add(unreadable(ctx, `${name}支出表`, `${name}支出合计`));
  if (state !== 'absent') return s;
  // no table: the income of that fund says whether there is any spending
  const income = [value(ctx, `in:${name}`), value(ctx, `fiscal:in:${name}`)].filter(Boolean) as Fig[];
  if (income.length && income.every((f) => !isPositive(f))) {
    ctx.warnings.push(`没有识别出${name}支出表：按收支总表和财政拨款收支总表中${name}收入为 0，说明没有该项支出；公开时仍应列出空表并说明`);
    s.add(none);
  } else s.add(missing(ctx, `${name}支出表`, `${name}支出安排情况`));
  return s;
}

function projects(ctx: Ctx): Section {
  const s = new Section('projects', '十、项目支出安排情况');
  const total = value(ctx, 'projects:合计') ?? value(ctx, 'ex:项目支出') ?? value(ctx, 'gb:项目支出');
  if (!total) {
    s.add(`${ctx.year}年项目支出${missing(ctx, '项目支出表', '项目支出')}万元。`);
    return s;
  }
  const c = change(ctx, 'projects:合计', total);
  if (!isPositive(total)) {
    s.add(`${ctx.year}年本单位没有安排项目支出${c.text}。`, [c.ref]);
    return s;
  }
  if (!ctx.f.tables.has('project-expenditure')) ctx.warnings.push('没有识别出项目支出表：项目按项目支出绩效目标表列示');
  const list = ctx.f.projects.filter((p) => isPositive(value(ctx, p.key)));
  if (list.length === 0) {
    s.add(`${ctx.year}年项目支出${wan(total)}${c.text}。${missing(ctx, '项目支出表', '各项目的金额和用途')}`, [c.ref]);
    return s;
  }
  s.add(`${ctx.year}年项目支出${wan(total)}${c.text}，具体使用情况如下：`, [c.ref]);
  list.forEach((p, i) => {
    const f = value(ctx, p.key) as Fig;
    const ch = change(ctx, p.key, f, { detail: true });
    const name = copied(ctx, p.name, p.cells, '项目名称');
    const shown = name.asked || /项目$/.test(p.name) ? name.text : `${name.text}项目`;
    s.add(`${i + 1}. ${shown}${wan(f)}${ch.text}；主要用于${p.purpose ?? fill('主要用途')}。`, [ch.ref]);
  });
  return s;
}

function other(ctx: Ctx): Section {
  const s = new Section('other', '十一、其他重要事项的情况说明');
  const y = ctx.year;
  // (一) 机关运行经费 (TXT-11)
  s.add('（一）机关运行经费情况');
  const running = value(ctx, '机关运行经费');
  if (running) {
    const c = change(ctx, '机关运行经费', running, { required: true });
    if (ctx.f.runningCostNote) ctx.warnings.push(ctx.f.runningCostNote);
    s.add(`${y}年${ctx.unit}机关运行经费${wan(running)}${c.text}；主要用于办公及印刷费、邮电费、差旅费、会议费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房物业管理费、公务用车运行维护费以及其他费用。`, [c.ref]);
  } else if (ctx.f.nature === 'institution') s.add('本单位为事业单位，没有机关运行经费。');
  else {
    ctx.warnings.push('未能判断单位是行政单位还是事业单位：机关运行经费请补充');
    s.add(fill('机关运行经费情况（行政单位写明金额，事业单位写明没有机关运行经费）'));
  }
  // (二) 政府采购 (TXT-12)
  s.add('（二）政府采购预算情况');
  const proc = value(ctx, '政府采购');
  const procState = tableState(ctx, 'procurement', proc);
  if (procState === 'empty') s.add(`按照现行政府采购管理规定，${y}年部门预算中没有纳入政府采购预算的支出。`);
  else if (procState === 'total') {
    const split = ctx.f.procurementSplit;
    s.add(`${y}年政府采购预算总额${wan(proc as Fig)}${split ? `，其中：货物${wan(split.goods)}、工程${wan(split.works)}、服务${wan(split.services)}` : ''}。`);
    if (!split) ctx.warnings.push('政府采购预算表的采购品目没有编码（[A…] 货物、[B…] 工程、[C…] 服务）：货物、工程、服务的金额请补充');
  } else s.add(`${y}年政府采购预算总额${procState === 'absent' ? missing(ctx, '政府采购预算表', '政府采购预算') : unreadable(ctx, '政府采购预算表', '政府采购预算合计')}万元。`);
  // (三) 政府购买服务 (TXT-13)
  s.add('（三）政府购买服务预算情况');
  const ps = value(ctx, '政府购买服务');
  const psState = tableState(ctx, 'purchase-services', ps);
  if (psState === 'empty') s.add(`${y}年本单位没有政府购买服务预算。`);
  else if (psState === 'total') {
    const { count, contents } = ctx.f.purchaseServices;
    s.add(`${y}年政府购买服务预算${wan(ps as Fig)}${count ? `，共${count}个项目` : ''}，主要用于${contents.length ? contents.slice(0, 6).join('、') : fill('购买服务内容')}。`);
  } else s.add(`${y}年政府购买服务预算${psState === 'absent' ? missing(ctx, '政府购买服务预算表', '政府购买服务预算') : unreadable(ctx, '政府购买服务预算表', '政府购买服务预算合计')}万元。`);
  // (四) 国有资产占用 / 资产配置 (TXT-14)
  s.add('（四）国有资产占用及资产配置预算情况');
  s.add(`截至${y - 1}年12月31日，部门共有车辆${fill('车辆数')}辆；单价一百万元（含）以上设备${fill('设备数')}台（套）。`);
  const assets = value(ctx, '资产配置');
  const assetState = tableState(ctx, 'asset-allocation', assets);
  if (assetState === 'empty') s.add(`${y}年本单位没有资产配置预算。`);
  else if (assetState === 'total') s.add(`${y}年资产配置预算${wan(assets as Fig)}。`);
  else if (assetState === 'unreadable') s.add(`${y}年资产配置预算${unreadable(ctx, '资产配置预算表', '资产配置预算合计')}万元。`);
  else ctx.warnings.push('没有识别出资产配置预算表：资产配置预算未写');
  // (五) 绩效目标 (TXT-15)
  s.add('（五）绩效目标设置情况');
  const projectFig = value(ctx, 'gb:项目支出') ?? value(ctx, 'projects:合计');
  const n = ctx.f.projectCount;
  const whole = ctx.f.deptPerformance ? '；同时设置了部门整体支出绩效目标' : '';
  if (isPositive(projectFig) && n) s.add(`${y}年${ctx.unit}所有项目均实行绩效目标管理，共${n}个项目，涉及一般公共预算当年财政拨款${wan(projectFig)}${whole}。`);
  else if (isPositive(projectFig)) s.add(`${y}年${ctx.unit}所有项目均实行绩效目标管理，涉及一般公共预算当年财政拨款${wan(projectFig)}${whole}。`);
  else s.add(`${y}年本单位没有安排项目支出${whole}。`);
  return s;
}

function terms(ctx: Ctx): Section {
  const s = new Section('glossary', '十二、名词解释');
  for (const p of glossary(ctx.f, false)) s.add(p);
  if (ctx.rounding) s.add(ROUNDING_NOTE);
  return s;
}

