/**
 * What a user does with one finding: locate it (the cell in Excel, the preview on the page), accept it
 * with an explanation (出错说明), or withdraw that acceptance. Accepted findings are kept in the workbook
 * (Excel, except in reviewer mode) or in this browser (the page).
 */
import { userMessage } from '../../src/core/errors';
import type { Finding } from '../../src/core/report';
import { acceptFinding, removeAccepted, upsertAccepted, UNKNOWN_USER } from '../../src/core/review/accepted';
import { selectInExcel, storeAccepted } from '../excel-lazy';
import { saveFileState, savePreferences, type CheckedFile, type Preferences } from '../session';
import type { ActionContext } from './actions';
import type { Selection } from './types';

export interface FindingContext extends ActionContext {
  excel: boolean;
  reviewer: boolean;
  prefs: Preferences;
  setPrefs: (p: Preferences) => void;
  setSelected: (s: Selection | null) => void;
  /** Closes the autofix table beside the list (a located finding takes its place). */
  setFixOpen: (index: number | null) => void;
  updateFile: (index: number, next: CheckedFile) => void;
}

export function findingActions({ files, setStatus, excel, reviewer, prefs, setPrefs, setSelected, setFixOpen, updateFile }: FindingContext) {
  const persist = async (file: CheckedFile) => {
    if (excel) {
      if (reviewer) return;
      await storeAccepted(file.accepted);
    } else {
      saveFileState(file.name, { accepted: file.accepted, settings: file.settings });
    }
  };

  return {
    locate: (file: number) => (finding: Finding) => {
      setSelected({ file, finding });
      setFixOpen(null);
      if (!excel) return;
      void selectInExcel(finding.locations)
        .then((ok) => {
          if (!ok) setStatus({ intent: 'info', text: '这条问题在粘贴的情况说明中，不在工作簿的单元格里。' });
        })
        .catch((e: unknown) => setStatus({ intent: 'error', text: userMessage(e) }));
    },

    /** Accept `target` with the reason, by the named user (remembered as the user's name). */
    accept: (target: Selection, reason: string, by: string) => {
      const { file: index, finding } = target;
      const file = files[index];
      const name = by || prefs.userName || UNKNOWN_USER;
      if (by && by !== prefs.userName) {
        const p = { ...prefs, userName: by };
        setPrefs(p);
        savePreferences(p);
      }
      const next = { ...file, accepted: upsertAccepted(file.accepted, acceptFinding(finding, reason, name)) };
      updateFile(index, next);
      void persist(next)
        .then(() => setStatus({ intent: 'success', text: excel ? '已接受，出错说明已保存在工作簿中。' : '已接受，出错说明保存在本浏览器中。' }))
        .catch((e: unknown) => setStatus({ intent: 'error', text: userMessage(e) }));
    },

    withdraw: (index: number) => (fingerprint: string) => {
      const file = files[index];
      const next = { ...file, accepted: removeAccepted(file.accepted, fingerprint) };
      updateFile(index, next);
      void persist(next).catch((e: unknown) => setStatus({ intent: 'error', text: userMessage(e) }));
    },
  };
}
