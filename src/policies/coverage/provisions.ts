import type { Provision } from '../../domain/policy/coverage';

/**
 * Shorthands for the coverage maps, so each entry reads as one line of the HR officer's
 * checklist. The places outside the rule base that enforce a provision are named once here:
 * the test checks each file exists and exports the symbol, so a rename cannot leave a map stale.
 */

/** A provision decided by rules of the policy base. */
export const encoded = (summary: string, rules: readonly string[], why?: string): Provision => ({
  summary,
  status: 'encoded',
  rules,
  ...(why ? { why } : {}),
});

/** A provision enforced by code outside the rule base. */
export const elsewhere = (summary: string, where: Provision['where'], why?: string): Provision => ({
  summary,
  status: 'elsewhere',
  where,
  ...(why ? { why } : {}),
});

/** A system rule not built yet, with its open issue. */
export const planned = (summary: string, issue: number, why: string): Provision => ({
  summary,
  status: 'planned',
  issue,
  why,
});

/** Not a rule a system can check. */
export const notARule = (summary: string, why: string): Provision => ({ summary, status: 'not-a-rule', why });

/** Open issues the planned provisions belong to. */
export const ISSUE = {
  accounts: 18,
  eligibility: 16,
  posts: 20,
  continuingEducation: 21,
  supervision: 22,
  qualifications: 23,
} as const;

/** Why a provision waits, shared by the maps that name the same unbuilt module. */
export const WHY = {
  posts: '岗位设置与聘用尚未建设',
  exam: '职业资格考试由考试机构组织实施，不在本系统范围',
  supervision: '职称评审监管模块尚未建设',
  continuingEducation: '继续教育学时台账、平台与基地管理尚未建设',
  rural: '乡村人才职称评审计划与补贴尚未建设',
} as const;

const at = (file: string, symbol: string) => ({ file, symbol });

