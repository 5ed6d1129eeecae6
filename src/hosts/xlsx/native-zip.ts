/**
 * Node's zlib for the readers (issue 19: a cold CLI run spent ~10 ms warming up pako's and SheetJS's
 * JavaScript inflaters; zlib is native and has nothing to warm up). Node only: the browser reads with pako.
 */
import { crc32, deflateRawSync, inflateRawSync, type ZlibOptions } from 'zlib';
import type { NativeZip } from './zip-guard';

/** zlib.inflateRawSync's engine, as returned with `info: true`: bytesWritten is the input it took. */
interface InflateInfo {
  buffer: Uint8Array;
  engine: { bytesWritten: number };
}

const inflateWithInfo = inflateRawSync as unknown as (data: Uint8Array, options: ZlibOptions & { info: true }) => InflateInfo;

export const nodeZip: NativeZip = {
  inflateRaw(data, maxBytes) {
    try {
      return nodeZip.inflateRawPrefix(data, maxBytes)?.out ?? null;
    } catch {
      return null; // damaged or truncated: the streaming inflater says which
    }
  },
  inflateRawPrefix(data, maxBytes) {
    try {
      const { buffer, engine } = inflateWithInfo(data, { info: true, maxOutputLength: Math.max(1, maxBytes) });
      return buffer.length <= maxBytes ? { out: buffer, read: engine.bytesWritten } : null;
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null; // (a RangeError of Node's realm: not instanceof in a test's)
      throw e;
    }
  },
  crc32: (data, crc) => crc32(data, crc),
  deflateRaw: (data) => deflateRawSync(data),
};
