import { http, type Page } from './client';
import type { LevelCode } from './reference';

// The certificate ledger (证书台账: issue, replacement, revocation) kept by the HR bureau, read by
// the committee office and the supervisor, and the holder's own electronic certificates.

export const certificatesPath = '/api/v1/certificates';
export const certificatesExportPath = '/api/v1/certificates/export';

/** valid 有效 · revoked 已撤销 · voided 已作废 (replaced by a new number, 补换). */
export type CertificateStatus = 'valid' | 'revoked' | 'voided';

/** review: issued at an announcement here · import: from the historical records. */
export type CertificateSource = 'review' | 'import';

/** What the user may do with a certificate; the UI shows exactly these buttons. */
export type CertificateAction = 'download' | 'replace' | 'revoke';

/** One ledger entry; the holder's ID number arrives masked only. */
export interface CertificateEntry {
  id: string;
  number: string;
  status: CertificateStatus;
  holderName: string;
  holderIdNumberMasked: string;
  series: string;
  seriesName: string;
  level: LevelCode;
  levelName: string;
  specialty: string;
  titleName: string;
  committeeName: string;
  announcementNumber: string;
  issuedOn: string;
  regionCode: string;
  source: CertificateSource;
  /** The paper certificate's own number, for imported records that had one. */
  legacyNumber: string | null;
  /** The day it was revoked or voided. */
  revokedOn: string | null;
  revokedReason: string | null;
  revokedAuthority: string | null;
}

/** One line of the ledger's history of a certificate (签发, 补换签发, 作废, 撤销, 历史数据导入). */
export interface CertificateEvent {
  kind: string;
  name: string;
  reason: string | null;
  authority: string | null;
  /** e.g. `{ newNumber }` on a voided certificate, `{ oldNumber }` on its replacement. */
  data: Record<string, unknown>;
  at: string;
}

export interface CertificateDetail extends CertificateEntry {
  /** The number this certificate replaced (补换), if any. */
  replacesNumber: string | null;
  actions: CertificateAction[];
  events: CertificateEvent[];
}

export type CertificateSortKey = 'issuedOn' | 'number' | 'holderName';
export type CertificateSort = CertificateSortKey | `-${CertificateSortKey}`;

/** The ledger's filters; the export takes the same ones (without paging or sort). */
export interface CertificateFilters {
  status?: CertificateStatus;
  year?: number;
  series?: string;
  source?: CertificateSource;
  /** A whole 21-character certificate number, or part of the holder's name. */
  keyword?: string;
}

/** A page of the ledger, with the counts by status under the same filters (status itself aside). */
export interface LedgerPage extends Page<CertificateEntry> {
  counts: Partial<Record<CertificateStatus, number>>;
}

export function listCertificates(
  query: CertificateFilters & { sort?: CertificateSort; page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<LedgerPage> {
  return http.get<LedgerPage>(certificatesPath, { query: { ...query }, signal });
}

export function fetchCertificate(id: string, signal?: AbortSignal): Promise<CertificateDetail> {
  return http.get<CertificateDetail>(`${certificatesPath}/${encodeURIComponent(id)}`, { signal });
}

/** The signed electronic certificate (PDF with an SM2 signature and a QR code), for its holder or staff. */
export function certificatePdfPath(id: string): string {
  return `${certificatesPath}/${encodeURIComponent(id)}/pdf`;
}

/** 补换: the old number is voided and a new one issued for the same title. */
export function replaceCertificate(
  id: string,
  body: { reason: string },
): Promise<{ id: string; number: string; oldNumber: string }> {
  return http.post(`${certificatesPath}/${encodeURIComponent(id)}/replace`, body);
}

/** 撤销 (the HR bureau only): irreversible, with the reason and the deciding authority's document. */
export function revokeCertificate(
  id: string,
  body: { reason: string; authority: string },
): Promise<{ id: string; number: string; status: 'revoked'; revokedOn: string }> {
  return http.post(`${certificatesPath}/${encodeURIComponent(id)}/revoke`, body);
}

export interface MyCertificate extends CertificateEntry {
  actions: CertificateAction[];
}

/** 我的证书: the applicant's own certificates, issued here or imported, found by ID number. */
export function fetchMyCertificates(signal?: AbortSignal): Promise<{ items: MyCertificate[] }> {
  return http.get<{ items: MyCertificate[] }>('/api/v1/me/certificates', { signal });
}

/** The public verification page of a number (server-rendered, no login), as the QR code opens it. */
export function verifyPagePath(number: string): string {
  return `/verify/${encodeURIComponent(number)}`;
}
