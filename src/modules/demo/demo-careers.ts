import { isByExam } from '../../domain/catalogue';
import { chance, intBetween, pickWeighted, type Rng } from './demo-random';
import type { DemoTitle } from './demo-types';

type Level = DemoTitle['level'];
type Via = DemoTitle['via'];

/** One rung of a career: reached `gap` years after the previous one, with probability `p`. */
interface Step {
  level: Level;
  gap: readonly [min: number, max: number];
  p: number;
  /** Overrides 'review' (never an exam level: those are always 'exam'). */
  via?: Via;
}

/** A typical career for one education path: age at graduation, then the rungs. */
interface Track {
  gradAge: readonly [min: number, max: number];
  steps: readonly Step[];
}

/** Titles conferred in a year that is not over yet are left out, so every date is in the past. */
export const LAST_TITLE_YEAR = 2025;

// The probabilities shrink up the ladder so the dataset comes out pyramid-shaped, as the
// national 高:中:初 = 1:3:6 structure expects; gaps are the usual 任职年限 (seniority) rules.
const COLLEGE_ENGINEER: Track = {
  gradAge: [21, 22],
  steps: [
    { level: 'entry', gap: [1, 1], p: 0.9 },
    { level: 'assistant', gap: [3, 4], p: 0.95 },
    { level: 'intermediate', gap: [4, 6], p: 0.85 },
    { level: 'associate-senior', gap: [5, 8], p: 0.4 },
    { level: 'senior', gap: [6, 10], p: 0.1 },
  ],
};
const BACHELOR_ENGINEER: Track = {
  gradAge: [22, 23],
  steps: [
    { level: 'assistant', gap: [1, 2], p: 0.95 },
    { level: 'intermediate', gap: [4, 6], p: 0.92 },
    { level: 'associate-senior', gap: [5, 8], p: 0.6 },
    { level: 'senior', gap: [5, 10], p: 0.35 },
  ],
};
// Masters are recognised at 助理级 on graduation (初级职称考核认定).
const MASTER_ENGINEER: Track = {
  gradAge: [25, 26],
  steps: [
    { level: 'assistant', gap: [0, 1], p: 0.95, via: 'recognition' },
    { level: 'intermediate', gap: [2, 4], p: 0.95 },
    { level: 'associate-senior', gap: [4, 7], p: 0.65 },
    { level: 'senior', gap: [5, 9], p: 0.4 },
  ],
};
// Doctors are recognised at 中级 on graduation.
const DOCTORATE_RESEARCHER: Track = {
  gradAge: [28, 30],
  steps: [
    { level: 'intermediate', gap: [0, 1], p: 0.95, via: 'recognition' },
    { level: 'associate-senior', gap: [3, 5], p: 0.75 },
    { level: 'senior', gap: [5, 8], p: 0.45 },
  ],
};
// 技能人才贯通: a 技师 certificate maps to 中级 (jilin-2022 一(一)2), years after a 技校 diploma.
const SKILLED_WORKER: Track = {
  gradAge: [19, 20],
  steps: [
    { level: 'intermediate', gap: [14, 18], p: 1, via: 'qualification' },
    { level: 'associate-senior', gap: [5, 8], p: 0.3 },
  ],
};
const COLLEGE_TEACHER: Track = {
  gradAge: [21, 21],
  steps: [
    { level: 'entry', gap: [1, 1], p: 0.9 },
    { level: 'assistant', gap: [2, 3], p: 0.95 },
    { level: 'intermediate', gap: [5, 6], p: 0.9 },
    { level: 'associate-senior', gap: [6, 10], p: 0.45 },
    { level: 'senior', gap: [8, 12], p: 0.03 },
  ],
};
const BACHELOR_TEACHER: Track = {
  gradAge: [22, 23],
  steps: [
    { level: 'assistant', gap: [1, 1], p: 0.97 },
    { level: 'intermediate', gap: [5, 6], p: 0.9 },
    { level: 'associate-senior', gap: [5, 9], p: 0.4 },
    { level: 'senior', gap: [8, 12], p: 0.06 },
  ],
};
const MASTER_LECTURER: Track = {
  gradAge: [25, 26],
  steps: [
    { level: 'assistant', gap: [1, 1], p: 0.95 },
    { level: 'intermediate', gap: [3, 5], p: 0.9 },
    { level: 'associate-senior', gap: [5, 7], p: 0.6 },
    { level: 'senior', gap: [5, 8], p: 0.4 },
  ],
};
// 医疗 (five-year bachelor) and the 药、技 lines: 初、中级 by the national exam.
const PHYSICIAN: Track = {
  gradAge: [23, 24],
  steps: [
    { level: 'assistant', gap: [1, 2], p: 0.97 },
    { level: 'intermediate', gap: [4, 6], p: 0.85 },
    { level: 'associate-senior', gap: [5, 7], p: 0.55 },
    { level: 'senior', gap: [5, 8], p: 0.35 },
  ],
};
const NURSE: Track = {
  gradAge: [21, 22],
  steps: [
    { level: 'entry', gap: [0, 1], p: 0.97 },
    { level: 'assistant', gap: [2, 4], p: 0.9 },
    { level: 'intermediate', gap: [4, 6], p: 0.8 },
    { level: 'associate-senior', gap: [6, 9], p: 0.35 },
    { level: 'senior', gap: [6, 10], p: 0.1 },
  ],
};
const PHARMACIST_OR_TECHNICIAN: Track = {
  gradAge: [22, 23],
  steps: [
    { level: 'assistant', gap: [1, 2], p: 0.95 },
    { level: 'intermediate', gap: [4, 6], p: 0.8 },
    { level: 'associate-senior', gap: [5, 8], p: 0.4 },
    { level: 'senior', gap: [6, 10], p: 0.15 },
  ],
};
const FINANCE: Track = {
  gradAge: [22, 23],
  steps: [
    { level: 'assistant', gap: [1, 3], p: 0.9 },
    { level: 'intermediate', gap: [4, 6], p: 0.8 },
    { level: 'associate-senior', gap: [5, 8], p: 0.35 },
    { level: 'senior', gap: [6, 10], p: 0.08 },
  ],
};

