/**
 * Look inside an .xlsx package before exceljs inflates it: exceljs (through jszip) inflates
 * every part in full and builds the whole workbook in memory, so a 46 MB "zip bomb" or a sheet
 * of millions of cells would run for minutes and abort out of memory. Here the zip's central
 * directory is read first (declared sizes against the limits, nothing inflated yet), then every
 * part is inflated in small chunks and thrown away as it goes — stopping as soon as it passes a
 * limit or its declared size — while its CRC is checked and the sheet XML is scanned for cells,
 * DTDs and shared-string references. Works the same in Node and in the browser (pako); a host
 * with a zlib of its own (Node) passes it in as a NativeZip, and the parts that inflate cleanly
 * are inflated by it (issue 19: a cold CLI run spent ~10 ms warming up pako's JavaScript).
 */
import { Inflate } from 'pako';
import { ReadError } from '../../core/errors';
import { formatBytes, groupDigits, type ReadLimits } from '../../core/limits';

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface SheetFacts {
  name: string;
  part: string;
  /** `<c>` elements in the sheet XML (empty styled cells included). */
  cells: number;
  /** Cells with a value (`<v>` or an inline string). */
  values: number;
}

export interface PackageFacts {
  sheets: SheetFacts[];
}

/** A host's own zlib (Node's): faster than pako, and nothing to warm up. */
export interface NativeZip {
  /** A raw deflate stream inflated whole; null when it cannot be (damaged data, or more than `maxBytes`). */
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array | null;
  /**
   * The deflate stream at the start of `data` (more may follow it) inflated, and how many bytes of `data` it
   * took; null when it would be more than `maxBytes`. Throws on damaged data.
   */
  inflateRawPrefix(data: Uint8Array, maxBytes: number): { out: Uint8Array; read: number } | null;
  /** CRC-32 of `data`, continuing from `crc`. */
  crc32(data: Uint8Array, crc: number): number;
  /** Raw deflate (SheetJS's writer asks for it once its zlib is set; the readers never write). */
  deflateRaw(data: Uint8Array): Uint8Array;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

/** UTF-8 bytes as text (TextDecoder where the host has it; jsdom, used by the pane's tests, has none). */
export function utf8(b: Uint8Array): string {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-8').decode(b);
  let out = '';
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    let cp = n === 1 ? (c < 0x80 ? c : 0xfffd) : c & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) cp = (cp << 6) | ((b[i + k] ?? 0) & 0x3f);
    out += String.fromCodePoint(cp > 0x10ffff ? 0xfffd : cp);
    i += n;
  }
  return out;
}

/** Bytes as Latin-1 text (for pattern searches in markup). */
function latin1(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}

const corrupt = (detail: string) => new ReadError('CORRUPT', detail);

function findEocd(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/** The central directory: every entry with its declared sizes (zip64 included). */
export function readCentralDirectory(b: Uint8Array): Entry[] {
  const eocd = findEocd(b);
  if (eocd < 0) throw corrupt('压缩包不完整，缺少目录，文件可能被截断');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // zip64: the locator just before the EOCD points to the zip64 EOCD record
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) throw corrupt('压缩包目录损坏');
    const z = u64(b, loc + 8);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw corrupt('压缩包目录损坏');
    count = u64(b, z + 32);
    cdSize = u64(b, z + 40);
    cdOffset = u64(b, z + 48);
  }
  // bytes in front of the zip (a self-extracting stub, or a file cut at the front) shift every offset
  const shift = eocd - cdSize - cdOffset;
  let p = cdOffset + Math.max(0, shift);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw corrupt('压缩包目录损坏');
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    if (p + 46 + nameLen + extraLen > b.length) throw corrupt('压缩包目录损坏');
    const e: Entry = {
      flags: u16(b, p + 8),
      method: u16(b, p + 10),
      crc: u32(b, p + 16),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
      name: utf8(b.subarray(p + 46, p + 46 + nameLen)),
    };
    // zip64 extra field: the 0xFFFFFFFF fields follow in this order
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(b, x);
      const len = u16(b, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (e.size === 0xffffffff) {
          e.size = u64(b, q);
          q += 8;
        }
        if (e.compressedSize === 0xffffffff) {
          e.compressedSize = u64(b, q);
          q += 8;
        }
        if (e.localOffset === 0xffffffff) e.localOffset = u64(b, q);
      }
      x += 4 + len;
    }
    e.localOffset += Math.max(0, shift);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

let CRC_TABLE: Uint32Array | null = null;
function crcTable(): Uint32Array {
  if (CRC_TABLE) return CRC_TABLE;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return (CRC_TABLE = t);
}

