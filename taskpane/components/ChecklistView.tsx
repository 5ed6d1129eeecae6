/**
 * 检查表: the reviewer's checklist of one checked workbook, beside the findings list — the
 * completion figure and the template, then one row per item by section (合格 / 不合格 / 无法检查
 * with why), the 不适用 items folded into one line. A 不合格 item shows its first finding on click.
 */
import * as React from 'react';
import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { completionText, ITEM_GROUPS, OUTCOME_NAMES, shortTitle, type ChecklistEntry } from '../../src/core/checklist';
import type { FileReport, Finding } from '../../src/core/report';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { color: tokens.colorNeutralForeground2 },
  group: { marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  item: {
    display: 'grid',
    gridTemplateColumns: '64px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  clickable: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  reason: { color: tokens.colorNeutralForeground2, display: 'block', overflowWrap: 'anywhere' },
  na: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalS },
});

const COLOR: Record<ChecklistEntry['outcome'], 'success' | 'danger' | 'warning' | 'subtle'> = { pass: 'success', fail: 'danger', 'cannot-check': 'warning', 'not-applicable': 'subtle' };

export function ChecklistView({ report, onSelect }: { report: FileReport; onSelect?: (f: Finding) => void }): React.ReactElement {
  const s = useStyles();
  const list = report.checklist ?? [];
  const byPrint = React.useMemo(() => {
    const m = new Map<string, Finding>();
    const walk = (fs: Finding[]) => fs.forEach((f) => (f.fingerprint && m.set(f.fingerprint, f), walk(f.consequences ?? [])));
    walk(report.findings);
    return m;
  }, [report.findings]);
  if (list.length === 0 || !report.checklistSummary) return <Caption1 data-testid="checklist">没有审核清单。</Caption1>;
  const t = report.document?.template;
  const na = list.filter((e) => e.outcome === 'not-applicable');
  return (
    <div className={s.root} data-testid="checklist">
      <Caption1 className={s.head} data-testid="checklist-head">
        {completionText(report.checklistSummary)}（审核清单第 {report.checklistVersion} 版）
        {t ? `；模板：${t.name}（${t.source === 'user' ? '用户指定' : `依据：${t.evidence}`}）` : '；未能判断模板'}
      </Caption1>
      {ITEM_GROUPS.map((g) => {
        const items = list.filter((e) => e.group === g && e.outcome !== 'not-applicable');
        if (items.length === 0) return null;
        return (
          <React.Fragment key={g}>
            <Text className={s.group}>{g}</Text>
            {items.map((e) => {
              const first = e.outcome === 'fail' ? e.findings.map((p) => byPrint.get(p)).find((f) => f && f.severity !== 'info') : undefined;
              const open = first && onSelect ? () => onSelect(first) : undefined;
              return (
                <div
                  key={e.id}
                  className={open ? `${s.item} ${s.clickable}` : s.item}
                  data-testid="checklist-item"
                  data-outcome={e.outcome}
                  title={e.title}
                  onClick={open}
                  role={open ? 'button' : undefined}
                  tabIndex={open ? 0 : undefined}
                  onKeyDown={open ? (ev) => (ev.key === 'Enter' || ev.key === ' ') && open() : undefined}
                >
                  <Badge appearance="tint" color={COLOR[e.outcome]} size="medium">
                    {OUTCOME_NAMES[e.outcome]}
                  </Badge>
                  <div>
                    <Text size={200}>{shortTitle(e.title)}</Text>
                    {e.reason && (e.outcome !== 'pass' || e.reason.startsWith('已接受')) && (
                      <Caption1 className={s.reason} data-testid="checklist-reason">
                        {e.reason}
                      </Caption1>
                    )}
                  </div>
                </div>
              );
            })}
          </React.Fragment>
        );
      })}
      {na.length > 0 && (
        <Caption1 className={s.na} data-testid="checklist-na" title={na.map((e) => `${shortTitle(e.title)}：${e.reason ?? ''}`).join('\n')}>
          不适用 {na.length} 项：{na.map((e) => shortTitle(e.title)).join('、')}
        </Caption1>
      )}
    </div>
  );
}
