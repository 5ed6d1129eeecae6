/**
 * Task pane entry: inside Excel it reads the open workbook; anywhere else (a browser,
 * WPS users, reviewers) it is the standalone page that reads .xlsx files locally.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { detectHostMode } from './environment';

declare global {
  interface Window {
    __bcTooOld?: boolean;
  }
}

async function main(): Promise<void> {
  if (window.__bcTooOld) return; // the page already shows the plain-HTML message
  const mode = await detectHostMode();
  const container = document.getElementById('root');
  if (!container) return;
  document.documentElement.dataset.mode = mode;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App mode={mode} />
    </FluentProvider>,
  );
}

void main();
