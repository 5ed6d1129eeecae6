/** Where the task pane gets workbooks from: the open Excel workbook, or files the user picks. */
import { userMessage } from '../src/core/errors';
import type { NarrativeInput } from '../src/core/narrative/source';
import { analyseWorkbook, failedFile, type FileReport } from '../src/core/report';
import { readOpenWorkbook } from '../src/hosts/excel/read';
import { readWorkbookBlob } from '../src/hosts/xlsx/browser';
import { narrativeApplies } from './narrative';

/** Check the workbook open in Excel; a pasted narrative replaces its 情况说明 sheet. */
export async function checkOpenWorkbook(onProgress?: (done: number, total: number) => void, narrative?: NarrativeInput): Promise<FileReport> {
  try {
    const wb = await Excel.run((context) => readOpenWorkbook(context, { onProgress }));
    return analyseWorkbook('当前工作簿', wb, undefined, narrative ? { narrative } : {});
  } catch (e) {
    return failedFile('当前工作簿', userMessage(e));
  }
}

/**
 * Check files chosen by the user. A pasted narrative belongs to one workbook: it is used only
 * when exactly one file is checked (the caller tells the user when it was not used).
 */
export async function checkFiles(files: File[], onFile?: (index: number) => void, narrative?: NarrativeInput): Promise<FileReport[]> {
  const config = narrative && narrativeApplies(files.length) ? { narrative } : {};
  const out: FileReport[] = [];
  for (let i = 0; i < files.length; i++) {
    onFile?.(i);
    const f = files[i];
    try {
      out.push(analyseWorkbook(f.name, await readWorkbookBlob(f, f.name), undefined, config));
    } catch (e) {
      out.push(failedFile(f.name, userMessage(e)));
    }
  }
  return out;
}
