import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EligibilityRequest, EligibilityResult } from '../domain/policy';
import { checkEligibility } from '../modules/eligibility/eligibility.service';
import { eligibilityRequestSchema } from '../modules/eligibility/eligibility-request.schema';
import { installChineseZodMessages } from '../server/zod-messages';

/**
 * Rule tests as data (DESIGN rule 7): each case file under cases/ holds requests written
 * from the seed texts and what the answer must say — by citation, so a case states the
 * policy, not our rule ids.
 */
installChineseZodMessages();

interface CitationPattern {
  document: string;
  clause?: string;
}

interface RuleCase {
  name: string;
  clause?: string;
  asOf: string;
  target: Record<string, unknown>;
  pathway?: string;
  base?: string;
  applicant?: Record<string, unknown>;
  expect: {
    eligible?: boolean;
    pathway?: string | null;
    pathways?: Record<string, boolean>;
    unmetCitations?: CitationPattern[];
    /** Rule ids (or id prefixes) that must be among the unmet conditions. */
    unmetRules?: string[];
    /** The basis the chosen pathway answers with (its variant id). */
    basis?: string;
    noUnmetCitations?: CitationPattern[];
    unmetCount?: number;
    effects?: Record<string, unknown>;
    earliestEligibleOn?: string | null;
  };
}

const dir = path.join(import.meta.dirname, 'cases');
const profiles: Record<string, Record<string, unknown>> = fs.existsSync(path.join(dir, 'profiles.json'))
  ? JSON.parse(fs.readFileSync(path.join(dir, 'profiles.json'), 'utf8'))
  : {};
const files = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.cases.json'))
      .sort()
  : [];

/** The base profile with the case's top-level applicant keys replacing it; statuses merge key by key. */
function applicantOf(c: RuleCase): Record<string, unknown> {
  const base = c.base ? structuredClone(profiles[c.base] ?? {}) : {};
  const own = c.applicant ?? {};
  const merged: Record<string, unknown> = { ...base, ...own };
  if (base.statuses && own.statuses)
    merged.statuses = { ...(base.statuses as object), ...(own.statuses as object) };
  return merged;
}

const matches = (citation: { document: string; clause: string }, pattern: CitationPattern) =>
  citation.document === pattern.document &&
  (pattern.clause === undefined || citation.clause === pattern.clause);

function explain(result: EligibilityResult): string {
  return JSON.stringify(
    {
      eligible: result.eligible,
      pathway: result.pathway,
      unmet: result.unmet.map((u) => `${u.rule} [${u.citation.document} ${u.citation.clause}] ${u.message}`),
      basis: result.pathways.find((p) => p.pathway === (result.pathway ?? result.nearestPathway))?.basis.id,
      pathways: result.pathways.map((p) => `${p.pathway}:${p.eligible}`),
      effects: result.effects,
      earliest: result.earliestEligibleOn,
    },
    null,
    1,
  );
}

it('has rule cases', () => {
  expect(files.length).toBeGreaterThanOrEqual(1);
});

for (const file of files) {
  const { policy, cases } = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
    policy: string;
    cases: RuleCase[];
  };
  describe(`${policy} (${file})`, () => {
    for (const c of cases) {
      it(`${c.name}${c.clause ? ` — ${c.clause}` : ''}`, () => {
        const parsed = eligibilityRequestSchema.safeParse({
          policy,
          asOf: c.asOf,
          target: c.target,
          ...(c.pathway ? { pathway: c.pathway } : {}),
          applicant: applicantOf(c),
        });
        if (!parsed.success)
          throw new Error(`invalid case request: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
        const result = checkEligibility(parsed.data as EligibilityRequest);
        const why = explain(result);
        const e = c.expect;
        if (e.eligible !== undefined) expect(result.eligible, why).toBe(e.eligible);
        if (e.pathway !== undefined) expect(result.pathway, why).toBe(e.pathway);
        for (const [name, eligible] of Object.entries(e.pathways ?? {})) {
          const found = result.pathways.find((p) => p.pathway === name);
          expect(found?.eligible ?? false, `${name}\n${why}`).toBe(eligible);
        }
        for (const pattern of e.unmetCitations ?? []) {
          expect(
            result.unmet.some((u) => matches(u.citation, pattern)),
            `missing ${JSON.stringify(pattern)}\n${why}`,
          ).toBe(true);
        }
        for (const rule of e.unmetRules ?? []) {
          expect(
            result.unmet.some((u) => u.rule === rule || u.rule.startsWith(`${rule}.`)),
            `missing rule ${rule}\n${why}`,
          ).toBe(true);
        }
        if (e.basis !== undefined) {
          const chosen = result.pathways.find((p) => p.pathway === (result.pathway ?? result.nearestPathway));
          expect(chosen?.basis.id, why).toBe(e.basis);
        }
        for (const pattern of e.noUnmetCitations ?? []) {
          expect(
            result.unmet.some((u) => matches(u.citation, pattern)),
            `unexpected ${JSON.stringify(pattern)}\n${why}`,
          ).toBe(false);
        }
        if (e.unmetCount !== undefined) expect(result.unmet.length, why).toBe(e.unmetCount);
        if (e.effects) expect(result.effects, why).toMatchObject(e.effects);
        if (e.earliestEligibleOn !== undefined)
          expect(result.earliestEligibleOn, why).toBe(e.earliestEligibleOn);
      });
    }
  });
}
