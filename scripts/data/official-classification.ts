/**
 * 政府收支分类科目 entries transcribed from official texts found in public copies (財政部《政府收支分类
 * 科目》, reproduced by institutions' finance offices), with the years they hold and where they were read.
 * Only what the copies show is here; the rest of the dictionary comes from the disclosures themselves
 * (scripts/build-dictionary.ts). Official documents of an administrative nature are outside copyright
 * (《著作权法》第五条).
 */
export interface OfficialEntry {
  scheme: 'function' | 'economic';
  level: '类' | '款' | '项';
  code: string;
  name: string;
  from: number | null;
  to: number | null;
  source: string;
}

/** 部门预算支出经济分类科目 (2018 edition on), as reproduced in 2020 by a university finance office. */
const HDU_2020 = 'official:部门预算支出经济分类科目（2018 年起），http://www.hd-u.com/cwc/info/1013/1198.htm（2020-07-24 转载）';
/** 政府预算和部门预算支出经济分类科目对照表 (附表 1, the 2018 reform of the economic classification). */
const CORRESPONDENCE = 'official:政府预算和部门预算支出经济分类科目对照表（附表 1，2018 年支出经济分类改革），http://m.ishare.iask.sina.com.cn/f/oIuBYFV8aL.html';

const econ = (code: string, name: string, from: number | null, to: number | null, source: string): OfficialEntry => ({
  scheme: 'economic',
  level: code.length === 3 ? '类' : '款',
  code,
  name,
  from,
  to,
  source,
});

export const OFFICIAL_ENTRIES: OfficialEntry[] = [
  econ('301', '工资福利支出', 2018, null, HDU_2020),
  econ('30101', '基本工资', 2018, null, HDU_2020),
  econ('30102', '津贴补贴', 2018, null, HDU_2020),
  econ('30103', '奖金', 2018, null, HDU_2020),
  econ('30106', '伙食补助费', 2018, null, HDU_2020),
  econ('30107', '绩效工资', 2018, null, HDU_2020),
  econ('30108', '机关事业单位基本养老保险缴费', 2018, null, HDU_2020),
  econ('30109', '职业年金缴费', 2018, null, HDU_2020),
  econ('30110', '职工基本医疗保险缴费', 2020, null, HDU_2020),
  econ('30111', '公务员医疗补助缴费', 2018, null, HDU_2020),
  econ('30112', '其他社会保障缴费', 2018, null, HDU_2020),
  econ('30113', '住房公积金', 2018, null, CORRESPONDENCE),
  econ('30114', '医疗费', 2018, null, CORRESPONDENCE),
  econ('30199', '其他工资福利支出', 2018, null, CORRESPONDENCE),
  econ('302', '商品和服务支出', 2018, null, CORRESPONDENCE),
  econ('30201', '办公费', 2018, null, CORRESPONDENCE),
  econ('30202', '印刷费', 2018, null, CORRESPONDENCE),
  econ('30204', '手续费', 2018, null, CORRESPONDENCE),
  econ('30205', '水费', 2018, null, CORRESPONDENCE),
  econ('30206', '电费', 2018, null, CORRESPONDENCE),
  econ('30207', '邮电费', 2018, null, CORRESPONDENCE),
  econ('30208', '取暖费', 2018, null, CORRESPONDENCE),
  econ('30209', '物业管理费', 2018, null, CORRESPONDENCE),
  econ('30211', '差旅费', 2018, null, CORRESPONDENCE),
  econ('30214', '租赁费', 2018, null, CORRESPONDENCE),
  econ('30215', '会议费', 2018, null, CORRESPONDENCE),
  econ('30216', '培训费', 2018, null, CORRESPONDENCE),
  econ('30218', '专用材料费', 2018, null, CORRESPONDENCE),
  econ('30224', '被装购置费', 2018, null, CORRESPONDENCE),
  econ('30228', '工会经费', 2018, null, CORRESPONDENCE),
  econ('30229', '福利费', 2018, null, CORRESPONDENCE),
  econ('30239', '其他交通费用', 2018, null, CORRESPONDENCE),
  econ('30240', '税金及附加费用', 2018, null, CORRESPONDENCE),
];
