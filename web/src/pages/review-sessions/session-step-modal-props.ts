import type { SessionDetail } from '../../api/review';

/**
 * What every step modal of the session console takes (发文公布, 点名, 公布种子, 答辩, 议程, 比例加成):
 * whether it is open, the session it acts on, and `onClose(changed)` so the console reloads after a step.
 */
export interface SessionStepModalProps {
  open: boolean;
  detail: SessionDetail;
  onClose: (changed: boolean) => void;
}
