/**
 * Where the task pane runs: inside Excel (Office.js available and host is Excel) or as
 * the standalone page (Office undefined, or Office.onReady says host === null).
 */
export type HostMode = 'excel' | 'standalone';

export async function detectHostMode(timeoutMs = 3000): Promise<HostMode> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'standalone';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostMode>((resolve) => {
    timer = setTimeout(() => resolve('standalone'), timeoutMs);
  });
  const ready = Office.onReady().then((info): HostMode => (info && info.host === Office.HostType.Excel ? 'excel' : 'standalone'));
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
