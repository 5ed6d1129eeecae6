/**
 * FunctionFile of the ribbon (manifest `Commands.Url`). The Home-tab button "预算审核"
 * only shows the task pane (ShowTaskpane), so no ExecuteFunction is registered yet.
 */
if (typeof Office !== 'undefined') {
  Office.onReady(() => undefined);
}
export {};
