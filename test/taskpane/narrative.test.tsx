/**
 * The narrative (情况说明) part of the task pane: wording of the coverage line, the pasted
 * text handed to the engine, and the rendering of a hand-built FileReport (server-side
 * rendering — the interactive parts are exercised in test/e2e/standalone.test.ts).
 */
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, SSRProvider, webLightTheme } from '@fluentui/react-components';
import type { FileReport, Finding } from '../../src/core/report';
import type { NarrativeCoverage } from '../../src/core/narrative/coverage';
import { App } from '../../taskpane/App';
import { FileReview } from '../../taskpane/components/FileReview';
import { DEFAULT_SETTINGS } from '../../src/core/review/settings';
import { NarrativePaste, NARRATIVE_PLACEHOLDER } from '../../taskpane/components/NarrativePaste';
import { NarrativeSummary } from '../../taskpane/components/NarrativeSummary';
import {
  classifiedLine,
  coverageLine,
  locationLabel,
  narrativeApplies,
  narrativeFindings,
  notAppliedNotice,
  pastedNarrative,
  splitAround,
} from '../../taskpane/narrative';

const PASTED = '粘贴的文字';

/** The file card as the pane renders it. */
function FileReportCard({ report }: { report: FileReport }): React.ReactElement {
  const file = { name: report.path, report, workbook: null, bytes: null, accepted: [], settings: DEFAULT_SETTINGS };
  return <FileReview file={file} selected={null} actions={{ onLocate: () => undefined }} />;
}

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'narrative/amounts',
    severity: 'error',
    category: 'narrative',
    message: '',
    locations: [],
    expected: null,
    actual: null,
    ...over,
  };
}

function report(narrative: NarrativeCoverage, findings: Finding[] = []): FileReport {
  return {
    path: '2025-caidian-ybj-budget.xlsx',
    error: null,
    document: { kind: 'budget', year: 2025, unit: '蔡甸区医疗保障局', moneyUnit: '万元' },
    sheets: [{ name: '表1 收支总表', visibility: 'visible', range: 'A1:D33' }],
    tables: [{ kind: 'income-expense-summary', title: '收支总表', sheet: '表1 收支总表', range: 'A1:D33' }],
    unrecognised: [],
    findings,
    narrative,
  };
}

const COVERAGE: NarrativeCoverage = {
  numbers: 12,
  tied: 6,
  checked: 1,
  classified: { year: 2, headcount: 1 },
  untied: [
    {
      location: { sheet: '', cell: '', file: PASTED, paragraph: 3, start: 10, end: 18 },
      text: '12.5 万元',
      context: '较上年增加 12.5 万元，主要是人员增加',
    },
    { location: { sheet: '情况说明', cell: 'A7' }, text: '4%', context: '占比 4%' },
  ],
  source: PASTED,
};

const FINDINGS: Finding[] = [
  finding({ severity: 'info', category: 'rounding', message: '尾差：不是情况说明的问题', locations: [{ sheet: '表3 支出总表', cell: 'C9' }] }),
  finding({
    severity: 'warning',
    message: '情况说明“一般公共服务支出 3.2 万元”与表格 3.20 万元写法不一',
    locations: [{ sheet: '', cell: '', file: PASTED, paragraph: 4 }],
  }),
  finding({
    message: '情况说明“住房保障支出 22.73 万元”≠ 支出总表 221 住房保障支出 22.37 万元，差 0.36 万元',
    locations: [
      { sheet: '', cell: '', file: PASTED, paragraph: 2, start: 50, end: 58 },
      { sheet: '表3 支出总表', cell: 'C20' },
    ],
  }),
];

