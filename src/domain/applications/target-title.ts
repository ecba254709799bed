import { type Level, titleName } from '../catalogue';

/** What an application is for, as people write it: 高级工程师（通信工程）. */
export function targetTitle(target: { series: string; level: string; specialty: string }): string {
  return `${titleName(target.series, target.level as Level) ?? target.level}（${target.specialty}）`;
}
