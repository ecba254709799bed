import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Card, Collapse, Divider, Flex, Tag, Typography, theme } from 'antd';
import type { EligibilityResult, PathwayResult, Unmet } from '../../api/eligibility';
import type { PolicySummary } from '../../api/policies';
import { CitationTag } from '../../components/citation-tag';
import { EffectTags } from '../../components/effect-tags';
import { levelNames, nameOf } from '../../lib/labels';
import { pathwayNames, seriesName } from '../../lib/policy-labels';

/** Each unmet condition with its message and the clause it rests on (一次性告知). */
function UnmetList({ unmet, testId }: { unmet: Unmet[]; testId?: string }) {
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {unmet.map((item) => (
        <Flex key={`${item.rule}-${item.message}`} gap={8} align="flex-start" data-testid="unmet">
          <CloseCircleFilled style={{ color: token.colorError, marginTop: 4 }} aria-label="不符合" />
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            <Typography.Text>{item.message}</Typography.Text>
            <div>
              <CitationTag citation={item.citation} />
            </div>
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}

function Earliest({ date }: { date: string | null }) {
  if (!date) return null;
  return (
    <Typography.Text type="warning" data-testid="earliest">
      <ClockCircleOutlined /> 最早可于 {date} 起申报
    </Typography.Text>
  );
}

/**
 * The pathway's other bases when it has several (e.g. 直接认定 for postdocs, competitions,
 * enterprise doctors): what each still needs, folded away so the card stays short on a phone.
 */
function OtherBases({ result }: { result: PathwayResult }) {
  const others = (result.bases ?? []).filter((b) => b.id !== result.basis.id);
  if (others.length === 0) return null;
  return (
    <Collapse
      size="small"
      ghost
      data-testid={`bases-${result.pathway}`}
      items={[
        {
          key: 'bases',
          label: `该途径的其他依据（${others.length}）`,
          children: (
            <Flex vertical gap={12}>
              {others.map((b) => (
                <Flex key={b.id} vertical gap={6}>
                  <Flex wrap gap={8} align="center">
                    <Tag color={b.eligible ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
                      {b.eligible ? '符合' : '不符合'}
                    </Tag>
                    <Typography.Text>{b.name}</Typography.Text>
                    <CitationTag citation={b.citation} />
                  </Flex>
                  {b.unmet.length > 0 ? <UnmetList unmet={b.unmet} /> : null}
                </Flex>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}

/** One evaluated pathway: open or not, on which basis, what it brings, and what is missing. */
function PathwayCard({ result }: { result: PathwayResult }) {
  const { token } = theme.useToken();
  return (
    <Card
      size="small"
      data-testid={`pathway-${result.pathway}`}
      title={
        <Flex align="center" gap={8}>
          {result.eligible ? (
            <CheckCircleFilled style={{ color: token.colorSuccess }} aria-label="符合" />
          ) : (
            <CloseCircleFilled style={{ color: token.colorTextQuaternary }} aria-label="不符合" />
          )}
          <span>{pathwayNames[result.pathway] ?? result.pathway}</span>
          <Tag color={result.eligible ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
            {result.eligible ? '符合' : '不符合'}
          </Tag>
        </Flex>
      }
      styles={{ body: { paddingBlock: 10 } }}
    >
      <Flex vertical gap={8}>
        <Flex wrap gap={8} align="center">
          {result.basis.name !== pathwayNames[result.pathway] ? (
            <Typography.Text type="secondary">{result.basis.name}</Typography.Text>
          ) : null}
          <CitationTag citation={result.basis.citation} />
        </Flex>
        <EffectTags effects={result.effects} />
        <Earliest date={result.earliestEligibleOn} />
        {result.unmet.length > 0 ? <UnmetList unmet={result.unmet} /> : null}
        <OtherBases result={result} />
      </Flex>
    </Card>
  );
}

/** The pathway the top-level answer speaks for: the chosen one, or the nearest when none is open. */
function answeredPathway(result: EligibilityResult): PathwayResult | undefined {
  const answered = result.pathway ?? result.nearestPathway;
  return answered ? result.pathways.find((p) => p.pathway === answered) : undefined;
}

/**
 * The self-check's answer: the verdict for the pathway, every unmet condition with its citation, when
 * the applicant becomes eligible, and all the pathways that were evaluated.
 */
export function EligibilityResultView({
  result,
  policies,
}: {
  result: EligibilityResult;
  policies: PolicySummary[];
}) {
  const { token } = theme.useToken();
  const answered = answeredPathway(result);
  const policyName = policies.find((p) => p.id === result.policy)?.name ?? result.policy;
  // Open pathways first, then the one the answer speaks for, then the nearest (fewest unmet).
  const rank = (p: PathwayResult) => (p.eligible ? 0 : p === answered ? 1 : 2);
  const pathways = [...result.pathways].sort((a, b) => rank(a) - rank(b) || a.unmet.length - b.unmet.length);
  const colour = result.eligible ? token.colorSuccess : token.colorError;
  const warnings = result.warnings ?? [];

  return (
    <Card data-testid="eligibility-result">
      <Flex gap={16} align="center">
        {result.eligible ? (
          <CheckCircleFilled style={{ fontSize: 48, color: colour }} />
        ) : (
          <CloseCircleFilled style={{ fontSize: 48, color: colour }} />
        )}
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0, color: colour }} data-testid="verdict">
            {result.eligible ? '符合' : '不符合'}
          </Typography.Title>
          <Typography.Text strong>
            {result.pathway
              ? `申报途径：${pathwayNames[result.pathway] ?? result.pathway}`
              : answered
                ? `暂无可走的申报途径（最接近：${pathwayNames[answered.pathway] ?? answered.pathway}）`
                : '暂无可走的申报途径'}
          </Typography.Text>
          {answered && answered.basis.name !== pathwayNames[answered.pathway] ? (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {answered.basis.name}
            </Typography.Text>
          ) : null}
        </div>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 8 }}>
        {policyName} · 申报日期 {result.asOf} · {seriesName(result.target.series)}{' '}
        {nameOf(levelNames, result.target.level)}
        {result.target.specialty ? `（${result.target.specialty}）` : ''}
      </Typography.Paragraph>
      <Flex vertical gap={8}>
        <EffectTags effects={result.eligible ? result.effects : {}} />
        {result.earliestEligibleOn ? (
          <Alert
            type="info"
            showIcon
            icon={<ClockCircleOutlined />}
            title={<span data-testid="earliest-eligible">最早可于 {result.earliestEligibleOn} 起申报</span>}
            description="其余条件均已满足，届时资历年限即可达到要求。"
          />
        ) : null}
        {warnings.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={warnings.length === 1 ? warnings[0] : '请注意'}
            description={
              warnings.length > 1 ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              ) : undefined
            }
            data-testid="result-warnings"
          />
        ) : null}
      </Flex>

      <Divider titlePlacement="start" style={{ marginBlock: 16 }}>
        {result.unmet.length > 0 ? `不符合的条件（${result.unmet.length} 项，一次性告知）` : '条件核对'}
      </Divider>
      {result.unmet.length > 0 ? (
        <UnmetList unmet={result.unmet} testId="unmet-list" />
      ) : (
        <Flex gap={8} align="center">
          <CheckCircleFilled style={{ color: token.colorSuccess }} />
          <Typography.Text>所选途径的各项条件均已满足。</Typography.Text>
        </Flex>
      )}

      <Divider titlePlacement="start" style={{ marginBlock: 16 }}>
        已评估的申报途径（{result.pathways.length}）
      </Divider>
      <Flex vertical gap={12}>
        {pathways.map((pathway) => (
          <PathwayCard key={`${pathway.pathway}-${pathway.basis.id}`} result={pathway} />
        ))}
      </Flex>
    </Card>
  );
}
