/**
 * Checking again with other settings: after a 手动指定 of a table kind or a column meaning (kept with
 * the file's settings), and after the settings dialog. The settings are kept in the workbook (Excel,
 * except in reviewer mode) or in this browser (the page).
 */
import { withColumn, withTable } from '../../src/core/recognize/mapping';
import type { ReviewSettings } from '../../src/core/review/settings';
import type { Assignment, AssignTarget } from '../components/MappingDialog';
import { storeSettings } from '../excel-lazy';
import { recheck, saveFileState, savePreferences, type CheckedFile, type Preferences } from '../session';
import type { ActionContext } from './actions';
import type { Selection } from './types';

export interface SettingsContext extends ActionContext {
  excel: boolean;
  reviewer: boolean;
  setFiles: (files: CheckedFile[]) => void;
  setSelected: (s: Selection | null) => void;
  setPrefs: (p: Preferences) => void;
}

export function settingsActions({ files, run, setStatus, excel, reviewer, setFiles, setSelected, setPrefs }: SettingsContext) {
  return {
    /** A table kind or a column meaning assigned by hand to one file: saved with its settings, then checked again. */
    assign: (target: { file: number; target: AssignTarget }, a: Assignment) => {
      const file = files[target.file];
      const t = target.target;
      const mapping =
        t.type === 'table' && a.type === 'table'
          ? withTable(file.settings.mapping, { sheet: t.sheet, at: t.at, kind: a.kind })
          : t.type === 'column' && a.type === 'column'
            ? withColumn(file.settings.mapping, { sheet: t.sheet, at: t.at, column: t.column, key: a.key })
            : file.settings.mapping;
      const settings = { ...file.settings, mapping };
      void run('正在按指定重新检查…', async () => {
        const next = await Promise.all(files.map((f, i) => (i === target.file ? recheck(f, settings) : f)));
        setFiles(next);
        setSelected(null);
        if (excel) {
          if (!reviewer) await storeSettings(settings);
        } else saveFileState(file.name, { accepted: file.accepted, settings });
        setStatus({ intent: 'success', text: excel && reviewer ? '已按指定重新检查（审阅模式：未保存到工作簿）。' : '已保存指定并重新检查。' });
      });
    },

    /** The settings dialog's answer: the preferences saved, every file checked again with the settings. */
    saveSettings: (settings: ReviewSettings, p: Preferences) => {
      setPrefs(p);
      savePreferences(p);
      if (!files.length) return;
      void run('正在按新设置重新检查…', async () => {
        const next = await Promise.all(files.map((f) => recheck(f, settings)));
        setFiles(next);
        setSelected(null);
        if (excel) {
          if (!p.reviewer) await storeSettings(settings);
        } else {
          next.forEach((f) => saveFileState(f.name, { accepted: f.accepted, settings: f.settings }));
        }
        setStatus({ intent: 'success', text: excel && p.reviewer ? '设置已应用（审阅模式：未保存到工作簿）。' : '设置已保存并重新检查。' });
      });
    },
  };
}
