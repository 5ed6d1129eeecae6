/** The 江苏 预算 情况说明 (2019 省人大常委会办公厅 wording), with the style's variations. */
import type Decimal from 'decimal.js';
import { econName, fnName, ZERO } from './common';
import { carriedIn, carriedOut, economicCodes, functionCodes, income, spent } from './figures';
import { operationOf, sum, threePublicOf, type Department, type Source } from './model';
import { amt, changeParts, shareParts, wanOf, year, type Paragraphs, type Part, type Style } from './narrative';
import { join } from './narrative-budget';
import { cn } from './names';
import type { Rng } from './rng';

const OTHER: Source[] = ['sy', 'jy', 'sj', 'fs', 'qt'];

export function jiangsuNarrative(d: Department, rng: Rng, s: Style, w: Paragraphs): void {
  const Y = d.year;
  const dept = d.name;
  const total = income(d).plus(carriedIn(d));
  const prior = (k: string) => d.prior.get(k) ?? ZERO;
  const change = (now: Decimal, before: Decimal, lead = '与上年相比') => changeParts(now, before, s, rng, { year: Y - 1, what: '', lead });
  w.p(`${dept} `, year(Y), '年度部门预算公开');
  w.p('第一部分 部门概况');
  w.p('一、主要职能');
  w.p(d.domain.duty);
  w.p('二、部门机构设置及预算单位构成情况');
  w.p('从预算单位构成看，纳入本部门', year(Y), `年部门汇总预算编制范围的预算单位共计${d.units.length}家，具体包括：${d.units.map((u) => u.name).join('、')}。`);
  w.p('第三部分 ', year(Y), '年度部门预算情况说明');

  w.p('一、收支预算总体情况说明');
  w.p(`${dept}`, year(Y), '年度收入、支出预算总计', ...amt(total, s), ...changeParts(total, prior('total'), s, rng, { year: Y - 1, what: '', lead: '与上年相比', noun: '收、支预算总计各' }), '。其中：');
  w.p('（一）收入预算总计', ...amt(total, s), '。包括：');
  w.p('1．财政拨款收入预算总计', ...amt(income(d, { source: 'fiscal' }), s), '。');
  w.p('（1）一般公共预算收入预算', ...amt(income(d, { source: 'gb' }), s), ...change(income(d, { source: 'gb' }), prior('gb')), '。');
  w.p('（2）政府性基金收入预算', ...amt(income(d, { source: 'gf' }), s), '。');
  w.p('2．财政专户管理资金收入预算总计', ...amt(income(d, { source: 'zh' }), s), '。');
  w.p('3．其他资金收入预算总计', ...amt(income(d, { source: OTHER }), s), '。');
  w.p('4．上年结转资金预算数为', ...amt(carriedIn(d), s), '。');
  w.p('（二）支出预算总计', ...amt(total, s), '。包括：');
  const classes = functionCodes(d).filter((c) => c.length === 3);
  classes.forEach((c, i) => w.p(`${i + 1}．${fnName(c).replace(/支出$/, '')}（类）支出`, ...amt(spent(d, { fn: c }), s, 'class-amount'), '，主要用于本部门履行职能和完成各项工作任务的支出。'));
  w.p(`${classes.length + 1}．结转下年资金预算数为`, ...amt(carriedOut(d), s), '。');
  w.p('此外，基本支出预算数为', ...amt(spent(d, { use: 'basic' }), s), '。');
  w.p('项目支出预算数为', ...amt(spent(d, { use: 'project' }), s), '。');
  w.p('单位预留机动经费预算数为', ...amt(spent(d, { use: 'reserve' }), s), '。');

  w.p('二、收入预算情况说明');
  const incomeItems: [string, Decimal][] = [
    ['一般公共预算收入', income(d, { source: 'gb' })],
    ['政府性基金预算收入', income(d, { source: 'gf' })],
    ['财政专户管理资金', income(d, { source: 'zh' })],
    ['其他资金', income(d, { source: OTHER })],
    ['上年结转资金', carriedIn(d)],
  ];
  listLines(w, s, [`${dept}本年收入预算合计`, ...amt(total, s), '，其中：'], incomeItems.filter(([, v]) => !s.partial || !wanOf(v).isZero()).map(([n, v]) => [n, ...amt(v, s), '，', ...shareParts(v, total, s)]));

  w.p('三、支出预算情况说明');
  const useItems: [string, Decimal][] = [
    ['基本支出', spent(d, { use: 'basic' })],
    ['项目支出', spent(d, { use: 'project' })],
    ['单位预留机动经费', spent(d, { use: 'reserve' })],
    ['结转下年资金', carriedOut(d)],
  ];
  listLines(w, s, [`${dept}本年支出预算合计`, ...amt(total, s), '，其中：'], useItems.filter(([, v]) => !s.partial || !wanOf(v).isZero()).map(([n, v]) => [n, ...amt(v, s), '，', ...shareParts(v, total, s)]));

  w.p('四、财政拨款收支预算总体情况说明');
  const fiscal = income(d, { source: 'fiscal' }).plus(carriedIn(d, { source: 'fiscal' }));
  w.p(`${dept}`, year(Y), '年度财政拨款收、支总预算', ...amt(fiscal, s), ...changeParts(fiscal, prior('fiscal'), s, rng, { year: Y - 1, what: '', lead: '与上年相比', noun: '财政拨款收、支总计各' }), '。');

  w.p('五、财政拨款支出预算情况说明');
  const fiscalOut = spent(d, { source: 'fiscal' });
  w.p(`${dept}`, year(Y), '年财政拨款预算支出', ...amt(fiscalOut, s), '，', ...shareParts(fiscalOut, spent(d), s, '占本年支出合计的'), '。其中：');
  const fiscalItems = functionCodes(d, { source: 'fiscal' });
  let k = 0;
  let j = 0;
  for (const c of fiscalItems) {
    if (c.length === 3) {
      w.p(`（${cn(++k)}）${fnName(c)}（类）`);
      j = 0;
    } else if (c.length === 7) {
      const v = spent(d, { source: 'fiscal', fn: c });
      w.p(`${++j}. ${fnName(c.slice(0, 5))}（款）${fnName(c)}（项）支出`, ...amt(v, s), ...change(v, prior(`fn:${c}`)), '。');
    }
  }

  w.p('六、财政拨款基本支出预算情况说明');
  basicSection(d, s, w, 'fiscal', '财政拨款');
  w.p('七、一般公共预算支出预算情况说明');
  const gb = spent(d, { source: 'gb' });
  w.p(`${dept}`, year(Y), '年一般公共预算财政拨款支出预算', ...amt(gb, s), ...change(gb, prior('gb')), '。');
  w.p('八、一般公共预算基本支出预算情况说明');
  basicSection(d, s, w, 'gb', '一般公共预算财政拨款');

  w.p('九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明');
  const tp = threePublicOf(d);
  const cars = tp.carPurchase.plus(tp.carRun);
  const three = tp.abroad.plus(cars).plus(tp.reception);
  if (wanOf(three).isZero()) w.p(`${dept}`, year(Y), '年度一般公共预算拨款安排的“三公”经费预算支出0万元。');
  else {
    w.p(
      `${dept}`,
      year(Y),
      '年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出',
      ...amt(tp.abroad, s),
      '，',
      ...shareParts(tp.abroad, three, s, '占“三公”经费的'),
      '；公务用车购置及运行费支出',
      ...amt(cars, s),
      '，',
      ...shareParts(cars, three, s, '占“三公”经费的'),
      '；公务接待费支出',
      ...amt(tp.reception, s),
      '，',
      ...shareParts(tp.reception, three, s, '占“三公”经费的'),
      '。具体情况如下：',
    );
    w.p('1．因公出国（境）费预算支出', ...amt(tp.abroad, s), ...change(tp.abroad, prior('三公:abroad'), '比上年预算'), '。');
    w.p('2．公务用车购置及运行费预算支出', ...amt(cars, s), '。其中：');
    w.p('（1）公务用车购置预算支出', ...amt(tp.carPurchase, s), '。');
    w.p('（2）公务用车运行维护费预算支出', ...amt(tp.carRun, s), '。');
    w.p('3．公务接待费预算支出', ...amt(tp.reception, s), '。');
  }
  w.p(`${dept}`, year(Y), '年度一般公共预算拨款安排的会议费预算支出', ...amt(spent(d, { source: 'gb', econ: '30215' }), s), '。');
  w.p(`${dept}`, year(Y), '年度一般公共预算拨款安排的培训费预算支出', ...amt(spent(d, { source: 'gb', econ: '30216' }), s), '。');

  w.p('十、政府性基金预算支出预算情况说明');
  const gf = spent(d, { source: 'gf' });
  if (wanOf(gf).isZero()) w.p(`${dept}`, year(Y), '年没有政府性基金预算拨款安排的支出。');
  else w.p(`${dept}`, year(Y), '年政府性基金支出预算支出', ...amt(gf, s), '，主要用于', d.domain.fundProject, '。');

  w.p('十一、一般公共预算机关运行经费支出预算情况说明');
  if (d.units.every((u) => u.nature === 'institution')) w.p('本部门为事业单位，没有机关运行经费。');
  else w.p(year(Y), '年本部门一般公共预算机关运行经费预算支出', ...amt(operationOf(d), s), ...change(operationOf(d), prior('operation')), '。');

  w.p('十二、政府采购支出预算情况说明');
  const cat = (c: string) => sum(d.purchases.filter((p) => p.category === c).map((p) => p.amount));
  if (!d.purchases.length) w.p(year(Y), '年度本部门没有政府采购支出预算。');
  else w.p(year(Y), '年度本部门政府采购支出预算总额', ...amt(sum(d.purchases.map((p) => p.amount)), s), '，其中：拟采购货物支出', ...amt(cat('货物'), s), '、拟采购工程支出', ...amt(cat('工程'), s), '、拟购买服务支出', ...amt(cat('服务'), s), '。');
  w.p('十三、国有资产占用情况');
  w.p(`本部门共有车辆${d.cars.total}辆，其中，一般公务用车${d.cars.total}辆。单价100万元（含）以上设备${d.bigEquipment}台（套）。`);
  w.p('十四、预算绩效目标设置情况说明');
  w.p(year(Y), `年本部门共${d.projects.length}个项目实行绩效目标管理，涉及财政性资金合计`, ...amt(spent(d, { source: 'fiscal', use: 'project' }), s), '。');
  w.p('第四部分 名词解释');
  w.p('一、财政拨款：指一般公共预算财政拨款和政府性基金预算财政拨款。');
  w.p('二、基本支出：指为保障机构正常运转、完成工作任务而发生的人员支出和公用支出。');
  w.p('三、项目支出：指在基本支出之外为完成特定工作任务和事业发展目标所发生的支出。');
  w.p('四、“三公”经费：指部门用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。');
  w.p('五、机关运行经费：指行政单位（含参照公务员法管理的事业单位）使用一般公共预算安排的基本支出中的日常公用经费支出。');
}

function basicSection(d: Department, s: Style, w: Paragraphs, source: 'fiscal' | 'gb', what: string): void {
  const base = { source, use: 'basic' as const };
  const names = (part: 'personnel' | 'public') =>
    economicCodes(d, { ...base, part })
      .filter((c) => c.length === 5)
      .map(econName)
      .join('、');
  w.p(`${d.name}`, year(d.year), `年度${what}基本支出预算`, ...amt(spent(d, base), s), '，其中：');
  w.p('（一）人员经费', ...amt(spent(d, { ...base, part: 'personnel' }), s), `。主要包括：${names('personnel')}。`);
  w.p('（二）公用经费', ...amt(spent(d, { ...base, part: 'public' }), s), `。主要包括：${names('public')}。`);
}

/** "lead" then one item per paragraph (the 江苏 texts list 收入/支出 one per line). */
function listLines(w: Paragraphs, s: Style, lead: Part[], items: Part[][]): void {
  if (!s.lines) {
    w.p(...lead, ...join(items, '；'), '。');
    return;
  }
  w.p(...lead);
  items.forEach((x, i) => w.p(...x, i === items.length - 1 ? '。' : '；'));
}
