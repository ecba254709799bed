export type { Region, RegionLevel } from './regions';
export {
  childrenOf,
  findRegion,
  isProvincePrefix,
  isValidRegionCodeFormat,
  isWithinRegion,
  listProvinces,
  provinceCodeOf,
  regionFullName,
  regionPath,
  regionPrefix,
} from './regions';
