import { Alert, Flex, Skeleton } from 'antd';
import { Link } from 'react-router';
import { type ApplicationPreview, previewApplication } from '../../api/applications';
import type { MyProfile } from '../../api/eligibility';
import { ListAlert } from '../../components/list-alert';
import { LoadErrorAlert } from '../../components/load-error-alert';
import type { RequestState } from '../../lib/use-request';
import { EligibilityResultView } from '../self-check/eligibility-result-view';
import { applicationFor, profileSaved, type TargetValues } from './apply-values';

/**
 * The server's own preview of the filing — the policy set for the employer's place and the
 * server's date, the eligibility and any blocking problem — run by the wizard page so it
 * survives step changes. The wizard never works the rules out itself.
 */
export function runCheck(target: TargetValues): Promise<ApplicationPreview> {
  return previewApplication({ target: applicationFor(target, []).target, pathway: target.pathway });
}

interface Props {
  profile: RequestState<MyProfile>;
  check: RequestState<ApplicationPreview | null>;
}

/**
 * 资格自查: the saved profile checked against the target under the policy set of the applicant's place,
 * every unmet condition with its clause. Without a saved profile there is nothing to check: the page says
 * so and leads to 申报条件自测, where the profile is kept.
 */
export function CheckStep({ profile, check }: Props) {
  if (profile.error)
    return <LoadErrorAlert error={profile.error} title="个人档案加载失败" onRetry={profile.reload} />;
  if (!profile.data) return <Skeleton active />;
  if (!profileSaved(profile.data))
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="profile-missing"
        title="您尚未保存个人档案，无法核对申报条件"
        description={
          <>
            请先在「申报条件自测」页面点击“使用我的档案”，补充学历、职称、工作经历等信息后“保存到我的档案”，再回到这里继续申报。
            <div style={{ marginTop: 8 }}>
              <Link to="/self-check">前往申报条件自测，完善个人档案</Link>
            </div>
          </>
        }
      />
    );

  const preview = check.data;
  return (
    <Flex vertical gap={12} data-testid="check-step">
      {preview ? (
        <Alert
          type="info"
          showIcon
          title={`适用政策：${preview.policy.name}（按所在单位辖区和申报日期 ${preview.today} 确定）`}
          description={
            <>
              {preview.policy.note ? <div>{preview.policy.note}</div> : null}
              <div>
                结果依据您保存的个人档案；如有变化请先到
                <Link to="/self-check">申报条件自测</Link>
                更新档案。提交时系统将按当日政策再次核对，并随申报一并报送审核。
              </div>
            </>
          }
        />
      ) : null}
      {preview && preview.problems.length > 0 ? (
        <ListAlert type="error" testId="blocking-problems" title="存在不能申报的情形">
          {preview.problems.map((p) => (
            <li key={p.code}>
              {p.message}（依据：{p.citation.document} {p.citation.clause}）
              {p.code === 'NO_EMPLOYER' ? (
                <>
                  {' '}
                  <Link to="/my-employment">前往“我的单位”申请绑定单位</Link>
                </>
              ) : null}
            </li>
          ))}
        </ListAlert>
      ) : null}
      <LoadErrorAlert error={check.error} title="资格核对失败" onRetry={check.reload} />
      {preview ? (
        <>
          {preview.eligibility.eligible ? null : (
            <Alert
              type="warning"
              showIcon
              title="按所选途径暂不符合申报条件"
              description="仍可提交申报，但资格审查结果将标注为“不符合”，各级审核将据此办理。建议先补充档案或调整申报目标、途径。"
            />
          )}
          <EligibilityResultView
            result={preview.eligibility}
            policies={[
              {
                id: preview.policy.id,
                name: preview.policy.name,
                status: 'in-force',
                effectiveFrom: null,
                effectiveUntil: null,
              },
            ]}
          />
        </>
      ) : check.error ? null : (
        <Skeleton active paragraph={{ rows: 6 }} />
      )}
    </Flex>
  );
}
