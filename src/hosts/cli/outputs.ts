/**
 * The reviewer's files of `budget-check`: `--report FILE.xlsx` (the batch review workbook) and
 * `--opinion DIR` (one 审核意见 .docx per file). Returns true when something could not be written.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { RunReport } from '../../core/report';
import { opinionDocuments } from '../narrative/opinions';
import { reviewReportXlsx } from '../xlsx/review-report';
import type { CliIO } from './main';

export async function writeReviewOutputs(report: RunReport, where: { report: string | null; opinion: string | null }, io: CliIO): Promise<boolean> {
  let failed = false;
  if (where.report) {
    try {
      await fs.mkdir(path.dirname(path.resolve(where.report)), { recursive: true });
      await fs.writeFile(where.report, await reviewReportXlsx(report.files));
      io.stderr(`审核结果工作簿已写入 ${where.report}\n`);
    } catch (e) {
      io.stderr(`无法写出审核结果工作簿 ${where.report}：${e instanceof Error ? e.message : String(e)}\n`);
      failed = true;
    }
  }
  if (where.opinion) {
    try {
      await fs.mkdir(where.opinion, { recursive: true });
      for (const d of await opinionDocuments(report.files)) await fs.writeFile(path.join(where.opinion, d.name), d.bytes);
      io.stderr(`审核意见 ${report.files.length} 份已写入 ${where.opinion}\n`);
    } catch (e) {
      io.stderr(`无法写出审核意见到 ${where.opinion}：${e instanceof Error ? e.message : String(e)}\n`);
      failed = true;
    }
  }
  return failed;
}
