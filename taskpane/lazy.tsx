/**
 * Components the first screen does not need (dialogs, the sheet preview, the batch table, the fix
 * panels) are loaded with import() when first shown, so that the pane's first script stays small
 * (issue 19). A chunk that cannot be loaded shows a Chinese message instead of breaking the pane.
 */
import * as React from 'react';
import { Spinner, Text } from '@fluentui/react-components';

/** React.lazy for a named export. */
export function lazyNamed<P extends object>(load: () => Promise<React.ComponentType<P>>): React.LazyExoticComponent<React.ComponentType<P>> {
  return React.lazy(() => load().then((c) => ({ default: c })));
}

class LoadBoundary extends React.Component<{ children: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): React.ReactNode {
    return this.state.failed ? <Text role="alert">这部分界面出错或未能载入，请刷新页面后重试。</Text> : this.props.children;
  }
}

/** Shows a lazily loaded part, with a small spinner (or nothing) while it loads. */
export function Later({ children, label }: { children: React.ReactNode; label?: string }): React.ReactElement {
  return (
    <LoadBoundary>
      <React.Suspense fallback={label ? <Spinner size="tiny" label={label} /> : null}>{children}</React.Suspense>
    </LoadBoundary>
  );
}
