/**
 * 设置: rules on/off and severity, 尾差 shown or not, document kind/year when recognition is
 * unsure (stored per workbook), and this user's preferences (name, reviewer mode).
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { RULE_CATALOG } from '../../src/core/check/rules/catalog';
import type { RuleCategory, RuleSetting } from '../../src/core/check/types';
import { DEFAULT_SETTINGS, type ReviewSettings } from '../../src/core/review/settings';
import { TEMPLATE_IDS, TEMPLATES } from '../../src/core/model/templates';
import type { Preferences } from '../session';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
  /** 文档类型 and 年度 side by side when there is room, one under the other in a 350-px pane. */
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  field: { flex: '1 1 130px', minWidth: 0 },
  fill: { width: '100%', minWidth: 0 },
  surface: { maxWidth: 'min(600px, calc(100vw - 24px))', boxSizing: 'border-box' },
  actions: { flexWrap: 'wrap' },
  rule: { display: 'grid', gridTemplateColumns: '1fr auto', alignItems: 'center', gap: tokens.spacingHorizontalXS, padding: `${tokens.spacingVerticalXXS} 0` },
  ruleName: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  sectionTitle: { fontWeight: tokens.fontWeightSemibold },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const CATEGORY_TITLES: Record<RuleCategory, string> = {
  intra: '表内检查',
  cross: '表间检查',
  narrative: '情况说明（表文）',
  rounding: '尾差',
  compliance: '规范性',
};

const SETTING_NAMES: Record<RuleSetting | 'default', string> = { default: '默认', off: '关闭', error: '错误', warning: '警告', info: '提示' };