function crcUpdate(crc: number, chunk: Uint8Array): number {
  const t = crcTable();
  let c = crc ^ 0xffffffff;
  for (let i = 0; i < chunk.length; i++) c = t[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Counts in XML as it streams by, across chunk boundaries: `<c` cells, `<v>`/`<is>` values,
 * `<!DOCTYPE`/`<!ENTITY` (never in a real workbook: the billion-laughs attack), and — only
 * when asked — shared-string references (t="s").
 */
class XmlScanner {
  cells = 0;
  values = 0;
  doctype = false;
  sharedRefs = false;
  private tail = new Uint8Array(0);
  private text = '';
  constructor(private readonly lookForSharedRefs: boolean) {}

  push(chunk: Uint8Array): void {
    const L = 5;
    let buf = chunk;
    if (this.tail.length) {
      buf = new Uint8Array(this.tail.length + chunk.length);
      buf.set(this.tail);
      buf.set(chunk, this.tail.length);
    }
    const end = buf.length - L;
    for (let i = buf.indexOf(0x3c); i >= 0 && i <= end; i = buf.indexOf(0x3c, i + 1)) {
      const a = buf[i + 1];
      const b = buf[i + 2];
      if (a === 0x63 /* c */ && (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d)) this.cells++;
      else if (a === 0x76 /* v */ && (b === 0x3e || b === 0x20)) this.values++;
      else if (a === 0x69 /* i */ && b === 0x73 /* s */ && buf[i + 3] === 0x3e) this.values++;
      else if (a === 0x21 /* ! */ && (b === 0x44 /* D */ || b === 0x45) /* E */) this.doctype = true;
    }
    if (this.lookForSharedRefs && !this.sharedRefs) {
      const s = this.text + latin1(chunk);
      if (/\bt\s*=\s*["']s["']/.test(s)) this.sharedRefs = true;
      this.text = s.slice(-8);
    }
    this.tail = buf.slice(Math.max(0, end + 1));
  }
}

/**
 * A part's data, inflated chunk by chunk into `sink`; stops past `cap` bytes. With a host's zlib, a part
 * that inflates cleanly to at most its declared size is inflated whole and handed on in the same 64 KB
 * chunks; any other part goes the streaming way (pako), which stops early and says what is wrong.
 */
function inflatePart(b: Uint8Array, e: Entry, cap: number, sink: (chunk: Uint8Array) => void, native?: NativeZip): number {
  const p = e.localOffset;
  if (p + 30 > b.length || u32(b, p) !== 0x04034b50) throw corrupt(`压缩包中的 ${e.name} 位置错误`);
  const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
  const data = b.subarray(start, start + e.compressedSize);
  if (data.length < e.compressedSize) throw corrupt(`压缩包中的 ${e.name} 不完整，文件可能被截断`);
  let total = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > cap) throw new PastCap(total);
    if (total > e.size) throw corrupt(`压缩包中的 ${e.name} 解压后比目录中记录的大小（${groupDigits(e.size)} 字节）更大`);
    crc = native ? native.crc32(chunk, crc) : crcUpdate(crc, chunk);
    sink(chunk);
  };
  const whole = e.method === 8 && native ? native.inflateRaw(data, e.size) : null;
  if (e.method === 0 || whole) {
    const bytes = whole ?? data;
    for (let i = 0; i < bytes.length; i += 65536) take(bytes.subarray(i, Math.min(bytes.length, i + 65536)));
  } else if (e.method === 8) {
    const inf = new Inflate({ raw: true, chunkSize: 65536 });
    inf.onData = take;
    inf.onEnd = () => undefined;
    for (let i = 0; i < data.length && !inf.ended; i += 65536) {
      const last = i + 65536 >= data.length;
      if (!inf.push(data.subarray(i, Math.min(data.length, i + 65536)), last) && inf.err) throw corrupt(`压缩包中的 ${e.name} 数据损坏，无法解压`);
    }
    if (data.length === 0 && e.size > 0) throw corrupt(`压缩包中的 ${e.name} 数据损坏，无法解压`);
  } else {
    throw corrupt(`压缩包中的 ${e.name} 使用了不支持的压缩方式（${e.method}）`);
  }
  if (total !== e.size) throw corrupt(`压缩包中的 ${e.name} 解压后的大小与目录中记录的不符`);
  if (crc !== e.crc) throw corrupt(`压缩包中的 ${e.name} 校验失败（CRC 不符），文件内容已被改动或损坏`);
  return total;
}

class PastCap extends Error {
  constructor(readonly bytes: number) {
    super('past cap');
  }
}

function xmlText(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlText(m[2] ?? m[3] ?? '') : null;
}

/** Sheet names and their parts, from xl/workbook.xml and its relationships. */
function sheetParts(workbookXml: string, relsXml: string | null): { name: string; part: string | null }[] {
  const targets = new Map<string, string>();
  for (const m of (relsXml ?? '').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const out: { name: string; part: string | null }[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = attr(m[0], 'r:id') ?? attr(m[0], '\\w+:id');
    out.push({ name: attr(m[0], 'name') ?? '', part: id ? (targets.get(id) ?? null) : null });
  }
  return out;
}

function inflateText(b: Uint8Array, e: Entry, cap: number, native?: NativeZip): string {
  const chunks: Uint8Array[] = [];
  inflatePart(b, e, cap, (c) => chunks.push(c.slice()), native);
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  return utf8(all);
}

/**
 * Check an .xlsx package against the limits without building it. Throws a ReadError (Chinese
 * message) for anything over a limit or damaged; returns what it counted per sheet. `native`: the
 * host's zlib, if it has one (the result is the same).
 */
export function inspectPackage(b: Uint8Array, limits: ReadLimits, native?: NativeZip): PackageFacts {
  if (b.length > limits.maxFileBytes) throw new ReadError('TOO_LARGE', `${formatBytes(b.length)}，上限 ${formatBytes(limits.maxFileBytes)}`);
  const entries = readCentralDirectory(b);
  const tooLarge = (name: string, size: number, limit: number, what = '解压后') =>
    new ReadError('PART_TOO_LARGE', `${name} ${what}至少 ${formatBytes(size)}，上限 ${formatBytes(limit)}`);
  // declared sizes first: nothing is inflated for a file that says it is too large
  let declared = 0;
  for (const e of entries) {
    if (e.size > limits.maxPartBytes) throw tooLarge(e.name, e.size, limits.maxPartBytes);
    declared += e.size;
  }
  if (declared > limits.maxTotalBytes) throw tooLarge('全部内容', declared, limits.maxTotalBytes);
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const workbook = byName.get('xl/workbook.xml');
  if (!workbook) throw new ReadError('NOT_XLSX_ZIP');
  // a part that inflates past its declared size is refused as damaged (the directory lies) before the limit is reached
  const cap = (_e: Entry) => limits.maxPartBytes;
  const wbXml = inflateText(b, workbook, cap(workbook), native);
  if (/<!(DOCTYPE|ENTITY)/.test(wbXml)) throw new ReadError('XML_DOCTYPE', 'xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  const sheets = sheetParts(wbXml, rels ? inflateText(b, rels, cap(rels), native) : null);
  if (sheets.length > limits.maxSheets) {
    throw new ReadError('TOO_MANY_SHEETS', `${groupDigits(sheets.length)} 张，上限 ${groupDigits(limits.maxSheets)} 张`);
  }
  const sheetOfPart = new Map(sheets.filter((s) => s.part).map((s) => [s.part as string, s.name]));
  const hasSharedStrings = entries.some((e) => /^xl\/sharedStrings\d*\.xml$/i.test(e.name) && e.size > 0);
  const facts: SheetFacts[] = [];
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith('/') && e.size === 0) continue; // a folder
    const xml = /\.(xml|rels|vml)$/i.test(e.name);
    const sheetName = sheetOfPart.get(e.name) ?? (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name) ? e.name : undefined);
    const scanner = xml ? new XmlScanner(sheetName !== undefined && !hasSharedStrings) : null;
    try {
      total += inflatePart(b, e, cap(e), (chunk) => {
        if (!scanner) return;
        scanner.push(chunk);
        if (scanner.doctype) throw new ReadError('XML_DOCTYPE', e.name);
        if (sheetName !== undefined && scanner.cells > limits.maxCellsPerSheet) {
          throw new ReadError('TOO_MANY_CELLS', `工作表“${sheetName}”超过 ${groupDigits(limits.maxCellsPerSheet)} 个单元格的上限`);
        }
      }, native);
    } catch (err) {
      if (err instanceof PastCap) throw tooLarge(e.name, err.bytes, limits.maxPartBytes);
      throw err;
    }
    if (total > limits.maxTotalBytes) throw tooLarge('全部内容', total, limits.maxTotalBytes);
    if (scanner && sheetName !== undefined) {
      if (scanner.sharedRefs) throw new ReadError('LOST_STRINGS');
      facts.push({ name: sheetName, part: e.name, cells: scanner.cells, values: scanner.values });
    }
  }
  return { sheets: facts };
}
