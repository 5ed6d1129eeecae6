import Decimal from 'decimal.js';
import {
  amountInterval,
  parseAmountText,
  parseCellAmount,
  toWanYuan,
  type Amount,
  type NumberAmount,
} from '../../src/core/amount';
import { makeCell } from '../../src/core/workbook';

function num(a: Amount): NumberAmount {
  if (a.kind !== 'number') throw new Error(`expected a number, got ${a.kind} for ${JSON.stringify(a)}`);
  return a;
}
const val = (t: string) => num(parseAmountText(t)).value.toString();
const dec = (t: string) => num(parseAmountText(t)).decimals;

describe('parseAmountText: numbers and printed precision', () => {
  test.each([
    ['1,157.86', '1157.86', 2],
    ['1157.86', '1157.86', 2],
    ['77.3', '77.3', 1],
    ['150', '150', 0],
    ['0.00', '0', 2],
    ['0', '0', 0],
    ['12,345,678.90', '12345678.9', 2],
    ['.5', '0.5', 1],
    ['  1,157.86  ', '1157.86', 2],
  ])('%s → %s with %i decimals', (text, value, decimals) => {
    expect(val(text)).toBe(value);
    expect(dec(text)).toBe(decimals);
  });

  test('keeps trailing zeros as precision, not as value noise', () => {
    const a = num(parseAmountText('153.30'));
    expect(a.value.equals(new Decimal('153.3'))).toBe(true);
    expect(a.decimals).toBe(2);
  });

  test('full-width digits and punctuation', () => {
    expect(val('１，１５７．８６')).toBe('1157.86');
    expect(dec('１，１５７．８６')).toBe(2);
    expect(val('（１２．５０）')).toBe('-12.5');
    expect(num(parseAmountText('１９．８９％')).percent).toBe(true);
  });

  test('negatives: parentheses, minus signs, △ and trailing minus', () => {
    expect(val('（12.50）')).toBe('-12.5');
    expect(val('(12.50)')).toBe('-12.5');
    expect(val('-12.50')).toBe('-12.5');
    expect(val('－12.50')).toBe('-12.5');
    expect(val('−12.50')).toBe('-12.5');
    expect(val('△12.50')).toBe('-12.5');
    expect(val('12.50-')).toBe('-12.5');
    expect(val('+12.50')).toBe('12.5');
  });

  test('blank and dashes are empty, distinguished from zero', () => {
    for (const t of ['', '   ', '—', '——', '-', '--', '－', '/', '／', '\u3000']) {
      expect(parseAmountText(t).kind).toBe('empty');
    }
    expect(parseAmountText('0.00').kind).toBe('number');
  });

  test('Excel error values are errors, never 0', () => {
    for (const e of ['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#ref!']) {
      const a = parseAmountText(e);
      expect(a.kind).toBe('error');
      expect(a.kind === 'error' && a.error).toBe(e.toUpperCase());
    }
  });

  test('money units are recognised and kept', () => {
    expect(num(parseAmountText('77.3万元')).unit).toBe('万元');
    expect(num(parseAmountText('50万')).unit).toBe('万元');
    expect(num(parseAmountText('5,863.03 万元')).unit).toBe('万元');
    expect(num(parseAmountText('1,000元')).unit).toBe('元');
    expect(num(parseAmountText('1.2亿元')).unit).toBe('亿元');
    expect(num(parseAmountText('1.2亿')).unit).toBe('亿元');
    expect(num(parseAmountText('￥1,000.00')).value.toString()).toBe('1000');
    expect(num(parseAmountText('150')).unit).toBeNull();
  });

  test('percentages keep their printed decimals in percentage points', () => {
    const a = num(parseAmountText('19.89%'));
    expect(a.percent).toBe(true);
    expect(a.value.toString()).toBe('19.89');
    expect(a.decimals).toBe(2);
    expect(num(parseAmountText('-83.51%')).value.toString()).toBe('-83.51');
  });

  test('text that is not a number is text', () => {
    for (const t of ['合计', '1,15.7', '12.3.4', '2023年', 'abc', '1 2', '12,34', '万元']) {
      expect(parseAmountText(t).kind).toBe('text');
    }
  });

  test('typos such as a leading zero are parsed and flagged', () => {
    const a = num(parseAmountText('01.74'));
    expect(a.value.toString()).toBe('1.74');
    expect(a.warnings).toContain('leading-zero');
    expect(num(parseAmountText('0.74')).warnings).toBeUndefined();
  });
});

