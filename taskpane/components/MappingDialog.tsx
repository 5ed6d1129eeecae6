/**
 * 手动指定: the user tells what a table is (a block that was not recognised, or was recognised
 * as the wrong kind) or what a column means (a column of figures whose header was not
 * understood). Saved with the workbook's settings (Excel) or per file (page), and used on every
 * later check.
 */
import * as React from 'react';
import { Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Dropdown, Field, makeStyles, Option, OptionGroup, tokens } from '@fluentui/react-components';
import { COLUMN_CHOICES, columnKeyLabel } from '../../src/core/recognize/mapping';
import { KIND_NAMES, TABLE_KINDS, type TableKind } from '../../src/core/recognize/types';

/** What is being assigned: a table (by a cell inside it) or a column of one. */
export type AssignTarget =
  | { type: 'table'; sheet: string; at: string; range: string; title: string | null; current: TableKind | null }
  | { type: 'column'; sheet: string; at: string; column: string; header: string; current: string | null };

/** The user's answer: a kind ('none' = not a table to check), or a column key (null = not a value column). */
export type Assignment = { type: 'table'; kind: TableKind | 'none' } | { type: 'column'; key: string | null };

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  dropdown: { minWidth: 0, width: '100%' },
});

const NONE = '__none__';

export function MappingDialog({
  target,
  excel,
  onSave,
  onCancel,
}: {
  target: AssignTarget | null;
  /** In Excel the assignment is kept in the workbook's settings; on the page, in this browser. */
  excel: boolean;
  onSave: (a: Assignment) => void;
  onCancel: () => void;
}): React.ReactElement {
  const s = useStyles();
  const [value, setValue] = React.useState<string>('');
  React.useEffect(() => {
    if (!target) return;
    setValue(target.type === 'table' ? (target.current ?? '') : (target.current ?? ''));
  }, [target]);
  const label = (v: string): string => {
    if (!target) return '';
    if (v === NONE) return target.type === 'table' ? '不是需要检查的公开表' : '不是金额列（忽略）';
    return target.type === 'table' ? KIND_NAMES[v as TableKind] ?? v : columnKeyLabel(v);
  };
  const save = () => {
    if (!target || !value) return;
    if (target.type === 'table') onSave({ type: 'table', kind: value === NONE ? 'none' : (value as TableKind) });
    else onSave({ type: 'column', key: value === NONE ? null : value });
  };
  return (
    <Dialog open={!!target} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby={undefined} style={{ maxWidth: 'min(480px, calc(100vw - 24px))' }}>
        <DialogBody>
          <DialogTitle>{target?.type === 'column' ? '指定列的含义' : '指定表格类型'}</DialogTitle>
          <DialogContent className={s.content}>
            {target && (
              <Caption1 className={s.muted}>
                {target.type === 'table'
                  ? `${target.sheet}!${target.range}${target.title ? `（${target.title}）` : ''}`
                  : `${target.sheet} 第 ${target.column} 列（表头“${target.header}”）`}
                ：指定后保存在{excel ? '本工作簿的设置中' : '本浏览器中（按文件名）'}，以后每次检查都按此识别；识别依据中会注明“用户指定”。
              </Caption1>
            )}
            <Field label={target?.type === 'column' ? '这一列是' : '这张表是'}>
              <Dropdown
                className={s.dropdown}
                value={value ? label(value) : ''}
                selectedOptions={value ? [value] : []}
                onOptionSelect={(_, d) => setValue(d.optionValue ?? '')}
                placeholder="请选择"
                data-testid="mapping-choice"
              >
                {target?.type === 'table' ? (
                  <>
                    {TABLE_KINDS.map((k) => (
                      <Option key={k} value={k}>
                        {KIND_NAMES[k]}
                      </Option>
                    ))}
                    <Option value={NONE}>不是需要检查的公开表</Option>
                  </>
                ) : (
                  <>
                    {COLUMN_CHOICES.map((g) => (
                      <OptionGroup key={g.group} label={g.group}>
                        {g.keys.map((k) => (
                          <Option key={k} value={k}>
                            {columnKeyLabel(k)}
                          </Option>
                        ))}
                      </OptionGroup>
                    ))}
                    <Option value={NONE}>不是金额列（忽略）</Option>
                  </>
                )}
              </Dropdown>
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!value} onClick={save} data-testid="mapping-save">
              保存并重新检查
            </Button>
            <Button onClick={onCancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
