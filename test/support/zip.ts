/**
 * A small zip reader/writer for tests and the fuzzer: unlike jszip it can write what a hostile
 * or damaged file holds (sizes that lie, a part deflated from a stream far larger than memory).
 */
import JSZip from 'jszip';
import * as zlib from 'zlib';
import { createDeflateRaw, deflateRawSync } from 'zlib';

/** zlib's own CRC-32 where Node has it (20.15+), else the table below. */
const nativeCrc = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export interface ZipEntry {
  name: string;
  /** The stored bytes (deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** Uncompressed size as written in the headers (a bomb may lie). */
  size: number;
}

let TABLE: Uint32Array | null = null;
export function crc32(b: Uint8Array, crc = 0): number {
  if (nativeCrc) return nativeCrc(b, crc);
  if (!TABLE) {
    TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      TABLE[n] = c >>> 0;
    }
  }
  let c = crc ^ 0xffffffff;
  for (let i = 0; i < b.length; i++) c = TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const enc = new TextEncoder();

/** A part from its content (text or bytes), deflated. */
export function entry(name: string, content: string | Uint8Array, method: 0 | 8 = 8): ZipEntry {
  const raw = typeof content === 'string' ? enc.encode(content) : content;
  return { name, data: method === 8 ? new Uint8Array(deflateRawSync(raw, { level: 1 })) : raw, method, crc: crc32(raw), size: raw.length };
}

/** A part made of `head`, then `repeat` written `times` times, then `tail`, deflated as a stream (never held whole). */
export async function streamedEntry(name: string, head: string, repeat: string, times: number, tail: string): Promise<ZipEntry> {
  const z = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve) => z.on('end', () => resolve()));
  let crc = 0;
  let size = 0;
  const write = async (b: Uint8Array) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await new Promise((r) => z.once('drain', r));
  };
  await write(enc.encode(head));
  // written in blocks of about 1 MB: fast, and memory stays small
  const per = Math.max(1, Math.floor((1 << 20) / Math.max(1, repeat.length)));
  const block = enc.encode(repeat.repeat(per));
  let left = times;
  for (; left >= per; left -= per) await write(block);
  if (left > 0) await write(enc.encode(repeat.repeat(left)));
  await write(enc.encode(tail));
  z.end();
  await done;
  return { name, data: new Uint8Array(Buffer.concat(out)), method: 8, crc, size };
}

/** The parts of a zip, uncompressed (jszip). */
export async function readParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const z = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(z.files)) if (!f.dir) out.set(f.name, await f.async('uint8array'));
  return out;
}

/** A zip of these entries (no zip64; sizes and CRCs written as given). */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(e.size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, e.data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(Math.min(e.size, 0xffffffff), 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/** A zip of these parts (text or bytes), each deflated. */
export function zipParts(parts: Map<string, string | Uint8Array>): Uint8Array {
  return writeZip([...parts].map(([name, content]) => entry(name, content)));
}
