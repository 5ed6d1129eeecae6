/** The task pane's layout styles (App.tsx and its parts). */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', boxSizing: 'border-box' },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: '20px', height: '20px' },
  title: { flexGrow: 1 },
  // one row at 350 px: the secondary commands are icons or sit in a menu
  toolbar: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'nowrap',
    columnGap: 0,
    overflow: 'hidden',
    // no label wraps and no button keeps Fluent's 96-px minimum: the five commands fit 350 px
    '& > button': { whiteSpace: 'nowrap', flexShrink: 0, minWidth: 'auto', paddingLeft: '6px', paddingRight: '6px' },
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  toolbarEnd: { marginLeft: 'auto' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    '@media (min-width: 900px)': { flexDirection: 'row', alignItems: 'flex-start' },
  },
  main: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    '@media (min-width: 900px)': { width: '420px', flexShrink: 0 },
  },
  /** 生成说明 on a wide page: the draft takes the whole width (no stale preview beside it). */
  mainFull: { '@media (min-width: 900px)': { width: 'auto', flexGrow: 1, maxWidth: '1280px', boxSizing: 'border-box' } },
  preview: {
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
    '@media (min-width: 900px)': { flexGrow: 1, position: 'sticky', top: '40px', maxHeight: 'calc(100vh - 48px)', overflowY: 'auto', boxSizing: 'border-box' },
  },
  empty: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hidden: { display: 'none' },
  dropping: { outline: `2px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-4px' },
  /** Dialogs fit a 350-px pane. */
  dialog: { maxWidth: 'min(600px, calc(100vw - 24px))', boxSizing: 'border-box', overflowWrap: 'anywhere' },
});
