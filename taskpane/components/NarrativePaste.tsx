import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  makeStyles,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { narrativeFromText } from '../../src/core/narrative/source';

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { gap: tokens.spacingHorizontalS },
  headerText: { flexGrow: 1 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  textarea: { width: '100%' },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

export const NARRATIVE_PLACEHOLDER = '粘贴情况说明全文；留空则使用工作簿中的情况说明工作表';

/**
 * Optional pasted narrative (情况说明): when not empty it replaces the workbook's narrative
 * sheet for the check. Collapsible, so that it does not take the narrow pane's space.
 */
export function NarrativePaste({
  value,
  onChange,
  disabled,
  defaultOpen = false,
}: {
  value: string;
  onChange: (text: string) => void;
  disabled?: boolean;
  defaultOpen?: boolean;
}): React.ReactElement {
  const s = useStyles();
  const paragraphs = React.useMemo(() => narrativeFromText(value).paragraphs.length, [value]);
  return (
    <Accordion className={s.box} collapsible defaultOpenItems={defaultOpen ? ['narrative'] : []} data-testid="narrative-paste">
      <AccordionItem value="narrative">
        <AccordionHeader expandIconPosition="end" data-testid="narrative-toggle">
          <span className={s.headerText}>情况说明（可选）</span>
          {paragraphs > 0 && (
            <Badge appearance="tint" color="brand" size="small" data-testid="narrative-badge">
              已粘贴 {paragraphs} 段
            </Badge>
          )}
        </AccordionHeader>
        <AccordionPanel className={s.panel}>
          <Field
            label="情况说明全文"
            hint="每行作为一段；检查时代替工作簿中的情况说明工作表，与表格数字逐一核对。文字只在本机处理。"
          >
            <Textarea
              className={s.textarea}
              data-testid="narrative-text"
              resize="vertical"
              rows={6}
              placeholder={NARRATIVE_PLACEHOLDER}
              value={value}
              disabled={disabled}
              onChange={(_, d) => onChange(d.value)}
            />
          </Field>
          <div className={s.row}>
            <Caption1 className={s.note} aria-live="polite">
              {paragraphs > 0 ? `共 ${paragraphs} 段，检查时使用粘贴的文字` : '未粘贴：使用工作簿中的情况说明工作表'}
            </Caption1>
            <Button
              size="small"
              appearance="subtle"
              icon={<Dismiss16Regular />}
              disabled={disabled || value.length === 0}
              onClick={() => onChange('')}
              data-testid="narrative-clear"
            >
              清空
            </Button>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
