/**
 * Errors a user can meet, with the Chinese message shown to them. Codes are stable
 * identifiers for scripts and tests; messages are the UI text.
 */

export type ReadErrorCode =
  | 'EMPTY_FILE'
  | 'XLS_FORMAT'
  | 'ENCRYPTED'
  | 'HTML_TABLE'
  | 'CSV_TEXT'
  | 'NOT_XLSX_ZIP'
  | 'CORRUPT'
  | 'EMPTY_WORKBOOK'
  | 'NOT_FOUND'
  | 'UNSUPPORTED_TYPE'
  | 'TOO_LARGE'
  | 'EXCEL_READ_FAILED'
  // limits and the watchdog (src/core/limits.ts)
  | 'PART_TOO_LARGE'
  | 'TOO_MANY_SHEETS'
  | 'TOO_MANY_CELLS'
  | 'STRING_TOO_LONG'
  | 'XML_DOCTYPE'
  | 'LOST_STRINGS'
  | 'TIMEOUT'
  | 'OUT_OF_MEMORY'
  // narrative (情况说明) files: .txt / .docx
  | 'NARRATIVE_TYPE'
  | 'DOC_FORMAT'
  | 'DOCX_ENCRYPTED'
  | 'DOCX_CORRUPT'
  | 'TEXT_NOT_PLAIN'
  | 'NARRATIVE_EMPTY';

const MESSAGES: Record<ReadErrorCode, string> = {
  EMPTY_FILE: '无法读取：文件为空（0 字节）。',
  XLS_FORMAT:
    '无法读取：这是旧版 Excel 97-2003 工作簿（.xls）或 WPS 表格（.et）格式。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再检查。',
  ENCRYPTED:
    '无法读取：工作簿设有打开密码（文件已加密）。请在 Excel 中打开后依次点击“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码并保存，再进行检查。',
  HTML_TABLE:
    '无法读取：这是网页（HTML）格式的表格，只是扩展名为 .xls/.xlsx。请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（*.xlsx）再检查。',
  CSV_TEXT: '无法读取：这是纯文本（CSV/TXT）文件，不是 Excel 工作簿。请在 Excel 中打开后“另存为”Excel 工作簿（*.xlsx）再检查。',
  NOT_XLSX_ZIP: '无法读取：文件是压缩包或其他 Office 文档（如 Word），不是 Excel 工作簿（.xlsx）。',
  CORRUPT: '无法读取：文件已损坏或不是有效的 Excel 工作簿（.xlsx）。请在 Excel 中打开确认，必要时重新导出。',
  EMPTY_WORKBOOK: '工作簿中没有任何数据：所有工作表均为空。',
  NOT_FOUND: '找不到文件或文件夹。',
  UNSUPPORTED_TYPE: '不支持的文件类型：请选择 Excel 工作簿（.xlsx）。',
  TOO_LARGE: '无法读取：文件过大，超过可读取的上限。',
  EXCEL_READ_FAILED: '读取当前工作簿失败。',
  PART_TOO_LARGE:
    '无法读取：文件解压后过大，超过可读取的上限。正常的公开表格远小于此；这可能是恶意构造的“压缩炸弹”，或数据量远超公开表格的文件。',
  TOO_MANY_SHEETS: '无法读取：工作表过多，超过可检查的上限。',
  TOO_MANY_CELLS: '无法读取：工作表中的单元格过多，超过可检查的上限。',
  STRING_TOO_LONG: '无法读取：单元格中的文字过长，超过可检查的上限。',
  XML_DOCTYPE: '无法读取：文件中含有 XML 实体定义（DOCTYPE），正常的 Excel 工作簿不会有，可能是恶意构造的文件。',
  LOST_STRINGS:
    '无法读取：文件已损坏——共享字符串表（xl/sharedStrings.xml）丢失，工作簿中的文字全部读不出来，没有识别出预算或决算表。请在 Excel 中打开确认，必要时重新导出。',
  TIMEOUT: '检查超时：超过时限仍未完成，已停止检查这个文件。',
  OUT_OF_MEMORY: '检查失败：内存不足，已停止检查这个文件（文件的数据量过大）。',
  NARRATIVE_TYPE: '不支持的情况说明文件类型：请选择纯文本（.txt）或 Word 文档（.docx）。',
  DOC_FORMAT:
    '无法读取：这是旧版 Word 97-2003 文档（.doc）或 WPS 文字（.wps）格式。请在 Word 或 WPS 中“另存为”Word 文档（*.docx）后再检查。',
  DOCX_ENCRYPTED:
    '无法读取：Word 文档设有打开密码（文件已加密）。请在 Word 中打开后依次点击“文件 → 信息 → 保护文档 → 用密码进行加密”，清空密码并保存，再进行检查。',
  DOCX_CORRUPT: '无法读取：文件已损坏或不是有效的 Word 文档（.docx）。请在 Word 或 WPS 中打开确认，必要时重新“另存为”Word 文档（*.docx）。',
  TEXT_NOT_PLAIN: '无法读取：文件扩展名是 .txt，内容却不是纯文本（可能是 Word 文档、压缩包或其他二进制文件）。Word 文档请保存为 .docx，或“另存为”纯文本（*.txt）。',
  NARRATIVE_EMPTY: '无法读取：情况说明文件中没有任何文字。',
};

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  constructor(code: ReadErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]}（${detail}）` : MESSAGES[code]);
    this.name = 'ReadError';
    this.code = code;
  }
}

/** Codes of the limits a file can exceed (the CLI tells which option changes each one). */
export const LIMIT_CODES: readonly ReadErrorCode[] = ['TOO_LARGE', 'PART_TOO_LARGE', 'TOO_MANY_SHEETS', 'TOO_MANY_CELLS', 'STRING_TOO_LONG', 'TIMEOUT', 'OUT_OF_MEMORY'];

export function readErrorMessage(code: ReadErrorCode): string {
  return MESSAGES[code];
}

/** Turn anything thrown into the Chinese message shown to the user. */
export function userMessage(e: unknown): string {
  if (e instanceof ReadError) return e.message;
  if (e instanceof RangeError && /allocation|array length|string length|heap/i.test(e.message)) return MESSAGES.OUT_OF_MEMORY;
  const detail = e instanceof Error ? e.message : String(e);
  return `内部错误：${detail}`;
}

/** The stable code of what went wrong, for scripts (JSON `errorCode`); INTERNAL for a bug. */
export function errorCode(e: unknown): ReadErrorCode | 'INTERNAL' {
  if (e instanceof ReadError) return e.code;
  if (e instanceof RangeError && /allocation|array length|string length|heap/i.test(e.message)) return 'OUT_OF_MEMORY';
  return 'INTERNAL';
}
