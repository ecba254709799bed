import { REGION_ROWS } from './regions-data';

/** The three administrative tiers GB/T 2260 distinguishes. */
export type RegionLevel = 'province' | 'city' | 'county';

/** One administrative division (行政区划). */
export interface Region {
  /** 6-digit GB/T 2260 code, e.g. '210302'. */
  code: string;
  /** Official name, e.g. '铁东区'. */
  name: string;
  level: RegionLevel;
  /** Code of the enclosing division; null for a province-level unit. */
  parentCode: string | null;
}

const CODE_FORMAT = /^\d{6}$/;

/**
 * Tier of a code by its structure: xx0000 is a province, xxxx00 a prefecture, anything
 * else a county. This holds for every row we ship (辽宁 and 吉林 have no 省直辖县).
 */
function levelOfCode(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

function buildIndex(): Map<string, Region> {
  const index = new Map<string, Region>();
  for (const [code, name] of REGION_ROWS) {
    const level = levelOfCode(code);
    let parentCode: string | null = null;
    if (level === 'city') parentCode = `${code.slice(0, 2)}0000`;
    if (level === 'county') parentCode = `${code.slice(0, 4)}00`;
    index.set(code, { code, name, level, parentCode });
  }
  // A county whose 4-digit prefix has no prefecture row hangs directly under its province
  // (the GB/T 2260 pattern for 省直辖县级行政区划); keeps the tree connected if such rows are added.
  for (const region of index.values()) {
    if (region.parentCode !== null && !index.has(region.parentCode)) {
      region.parentCode = `${region.code.slice(0, 2)}0000`;
    }
  }
  return index;
}

// Built once at module load so every lookup is O(1).
const REGIONS: ReadonlyMap<string, Region> = buildIndex();

const CHILDREN: ReadonlyMap<string, readonly Region[]> = (() => {
  const children = new Map<string, Region[]>();
  for (const region of REGIONS.values()) {
    if (region.parentCode === null) continue;
    const list = children.get(region.parentCode) ?? [];
    list.push(region);
    children.set(region.parentCode, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  return children;
})();

const PROVINCES: readonly Region[] = [...REGIONS.values()]
  .filter((r) => r.level === 'province')
  .sort((a, b) => a.code.localeCompare(b.code));

/** True when `code` is exactly six ASCII digits (the GB/T 2260 shape; says nothing about existence). */
export function isValidRegionCodeFormat(code: string): boolean {
  return CODE_FORMAT.test(code);
}

/** The division with this code, or undefined when it is not in the shipped data. */
export function findRegion(code: string): Region | undefined {
  return REGIONS.get(code);
}

/**
 * True when `prefix` (two digits, e.g. '21') is the code of a province-level unit,
 * including 71 台湾, 81 香港 and 82 澳门. Used by the identifier validators.
 */
export function isProvincePrefix(prefix: string): boolean {
  return /^\d{2}$/.test(prefix) && REGIONS.has(`${prefix}0000`);
}

/** All 34 province-level units, ordered by code. */
export function listProvinces(): readonly Region[] {
  return PROVINCES;
}

/** Direct subdivisions of `code`, ordered by code (empty for a county or an unknown code). */
export function childrenOf(code: string): readonly Region[] {
  return CHILDREN.get(code) ?? [];
}

/**
 * The chain from the province down to `code` itself, e.g. for '210302':
 * [辽宁省, 鞍山市, 铁东区]. Empty when the code is unknown.
 */
export function regionPath(code: string): readonly Region[] {
  const path: Region[] = [];
  let current = REGIONS.get(code);
  while (current) {
    path.unshift(current);
    current = current.parentCode === null ? undefined : REGIONS.get(current.parentCode);
  }
  return path;
}

/** Full name from the province down, e.g. '辽宁省鞍山市铁东区'; undefined for an unknown code. */
export function regionFullName(code: string): string | undefined {
  const path = regionPath(code);
  if (path.length === 0) return undefined;
  return path.map((r) => r.name).join('');
}

/** The province-level code ('xx0000') a known division belongs to; undefined when unknown. */
export function provinceCodeOf(code: string): string | undefined {
  return regionPath(code)[0]?.code;
}

/**
 * True when the jurisdiction `ancestorCode` contains `code`. A jurisdiction contains
 * itself. Both codes must be known divisions: an unknown code is contained by nothing,
 * so a typo can never widen anyone's scope.
 */
export function isWithinRegion(code: string, ancestorCode: string): boolean {
  if (!REGIONS.has(ancestorCode)) return false;
  return regionPath(code).some((r) => r.code === ancestorCode);
}

/**
 * The code prefix that every sub-region of `code` shares (210300 → 2103, 210000 → 21), for
 * prefix queries over stored codes. A county code is its own prefix.
 */
export function regionPrefix(code: string): string {
  return code.replace(/(00)+$/, '') || code;
}