/** The visible text of rendered markup, tags dropped. */
function text(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function render(el: React.ReactElement): string {
  // server rendering: Fluent needs an SSRProvider for its ids (without it, every render logs a warning)
  return renderToStaticMarkup(
    <SSRProvider>
      <FluentProvider theme={webLightTheme}>{el}</FluentProvider>
    </SSRProvider>,
  );
}

describe('wording', () => {
  test('coverage line: numbers, checked (incl. within the text), classified, not checked', () => {
    expect(coverageLine(COVERAGE)).toBe('情况说明：数字 12 个，已核对 7 个（含文内核对 1 个），已分类 3 个，未能核对 2 个');
  });

  test('without the extension fields: zeros before the engine fills them, untied by difference', () => {
    expect(coverageLine({ numbers: 0, tied: 0 })).toBe('情况说明：数字 0 个，已核对 0 个，已分类 0 个，未能核对 0 个');
    expect(coverageLine({ numbers: 10, tied: 7 })).toBe('情况说明：数字 10 个，已核对 7 个，已分类 0 个，未能核对 3 个');
  });

  test('no narrative at all (source null) is said, not counted', () => {
    expect(coverageLine({ numbers: 0, tied: 0, source: null })).toMatch(/^情况说明：未找到/);
  });

  test('classified numbers by class, in a fixed order', () => {
    expect(classifiedLine(COVERAGE)).toBe('已分类（不是预算金额）：年份 2 个、人数 1 个');
    expect(classifiedLine({ numbers: 1, tied: 1 })).toBeNull();
  });

  test('location labels: pasted paragraph, workbook cell', () => {
    expect(locationLabel({ sheet: '', cell: '', file: PASTED, paragraph: 3 })).toBe('粘贴的文字 第 3 段');
    expect(locationLabel({ sheet: '情况说明', cell: 'A56' })).toBe('情况说明!A56');
  });

  test('the number is found in its context to be emphasised', () => {
    expect(splitAround('较上年增加 12.5 万元，主要是', '12.5 万元')).toEqual(['较上年增加 ', '12.5 万元', '，主要是']);
    expect(splitAround('增加12.5万元', '12.5 万元')).toEqual(['增加', '12.5万元', '']);
    expect(splitAround('没有这个数', '3.1 万元')).toBeNull();
  });

  test('narrative findings only, errors first', () => {
    expect(narrativeFindings(report(COVERAGE, FINDINGS)).map((f) => f.severity)).toEqual(['error', 'warning']);
  });

  test('pasted text: blank is no narrative; paragraphs numbered from 1', () => {
    expect(pastedNarrative('')).toBeUndefined();
    expect(pastedNarrative('  \n\n ')).toBeUndefined();
    const n = pastedNarrative('三、支出安排情况\n\n2025 年部门预算总支出 385.5 万元。');
    expect(n?.source).toBe(PASTED);
    expect(n?.paragraphs.map((p) => p.paragraph)).toEqual([1, 2]);
  });

  test('a pasted narrative applies to exactly one workbook', () => {
    expect(narrativeApplies(1)).toBe(true);
    expect(narrativeApplies(2)).toBe(false);
    expect(notAppliedNotice(3)).toContain('本次选择了 3 个文件，未使用粘贴的文字');
  });
});

describe('rendering', () => {
  test('the file card: the narrative tie-out collapsed behind its counts, its findings in the findings list', () => {
    const t = text(render(<FileReportCard report={report(COVERAGE, FINDINGS)} />));
    expect(t).toContain('情况说明核对：已核对 7/12 个数字，未能核对 2 个');
    // collapsed: the details are not rendered
    expect(t).not.toContain('来源：粘贴的文字');
    expect(t).not.toContain('较上年增加');
    // the narrative findings are in the findings list, with their table and location; 尾差 collapsed
    expect(t).toContain('共 3 条：待处理 3 条');
    expect(t).toContain('错误情况说明 · 粘贴的文字 第 2 段 等 2 处情况说明“住房保障支出 22.73 万元”≠ 支出总表');
    expect(t).toContain('警告情况说明 · 粘贴的文字 第 4 段');
    expect(t).not.toContain('尾差：不是情况说明的问题');
  });

  test('the narrative tie-out opened: coverage line, source, classes and the numbers not checked', () => {
    const t = text(render(<NarrativeSummary report={report(COVERAGE)} defaultOpen />));
    expect(t).toContain('情况说明：数字 12 个，已核对 7 个（含文内核对 1 个），已分类 3 个，未能核对 2 个');
    expect(t).toContain('来源：粘贴的文字');
    expect(t).toContain('已分类（不是预算金额）：年份 2 个、人数 1 个');
    expect(t).toContain('未能核对的数字（2 个）');
  });

  test('one line of counts above the findings', () => {
    const t = text(render(<FileReportCard report={report(COVERAGE, FINDINGS)} />));
    expect(t).toContain('错误1警告1尾差1已接受0情况说明 2情况说明核对');
  });

  test('the untied claims, expanded: number, location and quoted context with the number marked', () => {
    const html = render(<NarrativeSummary report={report(COVERAGE)} defaultOpen />);
    const t = text(html);
    expect(t).toContain('12.5 万元粘贴的文字 第 3 段“较上年增加 12.5 万元，主要是人员增加”');
    expect(t).toContain('4%情况说明!A7“占比 4%”');
    expect(html).toMatch(/<mark[^>]*>12\.5 万元<\/mark>/);
    expect(html).toContain('aria-label="未能核对的数字"');
    expect(html).toContain('aria-label="情况说明核对"');
  });

  test('an empty coverage (engine not filled in) still shows the line, and no lists', () => {
    const t = text(render(<NarrativeSummary report={report({ numbers: 0, tied: 0 })} defaultOpen />));
    expect(t).toContain('情况说明：数字 0 个，已核对 0 个，已分类 0 个，未能核对 0 个');
    expect(t).not.toContain('情况说明的问题');
    expect(t).not.toContain('未能核对的数字');
  });

  test('a file that could not be read has no narrative part', () => {
    const r: FileReport = { ...report({ numbers: 0, tied: 0 }), error: '无法读取：文件已损坏' };
    const t = text(render(<FileReportCard report={r} />));
    expect(t).toContain('无法读取：文件已损坏');
    expect(t).not.toContain('情况说明核对');
  });

  test('the paste area: collapsed title, and when open a labelled textarea with the placeholder and a clear button', () => {
    const closed = text(render(<NarrativePaste value="" onChange={() => undefined} />));
    expect(closed).toContain('情况说明（可选）');
    expect(closed).not.toContain('清空');
    const html = render(<NarrativePaste value={'一\n二'} onChange={() => undefined} defaultOpen />);
    expect(html).toContain(`placeholder="${NARRATIVE_PLACEHOLDER}"`);
    expect(html).toMatch(/<label[^>]*>情况说明全文/);
    const t = text(html);
    expect(t).toContain('已粘贴 2 段');
    expect(t).toContain('共 2 段，检查时使用粘贴的文字');
    expect(t).toContain('清空');
  });
});

describe('the paste area is in both modes', () => {
  test.each(['excel', 'standalone'] as const)('%s', (mode) => {
    const t = text(render(<App mode={mode} />));
    expect(t).toContain('情况说明（可选）');
    expect(t).toContain(mode === 'excel' ? '检查' : '选择文件');
  });
});

describe('the command bar', () => {
  test('Excel: 检查, 标记, 生成说明, more (清除标记, 导出审核结果) and 设置', () => {
    const html = render(<App mode="excel" />);
    for (const id of ['check', 'mark', 'generate', 'more', 'open-settings']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).not.toContain('data-testid="export"');
    expect(html).toContain('aria-label="命令"');
  });

  test('standalone: 重新检查, 打开, 导出, 生成说明 and 设置; no 标记 or 清除标记 (the page never writes into a file)', () => {
    const html = render(<App mode="standalone" />);
    for (const id of ['recheck', 'open-files', 'export', 'generate', 'open-settings', 'file-input']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).not.toContain('data-testid="clear"');
    expect(html).not.toContain('data-testid="mark"');
  });
});
