/** The Wuhan 预算 情况说明 (domain.md §3.1; S003/S004 wording), with the style's variations. */
import { cn } from './names';
import { econName, fnName, ZERO } from './common';
import { carriedIn, economicCodes, functionCodes, income, spent } from './figures';
import { operationOf, sum, threePublicOf, type Department, type Source } from './model';
import { amt, changeParts, shareParts, wanOf, year, type Paragraphs, type Part, type Style } from './narrative';
import type { Rng } from './rng';

const INCOME: [string, Source[]][] = [
  ['一般公共预算', ['gb']],
  ['政府性基金预算', ['gf']],
  ['国有资本经营预算', ['sc']],
  ['财政专户管理资金', ['zh']],
  ['事业收入', ['sy']],
  ['事业单位经营收入', ['jy']],
  ['上级补助收入', ['sj']],
  ['附属单位上缴收入', ['fs']],
  ['其他收入', ['qt']],
];

export function budgetNarrative(d: Department, rng: Rng, s: Style, w: Paragraphs): void {
  const Y = d.year;
  const unit = d.name;
  const total = income(d).plus(carriedIn(d));
  w.p(`${unit}`, year(Y), '年部门预算公开');
  w.p('第一部分 ', `${unit}概况`);
  w.p('一、部门主要职能');
  w.p(d.domain.duty);
  w.p('二、部门预算单位构成');
  const n = d.units.length;
  if (n === 1) w.p(`纳入${unit}`, year(Y), `年部门预算编制范围的预算单位包括本级单位 1 个单位。`);
  else w.p(`纳入${unit}`, year(Y), `年部门预算编制范围的预算单位包括：本级及所属 ${n - 1} 个单位，分别是：${d.units.slice(1).map((u) => u.name).join('、')}。`);
  w.p('三、部门人员构成');
  const st = d.units.reduce(
    (a, u) => ({ posts: a.posts + u.staff.posts, admin: a.admin + u.staff.adminPosts, inst: a.inst + u.staff.institutionPosts, onDuty: a.onDuty + u.staff.onDuty, retired: a.retired + u.staff.retired }),
    { posts: 0, admin: 0, inst: 0, onDuty: 0, retired: 0 },
  );
  w.p(`总编制 ${st.posts} 人，其中行政编制 ${st.admin} 人、事业编制 ${st.inst} 人；在职实有 ${st.onDuty} 人；${st.retired ? `离退休 ${st.retired} 人。` : '无离退休人员。'}`);
  w.p('第三部分 ', `${unit}`, year(Y), '年部门预算情况说明');

  // 一、收支预算总体安排情况
  w.p('一、收支预算总体安排情况');
  w.p(`按照综合预算的原则，${unit}所有收入和支出均纳入部门预算管理。收入包括：一般公共预算财政拨款收入、政府性基金预算财政拨款收入、国有资本经营预算财政拨款收入、财政专户管理资金收入、事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入、其他收入和上年结转结余；支出包括：基本支出、项目支出、事业单位经营支出、上缴上级支出、对附属单位补助支出。`);
  w.p(year(Y), '年收支总预算', ...amt(total, s), ...changeParts(total, d.prior.get('total') ?? ZERO, s, rng, { year: Y - 1, what: '预算' }), '。');

  // 二、收入预算安排情况
  w.p('二、收入预算安排情况');
  const incomes = INCOME.map(([name, src]) => [name, income(d, { source: src })] as const).filter(([, v]) => !wanOf(v).isZero());
  const carried = carriedIn(d);
  const items: Part[][] = incomes.map(([name, v]) => [name, ...amt(v, s), '，', ...shareParts(v, total, s)]);
  if (!wanOf(carried).isZero()) items.push(['上年结转结余', ...amt(carried, s), '，', ...shareParts(carried, total, s)]);
  list(w, s, [year(Y), '年收入预算', ...amt(total, s)], items);

  // 三、支出预算安排情况
  w.p('三、支出预算安排情况');
  const basic = spent(d, { use: 'basic' });
  const project = spent(d, { use: 'project' });
  const operating = spent(d, { use: 'operating' });
  const uses: Part[][] = [
    ['基本支出', ...amt(basic, s), '，', ...shareParts(basic, total, s)],
    ['项目支出', ...amt(project, s), '，', ...shareParts(project, total, s)],
  ];
  if (!wanOf(operating).isZero()) uses.push(['事业单位经营支出', ...amt(operating, s), '，', ...shareParts(operating, total, s)]);
  list(w, s, [year(Y), '年支出预算', ...amt(total, s)], uses);

  // 四、财政拨款收支预算总体情况
  w.p('四、财政拨款收支预算总体情况');
  const fiscalTotal = income(d, { source: 'fiscal' }).plus(carriedIn(d, { source: 'fiscal' }));
  w.p(year(Y), '年财政拨款收支总预算', ...amt(fiscalTotal, s), '。');
  const funds: [string, Source][] = [
    ['一般公共预算', 'gb'],
    ['政府性基金预算', 'gf'],
    ['国有资本经营预算', 'sc'],
  ];
  const fundParts = funds
    .filter(([, src]) => !s.partial || src === 'gb' || !wanOf(income(d, { source: src }).plus(carriedIn(d, { source: src }))).isZero())
    .map(([name, src]): Part[] => [`${name}财政拨款本年收入`, ...amt(income(d, { source: src }), s), '、上年结转', ...amt(carriedIn(d, { source: src }), s)]);
  if (s.perFund) w.p('收入包括：', ...join(fundParts, '；'), '。');
  else w.p('收入包括：本年收入', ...amt(income(d, { source: 'fiscal' }), s), '、上年结转', ...amt(carriedIn(d, { source: 'fiscal' }), s), '。');
  const classes = functionCodes(d, { source: 'fiscal' }).filter((c) => c.length === 3);
  w.p('支出包括：', ...join(classes.map((c): Part[] => [fnName(c), ...amt(spent(d, { source: 'fiscal', fn: c }), s, 'class-amount')]), '，'), '。');

  // 五、一般公共预算支出安排情况
  w.p('五、一般公共预算支出安排情况');
  const gb = spent(d, { source: 'gb' });
  w.p(year(Y), '年一般公共预算支出预算', ...amt(gb, s), ...changeParts(gb, d.prior.get('gb') ?? ZERO, s, rng, { year: Y - 1, what: '预算' }), '。具体安排情况如下：');
  const gbBasic = spent(d, { source: 'gb', use: 'basic' });
  const gbProject = spent(d, { source: 'gb', use: 'project' });
  w.p('（一）基本支出', ...amt(gbBasic, s), '。其中：人员经费', ...amt(spent(d, { source: 'gb', use: 'basic', part: 'personnel' }), s), '、公用经费', ...amt(spent(d, { source: 'gb', use: 'basic', part: 'public' }), s), '。');
  if (wanOf(gbProject).isZero()) w.p('（二）项目支出 0 万元。');
  else if (s.byItem) {
    // the 项目支出 column of each 项 (not its 合计)
    const items = functionCodes(d, { source: 'gb', use: 'project' }).filter((c) => c.length === 7);
    const parts = items.map((c): Part[] => [fnName(c), ...amt(spent(d, { source: 'gb', use: 'project', fn: c }), s)]);
    list(w, s, ['（二）项目支出', ...amt(gbProject, s)], parts);
  } else w.p('（二）项目支出', ...amt(gbProject, s), '，主要用于保障各项业务工作开展。');

  // 六、一般公共预算基本支出安排情况
  w.p('六、一般公共预算基本支出安排情况');
  w.p(year(Y), '年一般公共预算基本支出', ...amt(gbBasic, s), '。其中：');
  const named = (part: 'personnel' | 'public') =>
    economicCodes(d, { source: 'gb', use: 'basic', part })
      .filter((c) => c.length === 5)
      .map((c) => econName(c));
  w.p('（一）人员经费', ...amt(spent(d, { source: 'gb', use: 'basic', part: 'personnel' }), s), `，主要包括：${named('personnel').join('、')}。`);
  w.p('（二）公用经费', ...amt(spent(d, { source: 'gb', use: 'basic', part: 'public' }), s), `，主要包括：${named('public').join('、')}。`);

  // 七、“三公”
  w.p('七、一般公共预算“三公”经费支出安排情况');
  const tp = threePublicOf(d);
  const tpTotal = tp.abroad.plus(tp.carPurchase).plus(tp.carRun).plus(tp.reception);
  if (wanOf(tpTotal).isZero() && (d.prior.get('三公:total') ?? ZERO).isZero()) w.p(year(Y), '年本单位没有安排一般公共预算“三公”经费支出。');
  else {
    const pr = (k: string) => d.prior.get(`三公:${k}`) ?? ZERO;
    w.p(year(Y), '年一般公共预算“三公”经费预算', ...amt(tpTotal, s), ...changeParts(tpTotal, pr('total'), s, rng, { year: Y - 1, what: '预算' }), '。');
    w.p(
      '其中：因公出国（境）费',
      ...amt(tp.abroad, s),
      ...changeParts(tp.abroad, pr('abroad'), s, rng, { year: Y - 1, what: '预算' }),
      '；公务用车购置及运行费',
      ...amt(tp.carPurchase.plus(tp.carRun), s),
      '（其中公务用车购置费',
      ...amt(tp.carPurchase, s),
      '、公务用车运行费',
      ...amt(tp.carRun, s),
      '）；公务接待费',
      ...amt(tp.reception, s),
      ...changeParts(tp.reception, pr('reception'), s, rng, { year: Y - 1, what: '预算' }),
      '。',
    );
  }

  // 八、九、政府性基金 / 国有资本经营
  w.p('八、政府性基金预算支出安排情况');
  const gfOut = spent(d, { source: 'gf' });
  if (wanOf(gfOut).isZero()) w.p(year(Y), '年本单位没有使用政府性基金预算安排的支出。');
  else {
    w.p(year(Y), '年政府性基金预算财政拨款本年收入', ...amt(income(d, { source: 'gf' }), s), '、上年结转', ...amt(carriedIn(d, { source: 'gf' }), s), '，本年支出', ...amt(gfOut, s), '，主要用于', d.domain.fundProject, '。');
  }
  w.p('九、国有资本经营预算支出安排情况');
  w.p(year(Y), '年本单位没有使用国有资本经营预算安排的支出。');

  // 十、项目支出安排情况
  w.p('十、项目支出安排情况');
  if (!d.projects.length) w.p(year(Y), '年本单位没有安排项目支出。');
  else {
    const parts = d.projects.map((p, pi): Part[] => [p.name, ...amt(spent(d, { project: pi }), s, 'project-amount'), `，主要用于${p.purpose}`]);
    if (s.lines) {
      w.p(year(Y), '年项目支出', ...amt(project, s), '，具体使用情况如下：');
      parts.forEach((x, i) => w.p(`${i + 1}. `, ...x, '。'));
    } else w.p(year(Y), '年项目支出', ...amt(project, s), '，其中：', ...join(parts, '；'), '。');
  }

  // 十一、其他重要事项
  w.p('十一、其他重要事项的情况说明');
  w.p('（一）机关运行经费情况');
  const op = operationOf(d);
  if (d.units.every((u) => u.nature === 'institution')) w.p('本单位为公益一类事业单位，无机关运行经费。');
  else w.p(year(Y), '年部门机关运行经费', ...amt(op, s), ...changeParts(op, d.prior.get('operation') ?? ZERO, s, rng, { year: Y - 1, what: '预算' }), '；主要用于办公费、印刷费、水电费、差旅费等。');
  w.p('（二）政府采购预算情况');
  const purchase = sum(d.purchases.map((p) => p.amount));
  if (!d.purchases.length) w.p(year(Y), '年本单位没有纳入政府采购预算的支出。');
  else {
    const cat = (c: string) => sum(d.purchases.filter((p) => p.category === c).map((p) => p.amount));
    w.p(year(Y), '年部门政府采购预算总额', ...amt(purchase, s), '，其中：货物', ...amt(cat('货物'), s), '、工程', ...amt(cat('工程'), s), '、服务', ...amt(cat('服务'), s), '。');
  }
  // a partial narrative leaves out 政府购买服务 and numbers the sections after it on (as a preparer would)
  let k = 2;
  if (!s.partial) {
    w.p(`（${cn(++k)}）政府购买服务预算情况`);
    if (!d.services.length) w.p(year(Y), '年本单位没有政府购买服务预算。');
    else w.p(year(Y), '年部门政府购买服务预算', ...amt(sum(d.services.map((x) => x.amount)), s), '，主要用于', d.services[0].content, '。');
  }
  w.p(`（${cn(++k)}）国有资产占用及资产配置情况`);
  w.p('截至', year(Y - 1), `年12月31日，部门共有车辆 ${d.cars.total} 辆，其中执法执勤用车 ${d.cars.duty} 辆、其他用车 ${d.cars.other} 辆；单价100万元（含）以上设备 ${d.bigEquipment} 台（套）。`);
  const assetTotal = sum(d.assets.map((a) => a.unitPrice.times(a.quantity)));
  if (d.assets.length) w.p(year(Y), '年资产配置预算', ...amt(assetTotal, s), '。');
  w.p(`（${cn(++k)}）绩效目标设置情况`);
  const current = spent(d, { source: 'gb', use: 'project', carried: false });
  const carriedGb = spent(d, { source: 'gb', use: 'project', carried: true });
  if (d.projects.length) {
    const money: Part[] = wanOf(carriedGb).isZero() ? ['一般公共预算当年财政拨款', ...amt(current, s)] : ['一般公共预算当年财政拨款', ...amt(current, s), '、上年结转', ...amt(carriedGb, s)];
    w.p(year(Y), `年部门所有项目实行绩效目标管理，共 ${d.projects.length} 个项目，涉及`, ...money, '；同时设置了部门整体支出绩效目标。');
  } else w.p(year(Y), '年部门设置了部门整体支出绩效目标。');
  w.p('第四部分 名词解释');
  w.p('一、一般公共预算财政拨款收入：指区级财政当年拨付的资金。');
  w.p('二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。');
  w.p('三、项目支出：指在基本支出之外为完成特定的行政任务和事业发展目标所发生的支出。');
  w.p('四、“三公”经费：是指部门用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。');
  w.p('五、机关运行经费：为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。');
  const terms = functionCodes(d).filter((c) => c.length === 7);
  terms.forEach((c, i) => w.p(`${cn2(i + 6)}、${fnName(c.slice(0, 3))}（类）${fnName(c.slice(0, 5))}（款）${fnName(c)}（项）：反映${fnName(c)}方面的支出。`));
  w.p('备注：本报告中金额转化为万元时，四舍五入可能存在尾差。');
}

function cn2(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  if (n < 20) return `十${d[n - 10]}`;
  return `${d[Math.floor(n / 10)]}十${d[n % 10]}`;
}

/** A list "lead，其中：a；b；c。" in one paragraph, or "lead，其中：" then one paragraph per item. */
export function list(w: Paragraphs, s: Style, lead: Part[], items: Part[][]): void {
  if (!items.length) {
    w.p(...lead, '。');
    return;
  }
  if (s.lines && items.length > 1) {
    w.p(...lead, '，其中：');
    items.forEach((x, i) => w.p(...x, i === items.length - 1 ? '。' : '；'));
    return;
  }
  w.p(...lead, '，其中：', ...join(items, '；'), '。');
}

export function join(items: Part[][], sep: string): Part[] {
  const out: Part[] = [];
  items.forEach((x, i) => {
    if (i) out.push(sep);
    out.push(...x);
  });
  return out;
}

