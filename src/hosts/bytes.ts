/** Byte signatures and searches shared by the file sniffers (.xlsx and narrative readers; Node and browser). */

/** OLE2 / CFB container: legacy .xls/.doc/.et/.wps, or an encrypted OOXML package. */
export const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip local file header, and the end-of-central-directory record (alone: an empty zip). */
export const ZIP = [0x50, 0x4b, 0x03, 0x04];
export const ZIP_END = [0x50, 0x4b, 0x05, 0x06];

export function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** Whether `needle` occurs in `bytes` (as raw bytes). */
export function contains(bytes: Uint8Array, needle: number[]): boolean {
  const n = needle.length;
  outer: for (let i = 0; i + n <= bytes.length; i++) {
    for (let j = 0; j < n; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
export const utf16le = (s: string): number[] => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]);

/** An OLE2 container holding an encrypted OOXML package (password-protected .xlsx/.docx). */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return contains(bytes, utf16le('EncryptedPackage')) || contains(bytes, utf16le('EncryptionInfo'));
}

/** Whether a zip's end-of-central-directory record is present (it sits in the last 64 KiB + 22 bytes). */
export function zipComplete(bytes: Uint8Array): boolean {
  return contains(bytes.subarray(Math.max(0, bytes.length - 65557)), ZIP_END);
}
