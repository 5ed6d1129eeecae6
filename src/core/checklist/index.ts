/** The reviewer's checklist (检查表): items, outcomes per document, the completion figure. */
export * from './types';
export { CHECK_ITEMS, CHECKLIST_VERSION } from './items';
export { applyAccepted, reportWithAccepted, checklistCell, completionText, shortTitle, evaluateChecklist, evaluateItem, failsItem, flatFindings, outcomeName, summarizeChecklist, unreadableChecklist, type ChecklistInput } from './evaluate';
