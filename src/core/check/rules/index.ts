/** The rule registry: every rule, in the order findings are reported. */
import type { Rule } from '../types';
import economicHierarchy from './economic-hierarchy';
import economicPlacement from './economic-placement';
import functionHierarchy from './function-hierarchy';
import rowIdentity from './row-identity';
import { summaryBalance, summaryExpense, summaryIncome } from './summary';
import threePublic from './three-public';
import incomeList from './income-list';
import procurementHierarchy from './procurement-hierarchy';
import unitHierarchy from './unit-hierarchy';
import { assetLines, procurementLines } from './detail-lines';
import { fiscalIncome, summaryVsExpenditure, summaryVsIncome } from './summary-vs-tables';
import fiscalVsFunds from './fiscal-vs-funds';
import generalVsBasic from './general-vs-basic';
import generalVsProjects from './general-vs-projects';
import expenditureVsGeneral from './expenditure-vs-general';
import threePublicVsBasic from './three-public-vs-basic';
import functionEconomic from './function-economic';
import requiredTables from './required-tables';
import staffComposition from './staff-composition';
import deptPerformance from './dept-performance';
import projectPerformance from './project-performance';
import projectsVsPerformance from './projects-vs-performance';
import deptPerformanceVsTables from './dept-performance-vs-tables';
import projectCodes from './project-codes';
import priorYearLabels from './prior-year-labels';
import emptyTableNote from './empty-table-note';
import detailLevel from './detail-level';
import { moneyUnit, threePublicSplit, titleContent } from './table-form';
import { codeDictionary, codeFormat, codeOrder, unitNatureItems } from './codes';
import { levelWording, placeholders, typos } from './text';
import { nonNumericCell, roundingStatement } from './cells';
import { narrativeAmounts, narrativeNumberFormat } from './narrative-amounts';
import { narrativeEnumerations } from './narrative-enumerations';
import { narrativeChangeConsistency, narrativeChanges, narrativeCompletion, narrativeShares } from './narrative-ratios';
import { narrativeFacts, narrativeItemLists, narrativeReasons, narrativeYears } from './narrative-text';
// the checklist's rules (issue 16)
import { headingNumbering, toc } from './headings';
import { templateText } from './template-text';
import { wording } from './wording';
import { numberTypography } from './number-typography';
import { glossary } from './glossary';
import { narrativeInternal } from './narrative-internal';
import { narrativeSections } from './narrative-sections';
import { operationDisclosure } from './operation-disclosure';
import { procurementDisclosure } from './procurement-disclosure';
import { assetsDisclosure } from './assets-disclosure';
import { performanceDisclosure } from './performance-disclosure';
import { narrativeSubjectNames } from './narrative-subject-names';
import { threePublicCounts } from './three-public-counts';
import { percentTruncation } from './percent-truncation';

export const RULES: Rule[] = [
  summaryBalance,
  summaryIncome,
  summaryExpense,
  rowIdentity,
  functionHierarchy,
  economicHierarchy,
  economicPlacement,
  unitHierarchy,
  threePublic,
  incomeList,
  procurementLines,
  procurementHierarchy,
  assetLines,
  deptPerformance,
  projectPerformance,
  staffComposition,
  summaryVsIncome,
  summaryVsExpenditure,
  fiscalIncome,
  fiscalVsFunds,
  generalVsBasic,
  generalVsProjects,
  expenditureVsGeneral,
  threePublicVsBasic,
  functionEconomic,
  projectsVsPerformance,
  deptPerformanceVsTables,
  narrativeAmounts,
  narrativeEnumerations,
  narrativeChanges,
  narrativeChangeConsistency,
  narrativeShares,
  narrativeCompletion,
  narrativeYears,
  narrativeReasons,
  narrativeItemLists,
  narrativeFacts,
  narrativeNumberFormat,
  projectCodes,
  priorYearLabels,
  requiredTables,
  emptyTableNote,
  detailLevel,
  threePublicSplit,
  titleContent,
  moneyUnit,
  codeFormat,
  codeDictionary,
  unitNatureItems,
  nonNumericCell,
  placeholders,
  levelWording,
  typos,
  roundingStatement,
  // the checklist's rules (issue 16)
  toc,
  headingNumbering,
  templateText,
  wording,
  numberTypography,
  glossary,
  narrativeInternal,
  narrativeSections,
  operationDisclosure,
  procurementDisclosure,
  assetsDisclosure,
  performanceDisclosure,
  narrativeSubjectNames,
  threePublicCounts,
  percentTruncation,
  codeOrder,
];
