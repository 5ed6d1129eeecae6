/**
 * 生成说明: the 情况说明 drafted from the tables, section by section and editable; prior-year
 * figures from a second workbook or typed in; a reason per change, remembered per workbook;
 * then insert into Excel, copy for Word, or download a .docx. In a narrow pane everything is
 * one column; at ≥ 1000 px (`wide`) the text takes the page and the outputs, warnings and
 * prior-year figures sit in a column beside it.
 */
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
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeft20Regular, Copy20Regular, DocumentArrowDown20Regular, FolderOpen20Regular, TableAdd20Regular, TextboxAlignTopLeft20Regular } from '@fluentui/react-icons';
import { userMessage } from '../../src/core/errors';
import { GenerateError, generateNarrative, narrativeText, priorFromWorkbook, type GeneratedNarrative, type PriorFigures } from '../../src/core/narrative/generate';
import type { CheckedFile } from '../session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sectionTitle: { fontWeight: tokens.fontWeightSemibold },
  paragraph: { width: '100%' },
  reason: { marginLeft: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'none' },
  form: { display: 'grid', gridTemplateColumns: '1fr 110px', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 340px', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, position: 'sticky', top: '48px', maxHeight: 'calc(100vh - 64px)', overflowY: 'auto' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface DraftOutput {
  title: string;
  sections: { title: string; paragraphs: string[] }[];
}

export interface DraftHost {
  /** Insert into the workbook (Excel only; absent in reviewer mode or on the page). */
  insert?: (draft: DraftOutput, where: 'new-sheet' | 'selection') => Promise<string>;
  /** Download a .docx / copy to the clipboard. */
  downloadDocx: (draft: DraftOutput) => Promise<void>;
  copy: (text: string) => Promise<void>;
  /** Reasons remembered for this workbook. */
  loadReasons: () => Promise<Record<string, string>>;
  saveReasons?: (reasons: Record<string, string>) => Promise<void>;
  /** Read a prior-year workbook chosen by the user. */
  readPrior: (file: File) => Promise<import('../../src/core/workbook').Workbook>;
}

