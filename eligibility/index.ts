/**
 * Eligibility: exact amounts, caps and conditions for every benefit of the
 * measures, computed from the knowledge base alone.
 */
export { createEligibilityEngine, checkAsOf, EligibilityError } from './engine.ts';
export type {
  BenefitResult,
  CheckResult,
  Citation,
  Combination,
  ConditionResult,
  ConditionStatus,
  EligibilityEngine,
  Evaluation,
  EvaluateOptions,
  Status,
  TraceStep,
} from './engine.ts';
export { FactError, createFactsSchema, type Facts, type FactValue } from './facts.ts';
export { formatFen, fenToYuanString, yuanStringToFen, yuanToFen, percentFraction, ratioFraction } from './money.ts';
