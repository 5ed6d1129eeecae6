/**
 * 自动改正: the narrative's wrong numbers whose right value is certain, old sentence beside the
 * corrected one; apply one or all, and undo. Findings without a certain fix say why.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndo16Regular, Wrench16Regular } from '@fluentui/react-icons';
import type { FixProposal, NarrativeFix } from '../../src/core/narrative/autofix';
import { locationLabel } from '../narrative';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  where: { flexGrow: 1, color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  old: { padding: tokens.spacingHorizontalXS, backgroundColor: tokens.colorPaletteRedBackground1, borderRadius: tokens.borderRadiusSmall, overflowWrap: 'anywhere' },
  new: { padding: tokens.spacingHorizontalXS, backgroundColor: tokens.colorPaletteGreenBackground1, borderRadius: tokens.borderRadiusSmall, overflowWrap: 'anywhere' },
  oldNum: { textDecorationLine: 'line-through', color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  newNum: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  panel: { margin: 0 },
});

function Marked({ sentence, figure, className }: { sentence: string; figure: string; className: string }): React.ReactElement {
  const i = sentence.indexOf(figure);
  if (i < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, i)}
      <span className={className}>{figure}</span>
      {sentence.slice(i + figure.length)}
    </>
  );
}

function FixItem({ fix, onApply, disabled }: { fix: NarrativeFix; onApply: (f: NarrativeFix[]) => void; disabled?: boolean }): React.ReactElement {
  const s = useStyles();
  return (
    <li className={s.item} data-testid="fix">
      <div className={s.head}>
        <Caption1 className={s.where}>{locationLabel(fix.location)}</Caption1>
        <Button size="small" icon={<Wrench16Regular />} onClick={() => onApply([fix])} disabled={disabled} data-testid="fix-apply">
          改正
        </Button>
      </div>
      <div className={s.pair}>
        <Caption1 className={s.old} aria-label="原句">
          <Marked sentence={fix.oldSentence} figure={fix.oldText} className={s.oldNum} />
        </Caption1>
        <Caption1 className={s.new} aria-label="改正后">
          <Marked sentence={fix.newSentence} figure={fix.newText} className={s.newNum} />
        </Caption1>
      </div>
      <Caption1 className={s.muted}>{fix.message}</Caption1>
    </li>
  );
}

export function FixPanel({
  proposal,
  onApply,
  onUndo,
  disabled,
  note,
}: {
  proposal: FixProposal;
  onApply: (fixes: NarrativeFix[]) => void;
  /** Present when the last autofix can be undone. */
  onUndo?: () => void;
  disabled?: boolean;
  /** Why fixes cannot be applied here (reviewer mode…). */
  note?: string;
}): React.ReactElement | null {
  const s = useStyles();
  const { fixes, unfixable } = proposal;
  if (!fixes.length && !unfixable.length && !onUndo) return null;
  return (
    <section className={s.root} aria-label="自动改正建议" data-testid="fix-panel">
      <div className={s.bar}>
        <Text weight="semibold" className={s.grow}>
          自动改正建议（{fixes.length} 条）
        </Text>
        {onUndo && (
          <Button size="small" icon={<ArrowUndo16Regular />} onClick={onUndo} disabled={disabled} data-testid="fix-undo">
            撤销改正
          </Button>
        )}
        {fixes.length > 1 && (
          <Button size="small" appearance="primary" onClick={() => onApply(fixes)} disabled={disabled || !!note} data-testid="fix-apply-all">
            全部改正
          </Button>
        )}
      </div>
      {note && <Caption1 className={s.muted}>{note}</Caption1>}
      <Accordion collapsible multiple>
        {fixes.length > 0 && (
          <AccordionItem value="fixes">
            <AccordionHeader size="small" data-testid="fix-toggle">正确值可以确定的数字（{fixes.length} 条）</AccordionHeader>
            <AccordionPanel className={s.panel}>
              <ul className={s.list}>
                {fixes.map((f) => (
                  <FixItem key={f.id} fix={f} onApply={onApply} disabled={disabled || !!note} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
        {unfixable.length > 0 && (
          <AccordionItem value="unfixable">
            <AccordionHeader size="small">需要人工修改（{unfixable.length} 条）</AccordionHeader>
            <AccordionPanel className={s.panel}>
              <ul className={s.list}>
                {unfixable.map((u, i) => (
                  <li key={`${u.fingerprint}-${i}`} className={s.item} data-testid="unfixable">
                    <Caption1 className={s.where}>{u.location ? locationLabel(u.location) : ''}</Caption1>
                    <Caption1>{u.message}</Caption1>
                    <Caption1 className={s.muted}>不自动改正：{u.reason}</Caption1>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </section>
  );
}
