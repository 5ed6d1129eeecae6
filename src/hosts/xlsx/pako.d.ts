/** The part of pako 1.x (zlib in JavaScript, already used by jszip) that the zip guard uses. */
declare module 'pako' {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    /** mode true: the last input (Z_FINISH). Returns false on a data error (see err/msg). */
    push(data: Uint8Array, mode?: boolean): boolean;
    onData(chunk: Uint8Array): void;
    onEnd(status: number): void;
    err: number;
    msg: string;
    ended: boolean;
  }
}
