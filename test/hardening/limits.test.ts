/**
 * Limits checked before the work (src/core/limits.ts, src/hosts/xlsx/zip-guard.ts): each one
 * refuses with its Chinese message and code, the rest of the batch is reported, and the CLI
 * options change them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import ExcelJS from 'exceljs';
import { ReadError } from '../../src/core/errors';
import { withLimits, type ReadLimits } from '../../src/core/limits';
import { readXlsxBytes } from '../../src/hosts/xlsx/read';
import { parseArgs } from '../../src/hosts/cli/args';
import { cli } from '../support/cli';
import { billionLaughs, expansionBomb, manySheets, workbookOf } from '../support/hostile';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', '2023-huangpi-ybfwzx-budget.xlsx');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'cli-output.schema.json'), 'utf8')));

async function refusal(bytes: Uint8Array, over: Partial<ReadLimits> = {}): Promise<ReadError> {
  const err = await readXlsxBytes(ExcelJS, bytes, 'x.xlsx', (wb) => wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer), withLimits(over)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ReadError);
  return err as ReadError;
}

const fixture = new Uint8Array(fs.readFileSync(FIXTURE));

test.each<[string, Partial<ReadLimits>, string, RegExp]>([
  ['file size', { maxFileBytes: 10_000 }, 'TOO_LARGE', /文件过大.*上限 10 KB/],
  ['uncompressed size of a part', { maxPartBytes: 20_000 }, 'PART_TOO_LARGE', /解压后过大.*上限/],
  ['sheets', { maxSheets: 5 }, 'TOO_MANY_SHEETS', /工作表过多.*13 张，上限 5 张/],
  ['cells per sheet', { maxCellsPerSheet: 50 }, 'TOO_MANY_CELLS', /单元格过多.*工作表“.+”超过 50 个单元格的上限/],
  ['string length', { maxStringLength: 30 }, 'STRING_TOO_LONG', /文字过长.*上限 30/],
])('a limit on the %s refuses the fixture when set low', async (_, over, code, message) => {
  const err = await refusal(fixture, over);
  expect(err.code).toBe(code);
  expect(err.message).toMatch(message);
});

test('the defaults read every fixture', async () => {
  for (const f of fs.readdirSync(path.dirname(FIXTURE)).filter((n) => n.endsWith('.xlsx'))) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(path.dirname(FIXTURE), f)));
    await expect(readXlsxBytes(ExcelJS, bytes, f, (wb) => wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer))).resolves.toBeTruthy();
  }
});

test('an expansion bomb is refused from the zip directory, before anything is inflated', async () => {
  const err = await refusal(await expansionBomb(450));
  expect(err.code).toBe('PART_TOO_LARGE');
  expect(err.message).toMatch(/xl\/worksheets\/sheet1\.xml 解压后至少 450 MB，上限 200 MB/);
});

test('a bomb whose directory lies about its size is stopped while inflating', async () => {
  const err = await refusal(await expansionBomb(250, true));
  expect(err.code).toBe('CORRUPT');
  expect(err.message).toMatch(/比目录中记录的大小（4,096 字节）更大/);
});

test('billion laughs: a DTD in a part is refused', async () => {
  const err = await refusal(billionLaughs());
  expect(err.code).toBe('XML_DOCTYPE');
});

test('1,000 sheets are refused by the default sheet limit; --max-sheets lets them through', async () => {
  const err = await refusal(manySheets(1000));
  expect(err.code).toBe('TOO_MANY_SHEETS');
  expect(err.message).toContain('1,000 张，上限 500 张');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-'));
  const file = path.join(dir, 'many.xlsx');
  fs.writeFileSync(file, manySheets(600));
  const ok = await cli(['--format', 'json', '--max-sheets', '1000', file]);
  const [f] = JSON.parse(ok.out).files;
  expect(f.error).toBeNull();
  expect(f.sheets).toHaveLength(600);
});

test('CLI: a file over a limit is listed with its message and code, exit 2, the others are checked; JSON matches the schema', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-'));
  const wide = path.join(dir, 'b-wide.xlsx');
  fs.writeFileSync(wide, workbookOf([['Sheet1', [Array.from({ length: 3000 }, (_, i) => i)]]]));
  const good = path.join(dir, 'a-good.xlsx');
  fs.copyFileSync(FIXTURE, good);
  const { code, out } = await cli(['--format', 'json', '--max-cells', '2500', good, wide]);
  expect(code).toBe(2);
  const json = JSON.parse(out);
  expect(validate(json)).toBe(true);
  const [a, b] = json.files;
  expect(a.error).toBeNull();
  expect(a.tables.length).toBeGreaterThan(10);
  expect(b.errorCode).toBe('TOO_MANY_CELLS');
  expect(b.error).toMatch(/单元格过多.*可用 --max-cells 调整上限/);
  const text = await cli(['--max-cells', '2500', good, wide]);
  expect(text.out).toMatch(/✖ .*b-wide\.xlsx {2}无法读取：工作表中的单元格过多/);
});

test('limit options: values, units and usage errors', () => {
  const o = parseArgs(['--max-file-size', '50', '--max-uncompressed', '300', '--max-sheets', '100', '--max-cells', '1,000,000', '--max-string', '5000', '--timeout', '2.5', '--max-memory', '1024', 'a.xlsx']);
  expect(o.limits).toEqual({ maxFileBytes: 50 * 1048576, maxPartBytes: 300 * 1048576, maxTotalBytes: 600 * 1048576, maxSheets: 100, maxCellsPerSheet: 1_000_000, maxStringLength: 5000 });
  expect(o.timeoutMs).toBe(2500);
  expect(o.maxMemoryMb).toBe(1024);
  expect(() => parseArgs(['--max-cells', '0', 'a.xlsx'])).toThrow('--max-cells 需要一个正整数');
  expect(() => parseArgs(['--timeout', 'x', 'a.xlsx'])).toThrow('--timeout 需要一个正数');
});
