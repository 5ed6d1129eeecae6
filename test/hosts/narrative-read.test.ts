/** The narrative (情况说明) reader: .txt in UTF-8 / UTF-16 / GBK, .docx through mammoth, and clear refusals. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { ReadError, readErrorMessage, type ReadErrorCode } from '../../src/core/errors';
import { decodeText, extensionOf, readNarrativeBytes } from '../../src/hosts/narrative/read';
import { MAX_NARRATIVE_BYTES, readNarrativeFile } from '../../src/hosts/narrative/node';
import { buildDocx } from './docx';

const ROOT = path.join(__dirname, '..', '..');
const BAD = path.join(ROOT, 'test', 'bad-inputs');

const utf8 = (s: string) => new TextEncoder().encode(s);
/** "一、收入预算\r\n2025年收入预算1157.86万元，比上年增长4%。\r\n" in GBK (Windows “ANSI” Chinese). */
const GBK = Buffer.from(
  'd2bba1a2cad5c8ebd4a4cbe30d0a32303235c4eacad5c8ebd4a4cbe3313135372e3836cdf2d4aaa3acb1c8c9cfc4ead4f6b3a43425a1a30d0a',
  'hex',
);

async function refusal(name: string, bytes: Uint8Array): Promise<ReadError> {
  try {
    await readNarrativeBytes(name, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return e as ReadError;
  }
  throw new Error(`${name} was read`);
}

async function expectRefused(name: string, bytes: Uint8Array, code: ReadErrorCode): Promise<string> {
  const e = await refusal(name, bytes);
  expect(e.code).toBe(code);
  expect(e.message.startsWith(readErrorMessage(code))).toBe(true);
  return e.message;
}

describe('.txt', () => {
  test('UTF-8: one paragraph per non-empty line, numbered from 1, located by file name', async () => {
    const n = await readNarrativeBytes('情况说明.txt', utf8('一、收入预算\n\n  2025年收入预算1157.86万元。  \r\n二、支出预算\r\n'));
    expect(n).toEqual({
      source: '情况说明.txt',
      paragraphs: [
        { text: '一、收入预算', file: '情况说明.txt', paragraph: 1 },
        { text: '  2025年收入预算1157.86万元。', file: '情况说明.txt', paragraph: 2 },
        { text: '二、支出预算', file: '情况说明.txt', paragraph: 3 },
      ],
    });
  });

  test('the source is the base name, whatever path the host passes', async () => {
    const n = await readNarrativeBytes('报送/2025/情况说明.TXT', utf8('正文'));
    expect(n.source).toBe('情况说明.TXT');
    expect(n.paragraphs[0].file).toBe('情况说明.TXT');
  });

  test('a UTF-8 BOM is stripped', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('一、收入预算\n正文')]);
    const n = await readNarrativeBytes('a.txt', bytes);
    expect(n.paragraphs.map((p) => p.text)).toEqual(['一、收入预算', '正文']);
  });

  test('GBK (not valid UTF-8) is decoded as GB18030', async () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(GBK)).toThrow();
    const n = await readNarrativeBytes('a.txt', GBK);
    expect(n.paragraphs.map((p) => p.text)).toEqual(['一、收入预算', '2025年收入预算1157.86万元，比上年增长4%。']);
  });

  test('UTF-16 with a BOM (Notepad’s “Unicode”)', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、收入预算\r\n正文 12.5 万元', 'utf16le')]);
    expect((await readNarrativeBytes('a.txt', le)).paragraphs.map((p) => p.text)).toEqual(['一、收入预算', '正文 12.5 万元']);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(be)).toBe('一、收入预算\r\n正文 12.5 万元');
  });

  test('an empty file, and one with only blank lines', async () => {
    await expectRefused('a.txt', new Uint8Array(0), 'EMPTY_FILE');
    await expectRefused('a.txt', utf8(' \r\n\t\n\u3000\n'), 'NARRATIVE_EMPTY');
    await expectRefused('a.txt', new Uint8Array([0xef, 0xbb, 0xbf]), 'NARRATIVE_EMPTY');
  });

  test('a binary file named .txt', async () => {
    await expectRefused('a.txt', await buildDocx(['正文']), 'TEXT_NOT_PLAIN');
    await expectRefused('a.txt', fs.readFileSync(path.join(BAD, 'legacy-97-2003.xls')), 'TEXT_NOT_PLAIN');
    await expectRefused('a.txt', new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x01]), 'TEXT_NOT_PLAIN');
  });
});

