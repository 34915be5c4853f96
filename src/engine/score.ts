// Scoring as the catalog says (rules.md, after Lighthouse's core/scoring.js): a rule's result is
// the share of its assessed subjects that pass; categories and the overall score are weighted
// means of assessed rules' results, times 100, rounded half up; nothing assessed → null.
import type { Band, CategoryScore, RuleResult } from '../model/report.js';
import { CATEGORIES, type Category } from '../model/rule.js';

/** Round half up from the exact mean; the epsilon absorbs binary noise (89.4999999 → 89.5 → 90). */
export function roundScore(exact: number): number {
  return Math.floor(exact + 0.5 + 1e-9);
}

export function bandOf(score: number | null): Band | null {
  if (score === null) return null;
  if (score >= 90) return 'good';
  if (score >= 50) return 'needs-work';
  return 'poor';
}

/** The exact weighted mean (0–100) of the assessed rules, or null. */
export function exactScore(results: RuleResult[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const r of results) {
    if (r.score === null) continue;
    weighted += r.weight * r.score;
    weights += r.weight;
  }
  return weights === 0 ? null : (100 * weighted) / weights;
}

export function totalAssessedWeight(results: RuleResult[]): number {
  return results.reduce((sum, r) => sum + (r.score === null ? 0 : r.weight), 0);
}

export function scoreOf(results: RuleResult[]): { score: number | null; band: Band | null } {
  const exact = exactScore(results);
  const score = exact === null ? null : roundScore(exact);
  return { score, band: bandOf(score) };
}

export function categoryScores(results: RuleResult[]): Record<Category, CategoryScore> {
  return Object.fromEntries(
    CATEGORIES.map((category) => [category, scoreOf(results.filter((r) => r.category === category))]),
  ) as Record<Category, CategoryScore>;
}
