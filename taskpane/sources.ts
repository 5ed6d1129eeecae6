/** Where the task pane gets workbooks from: the open Excel workbook, or files the user picks. */
import { userMessage } from '../src/core/errors';
import { analyseWorkbook, failedFile, type FileReport } from '../src/core/report';
import { readOpenWorkbook } from '../src/hosts/excel/read';
import { readWorkbookBlob } from '../src/hosts/xlsx/browser';

export async function checkOpenWorkbook(onProgress?: (done: number, total: number) => void): Promise<FileReport> {
  try {
    const wb = await Excel.run((context) => readOpenWorkbook(context, { onProgress }));
    return analyseWorkbook('当前工作簿', wb);
  } catch (e) {
    return failedFile('当前工作簿', userMessage(e));
  }
}

export async function checkFiles(files: File[], onFile?: (index: number) => void): Promise<FileReport[]> {
  const out: FileReport[] = [];
  for (let i = 0; i < files.length; i++) {
    onFile?.(i);
    const f = files[i];
    try {
      out.push(analyseWorkbook(f.name, await readWorkbookBlob(f, f.name)));
    } catch (e) {
      out.push(failedFile(f.name, userMessage(e)));
    }
  }
  return out;
}
