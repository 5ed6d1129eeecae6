/** The 决算 情况说明 (domain.md §3.2; S002 and the 上海 2024 template wording), with the style's variations. */
import type Decimal from 'decimal.js';
import { econName, fnName, ZERO } from './common';
import { carriedIn, carriedOut, economicCodes, functionCodes, income, spent } from './figures';
import { operationOf, sum, threePublicOf, type Department, type Source } from './model';
import { amt, changeParts, pctOf, shareParts, wanOf, year, type Paragraphs, type Part, type Style } from './narrative';
import { join } from './narrative-budget';
import { cn } from './names';
import type { Rng } from './rng';

const SY: Source[] = ['sy', 'zh'];

export function finalNarrative(d: Department, rng: Rng, s: Style, w: Paragraphs): void {
  const Y = d.year;
  const dept = d.name;
  const sh = d.region === 'shanghai';
  const prior = (k: string) => d.prior.get(k) ?? ZERO;
  const change = (now: Decimal, before: Decimal, what = '度', noun = '') => changeParts(now, before, s, rng, { year: Y - 1, what, noun });
  const total = income(d).plus(carriedIn(d));
  const sp = s.spaced ? ' ' : '';
  w.p(`${dept} `, year(Y), ' 年度部门决算');
  w.p('第一部分 ', `${dept}概况`);
  w.p('一、主要职能');
  w.p(d.domain.duty);
  w.p('二、部门决算单位构成');
  w.p('纳入', `${dept} `, year(Y), ` 年度部门决算编制范围的单位包括：${d.units.map((u) => u.name).join('、')}。`);
  w.p('第三部分 ', `${dept} `, year(Y), ' 年度部门决算情况说明');

  w.p('一、收入支出决算总体情况说明');
  const priorTotal = prior('total');
  if (sh) w.p(`${dept}`, year(Y), '年度收入支出总计', ...amt(total, s), ...change(total, priorTotal, '度', '收入支出总计'), '。');
  else w.p(year(Y), '年度收、支总计均为', ...amt(total, s), ...changeParts(total, priorTotal, s, rng, { year: Y - 1, what: '度', noun: '收、支总计各' }), '。');

  w.p('二、收入决算情况说明');
  const inc = income(d);
  const incItems: [string, Source[]][] = [
    ['财政拨款收入', ['gb', 'gf', 'sc']],
    ['上级补助收入', ['sj']],
    ['事业收入', SY],
    ['经营收入', ['jy']],
    ['附属单位上缴收入', ['fs']],
    ['其他收入', ['qt']],
  ];
  const incParts = incItems
    .map(([n, src]) => [n, income(d, { source: src })] as const)
    .filter(([, v]) => !wanOf(v).isZero())
    .map(([n, v]): Part[] => [n, ...amt(v, s), '，', ...shareParts(v, inc, s, sh ? '占' : '占本年收入')]);
  w.p(...(sh ? ['本年收入合计'] : [year(Y), '年度收入合计']), ...amt(inc, s), '，其中：', ...join(incParts, '；'), '。');

  w.p('三、支出决算情况说明');
  const out = spent(d);
  const outParts = (
    [
      ['基本支出', spent(d, { use: 'basic' })],
      ['项目支出', spent(d, { use: 'project' })],
      ['经营支出', spent(d, { use: 'operating' })],
    ] as const
  )
    .filter(([, v]) => !wanOf(v).isZero())
    .map(([n, v]): Part[] => [n, ...amt(v, s), '，', ...shareParts(v, out, s, sh ? '占' : '占本年支出')]);
  w.p(...(sh ? ['本年支出合计'] : [year(Y), '年度支出合计']), ...amt(out, s), '，其中：', ...join(outParts, '；'), '。');

  w.p('四、财政拨款收入支出决算总体情况说明');
  const fiscal = income(d, { source: 'fiscal' }).plus(carriedIn(d, { source: 'fiscal' }));
  if (sh) w.p(`${dept}`, year(Y), '年度财政拨款收入支出总计', ...amt(fiscal, s), ...change(fiscal, prior('fiscal'), '度', '财政拨款收入支出总计'), '。');
  else w.p(year(Y), '年度财政拨款收、支总计均为', ...amt(fiscal, s), ...change(fiscal, prior('fiscal'), '度', '财政拨款收、支总计各'), '。');
  if (s.perFund) {
    const gbIn = income(d, { source: 'gb' });
    const gfIn = income(d, { source: 'gf' });
    const parts: Part[] = [year(Y), '年度财政拨款收入中，一般公共预算财政拨款收入', ...amt(gbIn, s), '；政府性基金预算财政拨款收入', ...amt(gfIn, s)];
    if (!wanOf(carriedIn(d, { source: 'gf' })).isZero() || !wanOf(carriedOut(d, { source: 'gf' })).isZero())
      parts.push('，政府性基金预算财政拨款年初结转和结余', ...amt(carriedIn(d, { source: 'gf' }), s), '、年末结转和结余', ...amt(carriedOut(d, { source: 'gf' }), s));
    w.p(...parts, '。');
  }

  w.p('五、一般公共预算财政拨款支出决算情况说明');
  const gb = spent(d, { source: 'gb' });
  w.p('（一）一般公共预算财政拨款支出决算总体情况');
  w.p(...(sh ? [] : [year(Y), '年度']), '一般公共预算财政拨款支出', ...amt(gb, s), '，', ...shareParts(gb, out, s, '占本年支出合计的'), ...change(gb, prior('gb'), '度', '一般公共预算财政拨款支出'), '。');
  w.p('（二）一般公共预算财政拨款支出决算结构情况');
  const classes = functionCodes(d, { source: 'gb' }).filter((c) => c.length === 3);
  const clsParts = classes.map((c): Part[] => [`${fnName(c)}（类）`, ...amt(spent(d, { source: 'gb', fn: c }), s, 'class-amount'), '，', ...shareParts(spent(d, { source: 'gb', fn: c }), gb, s)]);
  if (s.lines) {
    w.p(...(sh ? [] : [year(Y), '年度']), '一般公共预算财政拨款支出', ...amt(gb, s), '，主要用于以下方面：');
    clsParts.forEach((x, i) => w.p(`${i + 1}. `, ...x, '。'));
  } else w.p('一般公共预算财政拨款支出', ...amt(gb, s), '，主要用于以下方面：', ...join(clsParts, '；'), '。');
  w.p('（三）一般公共预算财政拨款支出决算具体情况');
  const initial = d.initial.get('gb') ?? ZERO;
  w.p(...completion(d, s, rng, initial, gb, [year(Y), '年度一般公共预算财政拨款支出']), '其中：基本支出', ...amt(spent(d, { source: 'gb', use: 'basic' }), s), '，项目支出', ...amt(spent(d, { source: 'gb', use: 'project' }), s), '。');
  const items = functionCodes(d, { source: 'gb' }).filter((c) => c.length === 7);
  items.forEach((c, i) => {
    const v = spent(d, { source: 'gb', fn: c });
    const b = d.initial.get(`fn:${c}`) ?? ZERO;
    w.p(`${i + 1}、${fnName(c.slice(0, 3))}（类）${fnName(c.slice(0, 5))}（款）${fnName(c)}（项）`, ...completion(d, s, rng, b, v, []));
  });

  w.p('六、一般公共预算财政拨款基本支出决算情况说明');
  const names = (part: 'personnel' | 'public') =>
    economicCodes(d, { source: 'gb', use: 'basic', part })
      .filter((c) => c.length === 5)
      .map(econName)
      .join('、');
  w.p(
    ...(sh ? [] : [year(Y), '年度']),
    '一般公共预算财政拨款基本支出',
    ...amt(spent(d, { source: 'gb', use: 'basic' }), s),
    '，其中：人员经费',
    ...amt(spent(d, { source: 'gb', use: 'basic', part: 'personnel' }), s),
    `，主要包括：${names('personnel')}；公用经费`,
    ...amt(spent(d, { source: 'gb', use: 'basic', part: 'public' }), s),
    `，主要包括：${names('public')}。`,
  );

  const gfSection = () => {
    w.p(`${sh ? '八' : '七'}、政府性基金预算财政拨款收入支出决算情况说明`);
    const gf = spent(d, { source: 'gf' });
    if (wanOf(gf).isZero() && wanOf(income(d, { source: 'gf' })).isZero() && wanOf(carriedIn(d, { source: 'gf' })).isZero()) w.p(`${sh ? dept : '本单位'}`, year(Y), '年度无政府性基金预算财政拨款收入支出。');
    else w.p(year(Y), '年度政府性基金预算财政拨款年初结转和结余', ...amt(carriedIn(d, { source: 'gf' }), s), '，本年收入', ...amt(income(d, { source: 'gf' }), s), '，本年支出', ...amt(gf, s), '，年末结转和结余', ...amt(carriedOut(d, { source: 'gf' }), s), `，主要用于${d.domain.fundProject}。`);
  };
  const scSection = () => {
    w.p(`${sh ? '九' : '八'}、国有资本经营预算财政拨款${sh ? '收入' : ''}支出决算情况说明`);
    w.p(`${sh ? dept : '本单位'}`, year(Y), '年度无国有资本经营预算财政拨款支出。');
  };
  if (!sh) {
    gfSection();
    scSection();
  }
  w.p(`${sh ? '七' : '九'}、财政拨款“三公”经费支出决算情况说明`);
  const t = threePublicOf(d);
  const cars = t.carPurchase.plus(t.carRun);
  const tpTotal = t.abroad.plus(cars).plus(t.reception);
  const b = (k: string) => d.threePublicBudget.get(k) ?? ZERO;
  const bTotal = b('abroad').plus(b('carPurchase')).plus(b('carRun')).plus(b('reception'));
  w.p('（一）“三公”经费财政拨款支出决算总体情况说明。');
  if (wanOf(tpTotal).isZero() && wanOf(bTotal).isZero()) {
    w.p(`${sh ? dept : '本单位'}`, year(Y), '年度无“三公”经费财政拨款支出。');
  } else {
    const done = (a: Decimal, budget: Decimal): Part[] => (wanOf(budget).isZero() ? [] : ['，完成预算的', sp, { mark: 'completion', text: pctOf(wanOf(a), wanOf(budget), s.pct) }, '%']);
    w.p(
      '“三公”经费财政拨款支出预算为',
      ...amt(bTotal, s),
      '，支出决算为',
      ...amt(tpTotal, s),
      ...done(tpTotal, bTotal),
      '，其中：因公出国（境）费支出决算为',
      ...amt(t.abroad, s),
      ...done(t.abroad, b('abroad')),
      '；公务用车购置及运行维护费支出决算为',
      ...amt(cars, s),
      ...done(cars, b('carPurchase').plus(b('carRun'))),
      '；公务接待费支出决算为',
      ...amt(t.reception, s),
      ...done(t.reception, b('reception')),
      `。决算数${tpTotal.gt(bTotal) ? '大于' : tpTotal.lt(bTotal) ? '小于' : '等于'}预算数的主要原因是${rng.pick(s.reasons)}。`,
    );
    w.p('（二）“三公”经费财政拨款支出决算具体情况说明。');
    if (!wanOf(tpTotal).isZero()) {
      w.p(
        '“三公”经费财政拨款支出决算中，因公出国（境）费支出决算',
        ...amt(t.abroad, s),
        '，',
        ...shareParts(t.abroad, tpTotal, s),
        '；公务用车购置及运行维护费支出决算',
        ...amt(cars, s),
        '，',
        ...shareParts(cars, tpTotal, s),
        '；公务接待费支出决算',
        ...amt(t.reception, s),
        '，',
        ...shareParts(t.reception, tpTotal, s),
        '。具体情况如下：',
      );
      w.p('1、因公出国（境）费支出', ...amt(t.abroad, s), `。全年安排因公出国（境）团组 ${d.counts.groups} 个、累计 ${d.counts.people} 人次。`);
      w.p('2、公务用车购置及运行维护费支出', ...amt(cars, s), '。其中：公务用车购置支出', ...amt(t.carPurchase, s), `，购置车辆 ${d.counts.carsBought} 辆；公务用车运行维护支出`, ...amt(t.carRun, s), '。', year(Y), `年度开支财政拨款的公务用车保有量为 ${d.counts.carsKept} 辆。`);
      w.p('3、公务接待费支出', ...amt(t.reception, s), `。国内公务接待 ${d.counts.receptions} 批次、${d.counts.guests} 人次。`);
    }
  }
  if (sh) {
    gfSection();
    scSection();
  }
  w.p('十、机关运行经费支出说明');
  if (d.units.every((u) => u.nature === 'institution')) w.p(year(Y), `年度${dept}无机关运行经费支出。`);
  else w.p(year(Y), '年度本部门机关运行经费支出', ...amt(operationOf(d), s), ...change(operationOf(d), prior('operation')), '。');
  w.p('十一、政府采购支出说明');
  const ps = d.purchases;
  if (!ps.length) w.p(year(Y), `年度${dept}无政府采购支出。`);
  else {
    const total = sum(ps.map((p) => p.amount));
    const cat = (c: string) => sum(ps.filter((p) => p.category === c).map((p) => p.amount));
    const sme = sum(ps.map((p) => p.sme));
    const small = sum(ps.map((p) => p.small));
    w.p(year(Y), '年度政府采购支出总额', ...amt(total, s), '，其中：政府采购货物支出', ...amt(cat('货物'), s), '、政府采购工程支出', ...amt(cat('工程'), s), '、政府采购服务支出', ...amt(cat('服务'), s), '。授予中小企业合同金额', ...amt(sme, s), '，', ...shareParts(sme, total, s, '占政府采购支出总额的'), '，其中授予小微企业合同金额', ...amt(small, s), '，', ...shareParts(small, total, s, '占政府采购支出总额的'), '。');
  }
  w.p('十二、国有资产占用情况说明');
  w.p('截至', year(Y), `年12月31日，共有车辆 ${d.cars.total} 辆，其中执法执勤用车 ${d.cars.duty} 辆、其他用车 ${d.cars.other} 辆；单价100万元（含）以上设备（不含车辆）${d.bigEquipment} 台（套）。`);
  w.p('十三、预算绩效情况说明');
  const gbProject = spent(d, { source: 'gb', use: 'project' });
  if (d.projects.length && !wanOf(gbProject).isZero()) {
    const n = new Set(d.lines.filter((l) => l.source === 'gb' && l.use === 'project').map((l) => l.project)).size;
    w.p('对', year(Y), `年度一般公共预算项目支出全面开展绩效自评，共涉及项目 ${n} 个，资金`, ...amt(gbProject, s), '，占一般公共预算项目支出总额的', sp, { mark: 'share', text: '100' }, '%。');
  }
  w.p('第四部分 名词解释');
  w.p('一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。');
  w.p('二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。');
  w.p('三、项目支出：指在基本支出之外为完成特定行政任务或事业发展目标所发生的支出。');
  w.p('四、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。');
  w.p('五、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。');
  if (!sh) w.p(`${cn(6)}、年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。`);
}

/** "年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 W%。[决算数大于（小于）年初预算数的主要原因是…。]" */
function completion(d: Department, s: Style, rng: Rng, budget: Decimal, actual: Decimal, lead: Part[]): Part[] {
  const sp = s.spaced ? ' ' : '';
  const a = wanOf(actual);
  const b = wanOf(budget);
  const head: Part[] = [...lead, '年初预算为', ...amt(budget, s), '，支出决算为', ...amt(actual, s)];
  if (b.isZero()) return [...head, `，主要原因是${rng.pick(s.reasons)}。`];
  const rate = pctOf(a, b, s.pct);
  const word = a.gt(b) ? '大于' : a.lt(b) ? '小于' : '';
  const reason = word ? `决算数${word}年初预算数的主要原因是${rng.pick(s.reasons)}。` : '';
  return [...head, `，完成年初预算的${sp}`, { mark: 'completion', text: rate }, `%。${reason}`];
}