export function DraftPanel({ file, host, onClose, wide = false }: { file: CheckedFile; host: DraftHost; onClose: () => void; wide?: boolean }): React.ReactElement {
  const s = useStyles();
  const [prior, setPrior] = React.useState<{ name: string; figures: PriorFigures } | null>(null);
  const [typed, setTyped] = React.useState<Record<string, string>>({});
  const [reasons, setReasons] = React.useState<Record<string, string>>({});
  const [reasonDraft, setReasonDraft] = React.useState<Record<string, string>>({});
  const [edits, setEdits] = React.useState<Record<string, string>>({});
  const [message, setMessage] = React.useState<{ intent: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const input = React.useRef<HTMLInputElement>(null);

  React.useEffect(() => {
    void host.loadReasons().then(setReasons, () => undefined);
  }, [host]);

  const typedValid = Object.fromEntries(Object.entries(typed).filter(([, v]) => /^-?\d+(\.\d+)?$/.test(v.trim())));
  const priorFigures: PriorFigures | undefined =
    prior || Object.keys(typedValid).length
      ? {
          year: prior?.figures.year ?? (file.report.document?.year ? file.report.document.year - 1 : null),
          kind: prior?.figures.kind,
          values: { ...(prior?.figures.values ?? {}), ...typedValid },
          source: prior ? 'prior-file' : 'typed',
        }
      : undefined;

  // generate again only when an input changes (not on every keystroke in a paragraph)
  const priorKey = JSON.stringify(priorFigures ?? null);
  const { generated, error } = React.useMemo((): { generated: GeneratedNarrative | null; error: string | null } => {
    try {
      if (!file.workbook) return { generated: null, error: file.report.error ?? '工作簿未能读取。' };
      return { generated: generateNarrative(file.workbook, { prior: priorFigures, reasons, document: file.settings.document }), error: null };
    } catch (e) {
      return { generated: null, error: e instanceof GenerateError ? e.message : userMessage(e) };
    }
  }, [file.workbook, file.report, file.settings.document, priorKey, reasons]);

  const output = (): DraftOutput | null =>
    generated && {
      title: generated.title,
      sections: generated.sections.map((sec) => ({ title: sec.title, paragraphs: sec.paragraphs.map((p, i) => edits[`${sec.id}#${i}`] ?? p) })),
    };

  const act = (label: string, f: (d: DraftOutput) => Promise<void | string>) => async () => {
    const d = output();
    if (!d) return;
    try {
      const said = await f(d);
      setMessage({ intent: 'success', text: said || label });
    } catch (e) {
      setMessage({ intent: 'error', text: userMessage(e) });
    }
  };

  const saveReason = (key: string) => {
    const text = (reasonDraft[key] ?? '').trim();
    if ((reasons[key] ?? '') === text) return;
    const next = { ...reasons };
    if (text) next[key] = text;
    else delete next[key];
    setReasons(next);
    void host.saveReasons?.(next).catch((e: unknown) => setMessage({ intent: 'error', text: userMessage(e) }));
  };

  const choosePrior = async (f: File) => {
    try {
      const wb = await host.readPrior(f);
      const figures = priorFromWorkbook(wb);
      setPrior({ name: f.name, figures });
      setMessage({ intent: 'success', text: `已读取上年工作簿 ${f.name}${figures.year ? `（${figures.year} 年）` : ''}，增减变化按其数字计算。` });
    } catch (e) {
      setMessage({ intent: 'error', text: userMessage(e) });
    }
  };

  const fields = generated?.priorKeys ?? [];

  return (
    <section className={s.root} aria-label="生成情况说明" data-testid="draft">
      <div className={s.bar}>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onClose} aria-label="返回检查结果" />
        <Subtitle2 className={s.grow}>{generated?.title ?? '生成情况说明'}</Subtitle2>
        {generated && (
          <Badge appearance="tint" color={generated.placeholders ? 'warning' : 'success'} data-testid="draft-placeholders">
            {generated.placeholders ? `待填写 ${generated.placeholders} 处` : '无待填写'}
          </Badge>
        )}
      </div>
      {error && (
        <MessageBar intent="error" data-testid="draft-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.intent} data-testid="draft-status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {generated && (() => {
        const side = (
          <>
            <div className={s.actions}>
              {host.insert && (
                <>
                  <Button size="small" appearance="primary" icon={<TableAdd20Regular />} onClick={() => void act('', (d) => host.insert!(d, 'new-sheet'))()} data-testid="draft-insert-sheet">
                    写入新工作表
                  </Button>
                  <Button size="small" icon={<TextboxAlignTopLeft20Regular />} onClick={() => void act('', (d) => host.insert!(d, 'selection'))()} data-testid="draft-insert-selection">
                    写入所选位置
                  </Button>
                </>
              )}
              <Button size="small" icon={<Copy20Regular />} onClick={() => void act('已复制全文，可粘贴到 Word。', (d) => host.copy(narrativeText(d)))()} data-testid="draft-copy">
                复制全文
              </Button>
              <Button size="small" icon={<DocumentArrowDown20Regular />} onClick={() => void act('已生成 Word 文档。', host.downloadDocx)()} data-testid="draft-docx">
                下载 Word
              </Button>
            </div>
            {generated.warnings.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{generated.warnings.join('；')}</MessageBarBody>
              </MessageBar>
            )}
            <Accordion collapsible>
              <AccordionItem value="prior">
                <AccordionHeader size="small" data-testid="prior-toggle">
                  上年数据{prior ? `：${prior.name}` : Object.keys(typedValid).length ? `：手动填写 ${Object.keys(typedValid).length} 项` : '（可选，用于增减变化）'}
                </AccordionHeader>
                <AccordionPanel>
                  <div className={s.section}>
                    <div className={s.bar}>
                      <Button size="small" icon={<FolderOpen20Regular />} onClick={() => input.current?.click()}>
                        选择上年工作簿
                      </Button>
                      {prior && (
                        <Button size="small" appearance="subtle" onClick={() => setPrior(null)}>
                          不用上年工作簿
                        </Button>
                      )}
                      <input
                        ref={input}
                        className={s.hidden}
                        type="file"
                        accept=".xlsx"
                        data-testid="prior-input"
                        aria-label="选择上年工作簿"
                        onChange={(e) => {
                          const f = e.target.files?.[0];
                          e.target.value = '';
                          if (f) void choosePrior(f);
                        }}
                      />
                    </div>
                    {fields.length > 0 && (
                      <>
                        <Caption1 className={s.muted}>或手动填写上年数（万元），留空的项目不写增减：</Caption1>
                        <div className={s.form}>
                          {fields.map((f) => (
                            <React.Fragment key={f.key}>
                              <Caption1>{f.name}</Caption1>
                              <Input
                                size="small"
                                inputMode="decimal"
                                aria-label={`${f.name} 上年数`}
                                value={typed[f.key] ?? ''}
                                placeholder={priorFigures?.values[f.key] ?? ''}
                                onChange={(_, d) => setTyped({ ...typed, [f.key]: d.value })}
                              />
                            </React.Fragment>
                          ))}
                        </div>
                      </>
                    )}
                  </div>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          </>
        );
        const text = (
          <>
            {generated.sections.map((sec) => (
              <div key={sec.id} className={s.section} data-testid="draft-section">
                <Text className={s.sectionTitle}>{sec.title}</Text>
                {sec.paragraphs.map((p, i) => {
                  const key = `${sec.id}#${i}`;
                  const changes = (sec.changes ?? []).filter((c) => c.paragraph === i);
                  return (
                    <React.Fragment key={key}>
                      <Textarea
                        className={s.paragraph}
                        resize="vertical"
                        rows={Math.max(2, Math.ceil((edits[key] ?? p).length / (wide ? 48 : 19)))}
                        textarea={{ style: { fieldSizing: 'content' } as React.CSSProperties }}
                        value={edits[key] ?? p}
                        onChange={(_, d) => setEdits({ ...edits, [key]: d.value })}
                        aria-label={`${sec.title} 第 ${i + 1} 段`}
                        data-testid="draft-paragraph"
                      />
                      {changes.map((c) => (
                        <Field key={c.key} className={s.reason} label={`${c.name}的变动原因`} size="small" hint={reasons[c.key] ? '已记住，下次生成时自动填入' : undefined}>
                          <Input
                            size="small"
                            value={reasonDraft[c.key] ?? reasons[c.key] ?? ''}
                            placeholder="主要原因：请填写"
                            onChange={(_, d) => setReasonDraft({ ...reasonDraft, [c.key]: d.value })}
                            onBlur={() => saveReason(c.key)}
                            onKeyDown={(e) => e.key === 'Enter' && saveReason(c.key)}
                            data-testid="draft-reason"
                          />
                        </Field>
                      ))}
                    </React.Fragment>
                  );
                })}
              </div>
            ))}
          </>
        );
        return wide ? (
          <div className={s.columns} data-testid="draft-wide">
            <div className={s.text}>{text}</div>
            <aside className={s.side} aria-label="输出与上年数据">
              {side}
            </aside>
          </div>
        ) : (
          <>
            {side}
            {text}
          </>
        );
      })()}
    </section>
  );
}
