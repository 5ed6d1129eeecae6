/**
 * Node's zlib in the readers (src/hosts/xlsx/native-zip.ts): the zip checks and SheetJS give the same
 * result with it as with the JavaScript inflaters — on every fixture, and on damaged copies (bytes flipped,
 * zeroed, the file cut short), where the error and its message must be the same too. The oracle is the
 * path without it (pako, SheetJS's own inflater), computed first: SheetJS keeps the zlib it is given.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { deflateRawSync } from 'zlib';
import { ReadError } from '../../src/core/errors';
import { DEFAULT_LIMITS, formatBytes, withLimits } from '../../src/core/limits';
import { nodeZip } from '../../src/hosts/xlsx/native-zip';
import { readWorkbookBytes } from '../../src/hosts/xlsx/workbook-bytes';
import { inspectPackage } from '../../src/hosts/xlsx/zip-guard';
import { Rng } from '../support/department/rng';
import { entry, streamedEntry, writeZip } from '../support/zip';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = [
  ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(ROOT, 'test', 'fixtures', f)),
  ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(ROOT, 'test', 'fixtures', 'real', f)),
  ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures-xls')).map((f) => path.join(ROOT, 'test', 'fixtures-xls', f)),
];
const bytesOf = (f: string) => new Uint8Array(fs.readFileSync(f));

/** Damaged copies of a file: a few bytes flipped, 16 bytes zeroed, or the file cut short, at random places. */
function damaged(bytes: Uint8Array, seed: number, n: number): Uint8Array[] {
  const rng = new Rng(seed);
  const at = (len: number) => Math.floor(rng.unit() * len);
  return Array.from({ length: n }, (_, i) => {
    const b = bytes.slice();
    if (i % 3 === 0) {
      for (let k = 1 + at(3); k > 0; k--) b[at(b.length)] ^= 1 << at(8);
      return b;
    }
    if (i % 3 === 1) {
      const from = at(b.length - 16);
      b.fill(0, from, from + 16);
      return b;
    }
    return bytes.slice(0, at(bytes.length));
  });
}

/** What a check or a read came to: its result, or the error's code and message. */
function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (e) {
    return e instanceof ReadError ? `${e.code}: ${e.message}` : `${(e as Error).name}: ${(e as Error).message}`;
  }
}

async function outcomeAsync(run: () => Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await run());
  } catch (e) {
    return e instanceof ReadError ? `${e.code}: ${e.message}` : `${(e as Error).name}: ${(e as Error).message}`;
  }
}

const XLSX_FIXTURES = FIXTURES.filter((f) => f.endsWith('.xlsx'));
const DAMAGED = XLSX_FIXTURES.slice(0, 5).flatMap((f, i) => damaged(bytesOf(f), 1000 + i, 60));

