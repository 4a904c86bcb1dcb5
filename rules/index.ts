// The explicit, sorted registry of every rule; ids equal folder names and diagnostic codes.
import type { Rule } from './types';
import budgetCycleMismatch from './budget-cycle-mismatch/index';
import commitmentNotEvidenced from './commitment-not-evidenced/index';
import dateInPast from './date-in-past/index';
import decisionBeforeEvidence from './decision-before-evidence/index';
import emptySection from './empty-section/index';
import exitDecisionAfterPilotEnd from './exit-decision-after-pilot-end/index';
import exitDecisionDateMissing from './exit-decision-date-missing/index';
import exitPlanIncomplete from './exit-plan-incomplete/index';
import exitPlanMissing from './exit-plan-missing/index';
import externalFundingOnly from './external-funding-only/index';
import frontmatterInvalidDate from './frontmatter-invalid-date/index';
import frontmatterInvalidYaml from './frontmatter-invalid-yaml/index';
import frontmatterMissingField from './frontmatter-missing-field/index';
import implementationResourcesMissing from './implementation-resources-missing/index';
import ownerNotDecisionLevel from './owner-not-decision-level/index';
import ownerRolesMissing from './owner-roles-missing/index';
import placeholderText from './placeholder-text/index';
import postPilotTermsMissing from './post-pilot-terms-missing/index';
import privacyAssessmentMissing from './privacy-assessment-missing/index';
import procurementRouteMissing from './procurement-route-missing/index';
import repeatPilotWithoutLessons from './repeat-pilot-without-lessons/index';
import risksMissing from './risks-missing/index';
import scalingRisksUnaddressed from './scaling-risks-unaddressed/index';
import singlePersonGovernance from './single-person-governance/index';
import softOutcomesOnly from './soft-outcomes-only/index';
import stakeholderLevelsIncomplete from './stakeholder-levels-incomplete/index';
import stakeholdersMissing from './stakeholders-missing/index';
import stopCriteriaMissing from './stop-criteria-missing/index';
import strategicAlignmentMissing from './strategic-alignment-missing/index';
import successCriteriaMissing from './success-criteria-missing/index';
import successCriterionIncomplete from './success-criterion-incomplete/index';
import trainingPlanIncomplete from './training-plan-incomplete/index';
import trainingPlanMissing from './training-plan-missing/index';
import valueTradeoffsMissing from './value-tradeoffs-missing/index';

export const RULES: readonly Rule[] = [
  budgetCycleMismatch as Rule,
  commitmentNotEvidenced as Rule,
  dateInPast as Rule,
  decisionBeforeEvidence as Rule,
  emptySection as Rule,
  exitDecisionAfterPilotEnd as Rule,
  exitDecisionDateMissing as Rule,
  exitPlanIncomplete as Rule,
  exitPlanMissing as Rule,
  externalFundingOnly as Rule,
  frontmatterInvalidDate as Rule,
  frontmatterInvalidYaml as Rule,
  frontmatterMissingField as Rule,
  implementationResourcesMissing as Rule,
  ownerNotDecisionLevel as Rule,
  ownerRolesMissing as Rule,
  placeholderText as Rule,
  postPilotTermsMissing as Rule,
  privacyAssessmentMissing as Rule,
  procurementRouteMissing as Rule,
  repeatPilotWithoutLessons as Rule,
  risksMissing as Rule,
  scalingRisksUnaddressed as Rule,
  singlePersonGovernance as Rule,
  softOutcomesOnly as Rule,
  stakeholderLevelsIncomplete as Rule,
  stakeholdersMissing as Rule,
  stopCriteriaMissing as Rule,
  strategicAlignmentMissing as Rule,
  successCriteriaMissing as Rule,
  successCriterionIncomplete as Rule,
  trainingPlanIncomplete as Rule,
  trainingPlanMissing as Rule,
  valueTradeoffsMissing as Rule,
];

export const RULE_MAP: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