const NON_PHYSICIAN_HEALTH = new Set(['护理', '药学', '中药学', '医学检验', '医学影像技术']);

/** Share of women in a series or health line, so the demo does not look like a random draw. */
export function femaleShare(series: string, specialty: string): number {
  if (series === 'health') {
    if (specialty === '护理') return 0.95;
    return NON_PHYSICIAN_HEALTH.has(specialty) ? 0.7 : 0.5;
  }
  const shares: Readonly<Record<string, number>> = {
    'primary-secondary-teacher': 0.75,
    'higher-education-teacher': 0.5,
    engineering: 0.25,
    agriculture: 0.35,
    'natural-science-research': 0.4,
    laboratory: 0.55,
    accounting: 0.85,
    economics: 0.6,
  };
  return shares[series] ?? 0.5;
}

function chooseTrack(
  rng: Rng,
  series: string,
  specialty: string,
  birthYear: number,
  stateEnterprise: boolean,
): Track {
  switch (series) {
    case 'engineering':
      if (stateEnterprise && birthYear <= 1985 && chance(rng, 0.08)) return SKILLED_WORKER;
      return pickWeighted(rng, [
        [COLLEGE_ENGINEER, 15],
        [BACHELOR_ENGINEER, 60],
        [MASTER_ENGINEER, birthYear >= 1975 ? 25 : 5],
      ]);
    case 'laboratory':
      return pickWeighted(rng, [
        [COLLEGE_ENGINEER, 30],
        [BACHELOR_ENGINEER, 50],
        [MASTER_ENGINEER, 20],
      ]);
    case 'agriculture':
      return pickWeighted(rng, [
        [BACHELOR_ENGINEER, 80],
        [MASTER_ENGINEER, 20],
      ]);
    case 'natural-science-research':
      return pickWeighted(rng, [
        [MASTER_ENGINEER, 45],
        [DOCTORATE_RESEARCHER, 55],
      ]);
    case 'primary-secondary-teacher':
      // 中师 / 大专 graduates starting as 三级教师 belong to the older generations.
      return birthYear < 1978 && chance(rng, 0.4) ? COLLEGE_TEACHER : BACHELOR_TEACHER;
    case 'higher-education-teacher':
      return birthYear >= 1975 && chance(rng, 0.55) ? DOCTORATE_RESEARCHER : MASTER_LECTURER;
    case 'health':
      if (specialty === '护理') return NURSE;
      return NON_PHYSICIAN_HEALTH.has(specialty) ? PHARMACIST_OR_TECHNICIAN : PHYSICIAN;
    default:
      return FINANCE;
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A plausible date for a title conferred in `year`: review results are announced at the end
 * of the year (meetings by the end of November), exam results in early summer to autumn.
 */
function conferralDate(rng: Rng, year: number, via: Via): string {
  const months: Readonly<Record<Via, readonly [number, number]>> = {
    review: [11, 12],
    exam: [6, 10],
    recognition: [8, 11],
    qualification: [4, 9],
  };
  const [from, to] = months[via];
  return `${year}-${pad2(intBetween(rng, from, to))}-${pad2(intBetween(rng, 1, 28))}`;
}

/**
 * The titles of one person, oldest first: a single series and specialty, levels strictly
 * ascending, one title per year at most, and nothing before the person was 21.
 */
export function buildCareer(
  rng: Rng,
  series: string,
  specialty: string,
  birthYear: number,
  stateEnterprise: boolean,
): DemoTitle[] {
  const track = chooseTrack(rng, series, specialty, birthYear, stateEnterprise);
  let year = birthYear + intBetween(rng, track.gradAge[0], track.gradAge[1]);
  const titles: DemoTitle[] = [];
  for (const [index, step] of track.steps.entries()) {
    // Everyone in the dataset works in a professional post, so the first rung is always reached.
    if (index > 0 && !chance(rng, step.p)) break;
    year += intBetween(rng, step.gap[0], step.gap[1]);
    if (year > LAST_TITLE_YEAR) break;
    const via: Via = isByExam(series, step.level) ? 'exam' : (step.via ?? 'review');
    titles.push({ series, level: step.level, specialty, obtainedOn: conferralDate(rng, year, via), via });
  }
  return titles;
}