export function SettingsDialog({
  open,
  settings,
  workbookLoaded,
  preferences,
  excel,
  onSave,
  onCancel,
}: {
  open: boolean;
  settings: ReviewSettings;
  /** False before a check: the workbook's own settings are not known yet. */
  workbookLoaded: boolean;
  preferences: Preferences;
  /** In Excel the settings are stored in the workbook; on the page, in this browser. */
  excel: boolean;
  onSave: (settings: ReviewSettings, preferences: Preferences) => void;
  onCancel: () => void;
}): React.ReactElement {
  const s = useStyles();
  const [draft, setDraft] = React.useState(settings);
  const [prefs, setPrefs] = React.useState(preferences);
  React.useEffect(() => {
    if (open) {
      setDraft(settings);
      setPrefs(preferences);
    }
  }, [open, settings, preferences]);

  const setRule = (id: string, v: RuleSetting | 'default') => {
    const rules = { ...draft.rules };
    if (v === 'default') delete rules[id];
    else rules[id] = v;
    setDraft({ ...draft, rules });
  };
  const categories = (Object.keys(CATEGORY_TITLES) as RuleCategory[]).filter((c) => RULE_CATALOG.some((m) => m.category === c));
  const yearText = draft.document.year === null ? '' : String(draft.document.year);

  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface className={s.surface} data-testid="settings-surface">
        <DialogBody>
          <DialogTitle>设置</DialogTitle>
          <DialogContent className={s.content} data-testid="settings">
            <Switch
              checked={prefs.reviewer}
              onChange={(_, d) => setPrefs({ ...prefs, reviewer: d.checked })}
              label="审阅模式：只查看，不向工作簿写入任何内容"
              data-testid="reviewer-switch"
            />
            <Field label="您的姓名" hint="接受问题时记录为接受人。">
              <Input value={prefs.userName} onChange={(_, d) => setPrefs({ ...prefs, userName: d.value })} placeholder="未署名" />
            </Field>
            <Text className={s.sectionTitle}>{excel ? '本工作簿的检查设置（保存在工作簿中）' : '所选文件的检查设置（保存在本浏览器中）'}</Text>
            {!workbookLoaded && <Caption1 className={s.muted}>先检查工作簿，才能修改它的检查设置。</Caption1>}
            <fieldset disabled={!workbookLoaded} className={s.fieldset}>
            <Switch checked={draft.rounding} onChange={(_, d) => setDraft({ ...draft, rounding: d.checked })} label="显示尾差（四舍五入造成的差额）" data-testid="rounding-switch" />
            <div className={s.row}>
              <Field className={s.field} label="文档类型" hint="识别不准时指定">
                <Dropdown
                  style={{ minWidth: 0, width: '100%' }}
                  value={draft.document.kind === 'budget' ? '预算' : draft.document.kind === 'final' ? '决算' : '自动识别'}
                  selectedOptions={[draft.document.kind ?? 'auto']}
                  onOptionSelect={(_, d) =>
                    setDraft({ ...draft, document: { ...draft.document, kind: d.optionValue === 'budget' || d.optionValue === 'final' ? d.optionValue : null } })
                  }
                >
                  <Option value="auto">自动识别</Option>
                  <Option value="budget">预算</Option>
                  <Option value="final">决算</Option>
                </Dropdown>
              </Field>
              <Field className={s.field} label="年度" validationMessage={yearText && !/^(19|20)\d\d$/.test(yearText) ? '请输入四位年份' : undefined}>
                <Input
                  className={s.fill}
                  input={{ style: { minWidth: 0, width: '100%' } }}
                  data-testid="settings-year"
                  value={yearText}
                  placeholder="自动识别"
                  inputMode="numeric"
                  onChange={(_, d) => {
                    const y = d.value.trim();
                    setDraft({ ...draft, document: { ...draft.document, year: /^\d{4}$/.test(y) ? Number(y) : null } });
                  }}
                />
              </Field>
            </div>
            <Field label="公开模板" hint="按哪个模板核对应公开的表和情况说明各部分；默认按工作簿自动判断">
              <Dropdown
                data-testid="settings-template"
                style={{ minWidth: 0, width: '100%' }}
                value={draft.document.template ? TEMPLATES[draft.document.template].name : '自动判断'}
                selectedOptions={[draft.document.template ?? 'auto']}
                onOptionSelect={(_, d) => {
                  const id = TEMPLATE_IDS.find((t) => t === d.optionValue) ?? null;
                  setDraft({ ...draft, document: { ...draft.document, template: id } });
                }}
              >
                <Option value="auto">自动判断</Option>
                {TEMPLATE_IDS.map((id) => (
                  <Option key={id} value={id}>
                    {TEMPLATES[id].name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Accordion collapsible multiple>
              {categories.map((c) => (
                <AccordionItem key={c} value={c}>
                  <AccordionHeader size="small">{CATEGORY_TITLES[c]}</AccordionHeader>
                  <AccordionPanel>
                    {RULE_CATALOG.filter((m) => m.category === c).map((m) => {
                      const v = draft.rules[m.id] ?? 'default';
                      return (
                        <div key={m.id} className={s.rule}>
                          <div>
                            <Text className={s.ruleName}>{m.title}</Text>
                            <br />
                            <Caption1 className={s.muted}>
                              {m.id} · 默认{SETTING_NAMES[m.severity]}
                            </Caption1>
                          </div>
                          <Dropdown
                            size="small"
                            style={{ minWidth: '84px' }}
                            aria-label={`${m.title}：级别`}
                            value={SETTING_NAMES[v]}
                            selectedOptions={[v]}
                            onOptionSelect={(_, d) => setRule(m.id, d.optionValue as RuleSetting | 'default')}
                          >
                            {(['default', 'error', 'warning', 'info', 'off'] as const).map((o) => (
                              <Option key={o} value={o}>
                                {SETTING_NAMES[o]}
                              </Option>
                            ))}
                          </Dropdown>
                        </div>
                      );
                    })}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
            </fieldset>
          </DialogContent>
          <DialogActions className={s.actions}>
            <Button onClick={() => setDraft(DEFAULT_SETTINGS)}>恢复默认</Button>
            <Button appearance="secondary" onClick={onCancel}>
              取消
            </Button>
            <Button appearance="primary" onClick={() => onSave(draft, prefs)} data-testid="settings-save">
              保存
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
