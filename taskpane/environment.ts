/**
 * Where the task pane runs: inside Excel (Office.js available and host is Excel) or as
 * the standalone page (Office undefined, or Office.onReady says host === null).
 */
export type HostMode = 'excel' | 'standalone';

export async function detectHostMode(timeoutMs = 3000): Promise<HostMode> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'standalone';
  const ready = Office.onReady().then((info) => (info && info.host === Office.HostType.Excel ? 'excel' : 'standalone'));
  const timeout = new Promise<HostMode>((resolve) => setTimeout(() => resolve('standalone'), timeoutMs));
  return Promise.race([ready, timeout]) as Promise<HostMode>;
}
