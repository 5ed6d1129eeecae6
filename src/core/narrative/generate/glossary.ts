/**
 * 名词解释: the standard terms, and every 项级科目 the 一般公共预算支出表 uses, written
 * "〔类〕（类）〔款〕（款）〔项〕（项）：反映……" with the 类/款/项 names the tables print. The 科目说明
 * follow 《政府收支分类科目》 for the codes seen in 医疗保障 disclosures; a code not listed here
 * (and not a generic 行政运行/一般行政管理事务/事业运行/其他… 项) gets a placeholder — check the
 * wording against the budget year's edition.
 */
import { fill } from './format';
import { functionName, type Figures } from './figures';

/** 科目说明 of 项级科目 (支出功能分类). */
export const ITEM_DESCRIPTIONS: Record<string, string> = {
  '2080501': '反映行政单位（包括实行公务员管理的事业单位）开支的离退休经费。',
  '2080502': '反映事业单位开支的离退休经费。',
  '2080505': '反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。',
  '2080506': '反映机关事业单位实施养老保险制度由单位实际缴纳的职业年金支出。',
  '2080599': '反映除上述项目以外其他用于行政事业单位养老方面的支出。',
  '2080704': '反映按规定对就业困难人员等缴纳社会保险费给予的补贴支出。',
  '2080705': '反映按规定对公益性岗位人员给予的岗位补贴支出。',
  '2089999': '反映除上述项目以外其他用于社会保障和就业方面的支出。',
  '2101101': '反映财政部门安排的行政单位（包括实行公务员管理的事业单位）基本医疗保险缴费经费，未参加医疗保险的行政单位的公费医疗经费，按国家规定享受离休人员待遇的医疗经费。',
  '2101102': '反映财政部门安排的事业单位基本医疗保险缴费经费，未参加医疗保险的事业单位的公费医疗经费，按国家规定享受离休人员待遇的医疗经费。',
  '2101103': '反映财政部门安排的公务员医疗补助经费。',
  '2101199': '反映除“行政单位医疗”、“事业单位医疗”、“公务员医疗补助”项目以外其他用于行政事业单位医疗方面的支出。',
  '2101301': '反映财政用于城乡困难群众医疗救助的支出。',
  '2101401': '反映按规定对优抚对象的医疗补助支出。',
  '2101506': '反映医保基金核算、精算、参保登记、权益记录、转移接续等医疗保障经办支出。',
  '2109999': '反映除上述项目以外其他用于卫生健康方面的支出。',
  '2210201': '反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。',
  '2210202': '反映按房改政策规定的标准，行政事业单位向职工（含离退休人员）发放的租金补贴。',
  '2210203': '反映按房改政策规定，行政事业单位向符合条件职工（含离退休人员）发放的用于购买住房的补贴。',
};

/** The description of a 项 code: the list above, else the generic 项 of every 款, else null. */
export function itemDescription(code: string, name: string, kuan: string): string | null {
  if (ITEM_DESCRIPTIONS[code]) return ITEM_DESCRIPTIONS[code];
  const tail = code.slice(5);
  if (tail === '01' && /^行政运行$/.test(name)) return '反映行政单位（包括实行公务员管理的事业单位）的基本支出。';
  if (tail === '02' && /^一般行政管理事务$/.test(name)) return '反映行政单位（包括实行公务员管理的事业单位）未单独设置项级科目的其他项目支出。';
  if (tail === '50' && /^事业运行$/.test(name)) return '反映事业单位的基本支出，不包括行政单位（包括实行公务员管理的事业单位）后勤服务中心、医务室等附属事业单位。';
  if (tail === '99' && /^其他/.test(name)) return `反映除上述项目以外其他用于${kuan.replace(/支出$/, '')}方面的支出。`;
  return null;
}

/** "主要用于……" text of a 项, from its description; null when there is none. */
export function itemPurpose(code: string, name: string, kuan: string): string | null {
  const d = itemDescription(code, name, kuan);
  if (!d) return null;
  return d.replace(/^反映/, '').replace(/。$/, '');
}

/** 区级 / 县级 / 市级 from the unit's name (名词解释 "指区级财政……"; STD-12). */
export function levelWord(unit: string | null): string {
  if (!unit) return '本级';
  if (/区/.test(unit)) return '区级';
  if (/县/.test(unit)) return '县级';
  if (/市/.test(unit)) return '市级';
  return '本级';
}

/** "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）". */
export function functionPath(f: Figures, code: string): string {
  const klass = functionName(f, code.slice(0, 3));
  const kuan = functionName(f, code.slice(0, 5));
  return `${klass}（类）${kuan}（款）${functionName(f, code)}（项）`;
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** "（一）" … */
export function cnNumber(i: number): string {
  return `（${CN[i] ?? String(i + 1)}）`;
}

/** The 名词解释 paragraphs. */
export function glossary(f: Figures, final: boolean): string[] {
  const level = levelWord(f.unit);
  const v = (k: string) => f.values.get(k)?.value;
  const positive = (k: string) => !!v(k) && v(k)!.gt(0);
  const terms: [string, string][] = [];
  terms.push(['一般公共预算财政拨款收入', `指${level}财政一般公共预算当年拨付的资金。`]);
  if (positive('in:政府性基金预算') || positive('fiscal:in:政府性基金预算')) terms.push(['政府性基金预算财政拨款收入', `指${level}财政政府性基金预算当年拨付的资金。`]);
  if (positive('in:国有资本经营预算') || positive('fiscal:in:国有资本经营预算')) terms.push(['国有资本经营预算财政拨款收入', `指${level}财政国有资本经营预算当年拨付的资金。`]);
  if (positive('in:财政专户管理资金')) terms.push(['财政专户管理资金收入', '指教育收费收入等纳入财政专户管理的资金。']);
  if (positive('in:上级补助收入')) terms.push(['上级补助收入', '指从主管部门和上级单位取得的非财政补助收入。']);
  if (positive('in:事业收入')) terms.push(['事业收入', '指事业单位开展专业业务活动及其辅助活动取得的收入。']);
  if (positive('in:事业单位经营收入')) terms.push([final ? '经营收入' : '事业单位经营收入', '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。']);
  if (positive('in:其他收入')) terms.push(['其他收入', '指单位取得的除上述收入以外的各项收入。']);
  if (final) {
    terms.push(['年初结转和结余', '指单位以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。']);
    terms.push(['年末结转和结余', '指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。']);
  } else terms.push(['上年结转', '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。']);
  terms.push(['基本支出', '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。']);
  terms.push(['项目支出', '指在基本支出之外为完成特定的行政任务和事业发展目标所发生的支出。']);
  terms.push([
    '“三公”经费',
    `纳入${level}财政预决算管理的“三公”经费，是指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车购置支出（含车辆购置税、牌照费）及燃料费、维修费、过桥过路费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。`,
  ]);
  terms.push(['机关运行经费', '指为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。']);
  const out = terms.map(([t, d], i) => `${cnNumber(i)}${t}：${d}`);
  const items = f.functions.filter((x) => x.level === 3);
  if (items.length) {
    out.push(`${cnNumber(terms.length)}本部门使用的支出功能分类科目（项级）：`);
    items.forEach((x, i) => {
      const d = itemDescription(x.code, x.name, functionName(f, x.code.slice(0, 5))) ?? fill('科目说明');
      out.push(`${i + 1}. ${functionPath(f, x.code)}：${d}`);
    });
  }
  return out;
}
