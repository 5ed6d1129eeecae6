/** Clicking a finding: its sheet activated and all its cells there selected (fake Excel). */
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import type { Location } from '../../src/core/report';
import { capabilitiesOf } from '../../src/hosts/excel/capabilities';
import { selectionTarget, selectLocations } from '../../src/hosts/excel/navigate';
import { FakeExcel, type ApiVersion } from './excel-fake';

const S1 = '表1 收支总表';
const S5 = '表5 一般公共预算支出表';

function book(api: ApiVersion = '1.9'): FakeExcel {
  return new FakeExcel(api, [{ name: S1 }, { name: S5 }, { name: '隐藏表', visibility: 'Hidden' }]);
}

const LOCS: Location[] = [
  { sheet: S5, cell: 'C18' },
  { sheet: S1, cell: 'B5' },
  { sheet: S5, cell: '$D$18' },
  { sheet: S5, cell: 'G18:G19' },
  { sheet: S5, cell: 'C18' },
];

it('activates the first sheet and selects all its cells (RangeAreas), in 3 syncs', async () => {
  const fx = book('1.9');
  expect(await selectLocations(fx.context, LOCS, capabilitiesOf('1.9'))).toBe(true);
  expect(fx.active).toBe(S5);
  expect(fx.selection).toEqual({ sheet: S5, address: 'C18,D18,G18:G19' });
  expect(fx.sync).toHaveBeenCalledTimes(3);
  // activated in a sync before the one that selects
  expect(fx.opsPerSync).toEqual([0, 1, 1]);
});

it('selects the first cell on ExcelApi 1.7', async () => {
  const fx = book('1.7');
  expect(await selectLocations(fx.context, LOCS, capabilitiesOf('1.7'))).toBe(true);
  expect(fx.selection).toEqual({ sheet: S5, address: 'C18' });
});

it('skips narrative locations outside the workbook', async () => {
  const fx = book();
  const locs: Location[] = [{ sheet: '', cell: '', file: '情况说明.docx', paragraph: 3 }, { sheet: S1, cell: 'B5' }];
  expect(await selectLocations(fx.context, locs, capabilitiesOf('1.9'))).toBe(true);
  expect(fx.selection).toEqual({ sheet: S1, address: 'B5' });
});

it('returns false without syncing when no location is in the workbook', async () => {
  const fx = book();
  expect(await selectLocations(fx.context, [{ sheet: '', cell: '', file: '情况说明.docx', paragraph: 3 }], capabilitiesOf('1.9'))).toBe(false);
  expect(await selectLocations(fx.context, [], capabilitiesOf('1.9'))).toBe(false);
  expect(fx.sync).not.toHaveBeenCalled();
});

it('returns false when the sheet is gone or hidden (1 sync, nothing changed)', async () => {
  const fx = book();
  expect(await selectLocations(fx.context, [{ sheet: '已删除', cell: 'A1' }], capabilitiesOf('1.9'))).toBe(false);
  expect(await selectLocations(fx.context, [{ sheet: '隐藏表', cell: 'A1' }], capabilitiesOf('1.9'))).toBe(false);
  expect(fx.sync).toHaveBeenCalledTimes(2);
  expect(fx.active).toBeNull();
  expect(fx.selection).toBeNull();
});

it('computes the target', () => {
  expect(selectionTarget(LOCS)).toEqual({ sheet: S5, areas: ['C18', 'D18', 'G18:G19'] });
  expect(selectionTarget([{ sheet: '', cell: '' }])).toBeNull();
});
