import { Alert, Flex, Typography } from 'antd';
import type { ApplicationDetail } from '../../api/applications';
import { EligibilityResultView } from '../self-check/eligibility-result-view';

/**
 * 资格审查: the system's check at filing (or at the last resubmission), under the policy set of the
 * employer's place and date — every unmet condition with the clause it rests on — and, where the year's
 * own document is not yet in force, the note saying which one is carried forward (沿用).
 */
export function EligibilityPanel({ detail }: { detail: ApplicationDetail }) {
  const { policy, eligibility } = detail;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="eligibility-panel">
      <Typography.Title level={5} style={{ margin: 0 }}>
        资格审查
      </Typography.Title>
      <Alert
        type={policy.note ? 'warning' : 'info'}
        showIcon
        title={<span data-testid="policy-name">适用政策：{policy.name}</span>}
        description={policy.note ? <span data-testid="policy-note">{policy.note}</span> : undefined}
      />
      <EligibilityResultView
        result={eligibility}
        policies={[
          { id: policy.id, name: policy.name, status: 'in-force', effectiveFrom: null, effectiveUntil: null },
        ]}
      />
    </Flex>
  );
}