describe('parseCellAmount', () => {
  test('numeric cell: precision from the number format', () => {
    const a = num(parseCellAmount(makeCell({ row: 1, col: 1, value: 1157.86, numFmt: '#,##0.00' })));
    expect(a.value.toString()).toBe('1157.86');
    expect(a.decimals).toBe(2);
    expect(a.text).toBe('1,157.86');
    expect(num(parseCellAmount(makeCell({ row: 1, col: 1, value: 5, numFmt: '0.0' }))).decimals).toBe(1);
  });

  test('numeric cell: the printed value is what counts; the stored one is kept', () => {
    const a = num(parseCellAmount(makeCell({ row: 1, col: 1, value: 1157.8649, numFmt: '0.00' })));
    expect(a.value.toString()).toBe('1157.86');
    expect(a.stored?.toString()).toBe('1157.8649');
    // binary-float noise from formulas does not survive: 0.1 + 0.2 shown as 0.30
    const b = num(parseCellAmount(makeCell({ row: 1, col: 1, value: 0.1 + 0.2, numFmt: '0.00' })));
    expect(b.value.toString()).toBe('0.3');
  });

  test('numeric cell with General format: precision from the shown value', () => {
    const a = num(parseCellAmount(makeCell({ row: 1, col: 1, value: 77.3 })));
    expect(a.decimals).toBe(1);
    expect(num(parseCellAmount(makeCell({ row: 1, col: 1, value: 150 }))).decimals).toBe(0);
  });

  test('percent-formatted cell is in percentage points', () => {
    const a = num(parseCellAmount(makeCell({ row: 1, col: 1, value: 0.1989, numFmt: '0.00%' })));
    expect(a.percent).toBe(true);
    expect(a.value.toString()).toBe('19.89');
    expect(a.decimals).toBe(2);
  });

  test('text cell holding a number is parsed and flagged as stored as text', () => {
    const a = num(parseCellAmount(makeCell({ row: 1, col: 1, value: '1,157.86' })));
    expect(a.value.toString()).toBe('1157.86');
    expect(a.storedAsText).toBe(true);
  });

  test('empty, dash, error and label cells', () => {
    expect(parseCellAmount(undefined).kind).toBe('empty');
    expect(parseCellAmount(makeCell({ row: 1, col: 1, value: '—' })).kind).toBe('empty');
    const err = parseCellAmount(makeCell({ row: 1, col: 1, value: null, error: '#REF!' }));
    expect(err).toMatchObject({ kind: 'error', error: '#REF!' });
    expect(parseCellAmount(makeCell({ row: 1, col: 1, value: '合计' })).kind).toBe('text');
    expect(parseCellAmount(makeCell({ row: 1, col: 1, value: true })).kind).toBe('text');
  });

  test('zero printed as "-" by the number format is still zero', () => {
    const cell = makeCell({ row: 1, col: 1, value: 0, numFmt: '#,##0.00;-#,##0.00;"-"' });
    expect(cell.text).toBe('-');
    const a = num(parseCellAmount(cell));
    expect(a.value.isZero()).toBe(true);
    expect(a.decimals).toBe(2);
  });
});

describe('units and intervals', () => {
  test('元 → 万元 keeps the true precision', () => {
    const a = toWanYuan(num(parseAmountText('11,578,600.00')), '元');
    expect(a.value.toString()).toBe('1157.86');
    expect(a.decimals).toBe(6);
    expect(a.unit).toBe('万元');
  });

  test('a unit written with the number wins over the assumed one', () => {
    expect(toWanYuan(num(parseAmountText('5000元'))).value.toString()).toBe('0.5');
    const y = toWanYuan(num(parseAmountText('1.2亿元')));
    expect(y.value.toString()).toBe('12000');
    expect(y.decimals).toBe(-3);
  });

  test('万元 and percentages are unchanged', () => {
    const a = num(parseAmountText('77.3万元'));
    expect(toWanYuan(a)).toBe(a);
    const p = num(parseAmountText('19.89%'));
    expect(toWanYuan(p, '元')).toBe(p);
  });

  test('interval of a printed value is ± half a unit in the last place', () => {
    const [lo, hi] = amountInterval(num(parseAmountText('153.30')));
    expect(lo.toString()).toBe('153.295');
    expect(hi.toString()).toBe('153.305');
    const [lo0, hi0] = amountInterval(num(parseAmountText('150')));
    expect(lo0.toString()).toBe('149.5');
    expect(hi0.toString()).toBe('150.5');
  });
});