describe('.docx', () => {
  test('paragraphs of a real Word package, runs joined, empty paragraphs skipped', async () => {
    const bytes = await buildDocx([
      '蔡甸区医疗保障局2025年部门预算情况说明',
      '',
      ['一、收入预算：2025年收入预算', '1,157.86', ' 万元。'],
      '二、“三公”经费 0.8 万元 & 其他',
    ]);
    const n = await readNarrativeBytes('情况说明.docx', bytes);
    expect(n).toEqual({
      source: '情况说明.docx',
      paragraphs: [
        { text: '蔡甸区医疗保障局2025年部门预算情况说明', file: '情况说明.docx', paragraph: 1 },
        { text: '一、收入预算：2025年收入预算1,157.86 万元。', file: '情况说明.docx', paragraph: 2 },
        { text: '二、“三公”经费 0.8 万元 & 其他', file: '情况说明.docx', paragraph: 3 },
      ],
    });
  });

  test('table cells are paragraphs too', async () => {
    const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const body = `<w:p><w:r><w:t>表格如下</w:t></w:r></w:p><w:tbl><w:tr>${cell('项目')}${cell('金额')}</w:tr><w:tr>${cell('工资福利支出')}${cell('959.99')}</w:tr></w:tbl>`;
    const n = await readNarrativeBytes('a.docx', await buildDocx({ body }));
    expect(n.paragraphs.map((p) => p.text)).toEqual(['表格如下', '项目', '金额', '工资福利支出', '959.99']);
  });

  test('a Word document without text', async () => {
    await expectRefused('a.docx', await buildDocx([]), 'NARRATIVE_EMPTY');
    await expectRefused('a.docx', await buildDocx(['', '   ']), 'NARRATIVE_EMPTY');
  });

  test('an old Word 97-2003 document (.doc), or an OLE2 file named .docx', async () => {
    const ole = fs.readFileSync(path.join(BAD, 'legacy-97-2003.xls'));
    const msg = await expectRefused('情况说明.doc', ole, 'DOC_FORMAT');
    expect(msg).toContain('另存为”Word 文档（*.docx）');
    await expectRefused('情况说明.docx', ole, 'DOC_FORMAT');
    await expectRefused('情况说明.wps', ole, 'DOC_FORMAT');
    await expectRefused('情况说明.doc', utf8('{\\rtf1 正文}'), 'DOC_FORMAT');
  });

  test('a password-protected .docx (an encrypted OOXML package in an OLE2 container)', async () => {
    // the same container as an encrypted .xlsx: EncryptionInfo + EncryptedPackage streams
    const encrypted = fs.readFileSync(path.join(BAD, 'password-protected.xlsx'));
    const msg = await expectRefused('情况说明.docx', encrypted, 'DOCX_ENCRYPTED');
    expect(msg).toContain('设有打开密码');
  });

  test('corrupt and non-Word packages', async () => {
    const good = await buildDocx(['正文']);
    await expectRefused('a.docx', good.subarray(0, Math.floor(good.length / 2)), 'DOCX_CORRUPT');
    await expectRefused('a.docx', utf8('<html><body>正文</body></html>'), 'DOCX_CORRUPT');
    // a zip without a Word document
    const zip = new JSZip();
    zip.file('readme.txt', '正文');
    await expectRefused('a.docx', await zip.generateAsync({ type: 'uint8array' }), 'DOCX_CORRUPT');
    // an Excel workbook renamed .docx
    const xlsx = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', '2025-caidian-ybj-budget.xlsx'));
    expect(await expectRefused('a.docx', xlsx, 'DOCX_CORRUPT')).toContain('这是 Excel 工作簿');
    // a package whose document part is not XML
    const broken = new JSZip();
    broken.file('[Content_Types].xml', '<Types/>');
    broken.file('_rels/.rels', 'not xml <<<');
    broken.file('word/document.xml', '<w:document');
    await expectRefused('a.docx', await broken.generateAsync({ type: 'uint8array' }), 'DOCX_CORRUPT');
    await expectRefused('a.docx', new Uint8Array(0), 'EMPTY_FILE');
  });
});

describe('other files', () => {
  test('only .txt and .docx', async () => {
    expect(await expectRefused('情况说明.pdf', utf8('%PDF-1.4'), 'NARRATIVE_TYPE')).toContain('收到 .pdf');
    await expectRefused('情况说明.rtf', utf8('{\\rtf1}'), 'NARRATIVE_TYPE');
    await expectRefused('情况说明.xlsx', utf8('x'), 'NARRATIVE_TYPE');
    expect(await expectRefused('情况说明', utf8('正文'), 'NARRATIVE_TYPE')).toContain('文件没有扩展名');
  });

  test('extensionOf', () => {
    expect(extensionOf('a/b.c/情况说明.DOCX')).toBe('.docx');
    expect(extensionOf('.txt')).toBe('');
    expect(extensionOf('README')).toBe('');
  });
});

describe('readNarrativeFile (Node)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-narrative-'));

  test('reads a file from disk, named by its base name', async () => {
    const file = path.join(dir, '情况说明.docx');
    fs.writeFileSync(file, await buildDocx(['一、收入预算', '2025年收入预算1,157.86万元。']));
    const n = await readNarrativeFile(file);
    expect(n.source).toBe('情况说明.docx');
    expect(n.paragraphs.map((p) => [p.file, p.paragraph])).toEqual([
      ['情况说明.docx', 1],
      ['情况说明.docx', 2],
    ]);
  });

  test('a missing file, a folder, a file over the size limit', async () => {
    await expect(readNarrativeFile(path.join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readNarrativeFile(dir)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_NARRATIVE_BYTES + 1);
    await expect(readNarrativeFile(big)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});