/** Where provisions are enforced outside the rule base (repo-relative path, exported name). */
export const WHERE = {
  /** The appointment guards (domain/posts), run when a unit proposes and when HR files (issue 20). */
  appointmentGuards: at('src/modules/posts/appointment-steps.service.ts', 'createAppointmentSteps'),
  /** Appointment proposals made when a title is conferred (issue 20, Deliver 3). */
  appointmentProposals: at('src/modules/posts/appointment-proposals.ts', 'proposeFromConferredTitles'),
  /** Seed exemptions from appointment guards, consulted by every check (issue 20). */
  guardExemptions: at('src/domain/posts/guard-exemptions.ts', 'GUARD_EXEMPTIONS'),
  /** Grade filings with the provincial HR bureau (二级岗位评定; Jilin 4→3→2), and the guard they satisfy (issue 20). */
  gradeFilings: at('src/modules/posts/grade-filing-steps.service.ts', 'createGradeFilingSteps'),
  commitments: at('src/domain/applications/commitment-texts.ts', 'COMMITMENT_TEXTS'),
  blocking: at('src/domain/applications/blocking-rules.ts', 'blockingProblems'),
  committeeCovers: at('src/domain/applications/committee-routing.ts', 'committeeCovers'),
  routeToCommittee: at('src/domain/applications/committee-routing.ts', 'routeToCommittee'),
  transitions: at('src/domain/workflow/application-transitions.ts', 'APPLICATION_TRANSITIONS'),
  guards: at('src/domain/workflow/application-guards.ts', 'GUARDS'),
  decideTransition: at('src/domain/workflow/application-workflow.ts', 'decideTransition'),
  committeeMaySit: at('src/domain/review/committee-rules.ts', 'committeeMaySit'),
  drawPanel: at('src/domain/review/draw-panel.ts', 'drawPanel'),
  throughTrainSessions: at('src/domain/review/through-train.ts', 'throughTrainAgendaProblem'),
  recusal: at('src/domain/review/recusal.ts', 'conflictsOf'),
  greenChannelExperts: at('src/domain/review/vote-tally.ts', 'GREEN_CHANNEL_EXPERTS'),
  combinedBonuses: at('src/domain/review/pass-rate.ts', 'combinedCapRate'),
  highestDegree: at('src/domain/policy/profile-facts.ts', 'highestDegree'),
  basicStandard: at('src/domain/policy/conditions/basic-standard.ts', 'evaluateBasicStandard'),
  nationalStandards: at('src/policies/national/national-standards.ts', 'NATIONAL_STANDARDS'),
  reviewSessions: at('src/modules/review/review-sessions.service.ts', 'createReviewSessionsService'),
  sessionDraw: at('src/modules/review/session-draw.ts', 'createSessionDraw'),
  sessionResults: at('src/modules/review/session-results.ts', 'createSessionResults'),
  resultsIntegrity: at('src/modules/review/results-integrity.ts', 'verifyFixedResults'),
  filingDeadlines: at('src/modules/review/filing-deadlines.ts', 'filingDeadlineHandlers'),
  evaluationForm: at('src/modules/review/evaluation-form-pdf.ts', 'EVALUATION_FORM_COPIES'),
  blindReview: at('src/modules/review/blind-view.ts', 'blindItem'),
  auditLog: at('src/modules/audit/audit.service.ts', 'createAuditLog'),
  integrityArchive: at('src/modules/integrity/integrity-archive.service.ts', 'createIntegrityArchive'),
  complaints: at('src/modules/integrity/complaints.service.ts', 'createComplaintsService'),
  committeeRegistry: at('src/modules/committees/committee-registry.service.ts', 'createCommitteeRegistry'),
  experts: at('src/modules/experts/experts.service.ts', 'createExpertsService'),
  titleImport: at('src/modules/title-import/title-import.service.ts', 'createTitleImportService'),
  certificateLedger: at('src/modules/certificates/certificate-ledger.service.ts', 'createCertificateLedger'),
  certificateIssuance: at('src/modules/certificates/certificate-issuance.ts', 'issueCertificates'),
  certificateVerifier: at(
    'src/modules/certificates/certificate-verification.ts',
    'createCertificateVerifier',
  ),
  fieldCipher: at('src/platform/crypto.ts', 'createFieldCipher'),
  selfCheck: at('src/modules/eligibility/eligibility.service.ts', 'checkEligibility'),
  applicationFiler: at('src/modules/applications/application-filing.ts', 'createApplicationFiler'),
  appointmentDeadlines: at('src/modules/posts/appointment-reminders.ts', 'appointmentDeadlineHandlers'),
  /** Post plans up the chain: a new version (an adjustment, special lines) submitted, reviewed, approved by HR (issue 20). */
  postPlanSteps: at('src/modules/posts/post-plan-steps.service.ts', 'createPostPlanSteps'),
  /** 评聘结合 within the post structure, checked when the unit recommends (推荐上报) (issue 20). */
  combinedRecommendation: at('src/modules/posts/combined-recommendation.ts', 'combinedRecommendationRefusal'),
} as const;

/** Why a special-post provision is covered: the plan's special lines and the special appointment (issue 20). */
export const SPECIAL_POST_WHY =
  '特设岗位：单位在岗位设置方案中单列特设岗位（须写明事由），不受岗位总量、最高等级和结构比例限制，随方案报主管部门审核、人社部门核准；按特设岗位聘用（special）不查空余、逐级和最低等级，须有地级以上人社部门核准文号（posts.appointment.special-approval）';

/** Why a clause of the 2025 征求意见稿 is covered by the appointment guards: they decide once its layer is adopted. */
export const draftPostWhy = (what: string) =>
  `征求意见稿：仅在采纳后适用（postRulesOf 拒绝未采纳的征求意见稿，仅可模拟测算；采纳后${what}）`;

/** Why the layer's closing sentence is covered: the layer extends the provincial and national layers. */
export const CLOSING_WHY =
  '本政策集的规则层继承省级层和国家层（extends），本文件未提及的事项按上级层规则判定';