describe('the zip checks (inspectPackage) with and without Node’s zlib', () => {
  test('the same facts on every .xlsx fixture', () => {
    for (const f of XLSX_FIXTURES) {
      const b = bytesOf(f);
      const plain = outcome(() => inspectPackage(b, DEFAULT_LIMITS));
      expect(plain).toMatch(/^\{"sheets"/);
      expect(outcome(() => inspectPackage(b, DEFAULT_LIMITS, nodeZip))).toBe(plain);
    }
  });

  test('the same facts or the same error on 300 damaged copies, and low limits', () => {
    const seen = new Set<string>();
    for (const b of DAMAGED) {
      const plain = outcome(() => inspectPackage(b, DEFAULT_LIMITS));
      seen.add(plain.startsWith('{') ? 'read' : plain.slice(0, plain.indexOf(':')));
      expect(outcome(() => inspectPackage(b, DEFAULT_LIMITS, nodeZip))).toBe(plain);
    }
    // the copies reach the inflater's failures, not only the directory's
    expect([...seen]).toEqual(expect.arrayContaining(['read', 'CORRUPT']));
    const b = bytesOf(XLSX_FIXTURES[0]);
    for (const over of [{ maxPartBytes: 20_000 }, { maxCellsPerSheet: 50 }, { maxTotalBytes: 100_000 }]) {
      const plain = outcome(() => inspectPackage(b, withLimits(over)));
      expect(plain).toMatch(/^(PART_TOO_LARGE|TOO_MANY_CELLS)/);
      expect(outcome(() => inspectPackage(b, withLimits(over), nodeZip))).toBe(plain);
    }
  });

  test('a part whose directory lies about its size is refused the same way', async () => {
    const frame = [entry('[Content_Types].xml', '<Types/>'), entry('xl/workbook.xml', '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')];
    const sheet = await streamedEntry('xl/worksheets/sheet1.xml', '<worksheet><sheetData>', '<row r="1"><c r="A1"><v>1</v></c></row>', 20_000, '</sheetData></worksheet>');
    sheet.size = 4096;
    const b = writeZip([...frame, sheet]);
    const plain = outcome(() => inspectPackage(b, DEFAULT_LIMITS));
    expect(plain).toMatch(/^CORRUPT: .*比目录中记录的大小（4,096 字节）更大/);
    expect(outcome(() => inspectPackage(b, DEFAULT_LIMITS, nodeZip))).toBe(plain);
  });
});

describe('nodeZip', () => {
  const text = new TextEncoder().encode('收入 1,234.56 万元；'.repeat(500));
  const deflated = new Uint8Array(deflateRawSync(text));

  test('inflates a stream whole, and says null for damaged, cut or too large data', () => {
    expect(Buffer.from(nodeZip.inflateRaw(deflated, text.length) ?? []).equals(Buffer.from(text))).toBe(true);
    expect(nodeZip.inflateRaw(deflated, text.length - 1)).toBeNull();
    expect(nodeZip.inflateRaw(deflated.subarray(0, deflated.length - 3), text.length)).toBeNull();
    expect(nodeZip.inflateRaw(new Uint8Array(0), 10)).toBeNull();
    const bad = deflated.slice();
    bad[0] = 0xff; // an invalid block type
    expect(nodeZip.inflateRaw(bad, text.length)).toBeNull();
  });

  test('inflates the stream at the start of data and says how much of it the stream took', () => {
    const withMore = new Uint8Array([...deflated, ...new TextEncoder().encode('PK\x03\x04 next part')]);
    const got = nodeZip.inflateRawPrefix(withMore, text.length);
    expect(got?.read).toBe(deflated.length);
    expect(Buffer.from(got?.out ?? []).equals(Buffer.from(text))).toBe(true);
    expect(nodeZip.inflateRawPrefix(withMore, text.length - 1)).toBeNull();
  });

  test('CRC-32 continues from a previous value, as the zip checks feed it chunk by chunk', () => {
    const whole = nodeZip.crc32(text, 0);
    expect(nodeZip.crc32(text.subarray(1000), nodeZip.crc32(text.subarray(0, 1000), 0))).toBe(whole);
    expect(whole).toBeGreaterThan(0);
  });
});

describe('readWorkbookBytes with and without Node’s zlib', () => {
  // the oracle first: once SheetJS is given a zlib it keeps it for every later read in this module
  const plain = new Map<string, string>();
  const cases: [string, Uint8Array][] = [
    ...FIXTURES.map((f) => [path.basename(f), bytesOf(f)] as [string, Uint8Array]),
    ...DAMAGED.filter((_, i) => i % 4 === 0).map((b, i) => [`damaged ${i}.xlsx`, b] as [string, Uint8Array]),
  ];
  beforeAll(async () => {
    for (const [name, b] of cases) plain.set(name, await outcomeAsync(() => readWorkbookBytes(b, name)));
  });

  test('the same model, or the same error, on every fixture (.xlsx, .xls, .ods) and on damaged copies', async () => {
    expect(plain.size).toBe(cases.length);
    for (const [name, b] of cases) {
      const got = await outcomeAsync(() => readWorkbookBytes(b, name, DEFAULT_LIMITS, nodeZip));
      if (!name.startsWith('damaged')) expect(got).toMatch(/^\{"source"/);
      expect(got).toBe(plain.get(name));
    }
  });

  test('an .ods part whose directory lies stops at the part limit (SheetJS inflates it, outside the JavaScript heap)', async () => {
    const content = await streamedEntry('content.xml', '<office:document-content>', '<table:table-row/>', 200_000, '</office:document-content>');
    content.size = 2048;
    const ods = writeZip([entry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', 0), entry('META-INF/manifest.xml', '<manifest/>'), content]);
    const err = await readWorkbookBytes(ods, 'x.ods', withLimits({ maxPartBytes: 1_000_000 }), nodeZip).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReadError);
    expect(`${(err as ReadError).code}: ${(err as ReadError).message}`).toMatch(/^PART_TOO_LARGE/);
    expect((err as ReadError).message).toContain(`解压后超过上限 ${formatBytes(1_000_000)}`);
  });

  test('SheetJS reads with the zlib it was given (its inflater is the one counted here)', () => {
    let calls = 0;
    const counting = { ...nodeZip, inflateRawPrefix: (d: Uint8Array, m: number) => (calls++, nodeZip.inflateRawPrefix(d, m)) };
    const b = bytesOf(XLSX_FIXTURES[0]);
    return readWorkbookBytes(b, 'x.xlsx', DEFAULT_LIMITS, counting).then(() => {
      expect(calls).toBeGreaterThan(3);
      expect(XLSX.version).toBeTruthy();
    });
  });
});
