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
  TOO_LARGE: '文件过大，超过可读取的上限。',
  EXCEL_READ_FAILED: '读取当前工作簿失败。',
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

export function readErrorMessage(code: ReadErrorCode): string {
  return MESSAGES[code];
}

/** Turn anything thrown into the Chinese message shown to the user. */
export function userMessage(e: unknown): string {
  if (e instanceof ReadError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `内部错误：${detail}`;
}
