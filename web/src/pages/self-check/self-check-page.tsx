import { FileSearchOutlined, IdcardOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, type FormInstance, Row, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { TitleEvidence } from '../../../../src/domain/profile/title-records';
import { errorMessage } from '../../api/client';
import {
  checkEligibility,
  type EligibilityResult,
  fetchEligibilityProfile,
  fetchMyProfile,
  type MyProfile,
  saveMyProfile,
} from '../../api/eligibility';
import { listPolicies } from '../../api/policies';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { PageHeader } from '../../components/page-header';
import { quietLoading } from '../../components/quiet-loading';
import { applyFieldPathErrors, type FieldPath } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/time';
import { useRequest } from '../../lib/use-request';
import { hasRole } from '../../session/access';
import { useSession } from '../../session/session-context';
import { ApplicantSections } from './applicant-sections';
import { EligibilityResultView } from './eligibility-result-view';
import { A } from './fields';
import {
  type ApplicantValues,
  hasCurrentWork,
  initialValues,
  type MissingDate,
  missingDates,
  type SelfCheckValues,
  sectionOfField,
  toApplicant,
  toRequest,
  withCurrentWork,
  withProfile,
} from './self-check-values';
import { TargetFields } from './target-fields';
import { TitleEvidenceContext } from './title-checks';

const defaultPolicy = 'anshan-2023';
const openAtStart = ['basic', 'education', 'titles', 'work'];

/** The form sections holding these fields, so they can be opened to show their errors. */
function sectionsOf(names: FieldPath[]): string[] {
  return names
    .filter((name) => name[0] === 'applicant')
    .map((name) => sectionOfField[name[1] as keyof ApplicantValues])
    .filter(Boolean);
}

/**
 * 申报条件自测: anyone, logged in or not, states a case and learns at once every condition not met,
 * each with the clause it rests on, which pathways are open, and from when.
 */
export function SelfCheckPage() {
  const { state } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<SelfCheckValues>();
  const policies = useRequest(() => listPolicies(), []);
  const [active, setActive] = useState<string[]>(openAtStart);
  const [checking, setChecking] = useState(false);
  const [loadingProfile, setLoadingProfile] = useState(false);
  const [saving, setSaving] = useState(false);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<string>();
  const [result, setResult] = useState<EligibilityResult>();
  const [titleEvidence, setTitleEvidence] = useState<TitleEvidence | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  /** The records the title rows are checked against, as the server last sent them. */
  const keepTitleEvidence = ({ verification }: MyProfile) =>
    setTitleEvidence(verification ? { records: verification.records, revoked: verification.revoked } : null);
  const isApplicant = state.status === 'authenticated' && hasRole(state.me, 'applicant');

  // The first in-force policy set stands in when the default is not offered.
  useEffect(() => {
    const list = policies.data;
    if (!list || list.some((p) => p.id === form.getFieldValue('policy'))) return;
    const fallback = list.find((p) => p.status === 'in-force' && p.id !== 'national') ?? list[0];
    if (fallback) form.setFieldValue('policy', fallback.id);
  }, [policies.data, form]);

  const openSections = (names: FieldPath[]) => {
    const sections = sectionsOf(names);
    if (sections.length > 0) setActive((open) => [...new Set([...open, ...sections])]);
    const first = names[0];
    // The section has to be open before its field can be scrolled to.
    if (first) setTimeout(() => form.scrollToField(first, { block: 'center' }), 250);
  };

  /** A refusal of the server: each problem on its field (its section opened), the rest above the form. */
  const showRefusal = (error: unknown) => {
    const { placed, unmatched } = applyFieldPathErrors(form, error);
    openSections(placed);
    if (unmatched.length > 0) setProblem(unmatched.join('；'));
  };

  const check = async (values: SelfCheckValues) => {
    setChecking(true);
    setProblem(undefined);
    try {
      const answer = await checkEligibility(toRequest(values));
      setResult(answer);
      // The button is at the foot of a long form; the answer starts at the top of its column (or below
      // the form on a narrow screen): bring its beginning into view.
      requestAnimationFrame(() => {
        const box = resultRef.current?.getBoundingClientRect();
        if (box && (box.top < 0 || box.top > window.innerHeight - 120))
          resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      });
    } catch (error) {
      showRefusal(error);
    } finally {
      setChecking(false);
    }
  };

  /** Marks the dates a loaded profile lacks, opens their sections and scrolls to the first. */
  const flagMissingDates = (missing: MissingDate[]) => {
    if (missing.length === 0) return;
    const names = missing.map((m) => m.name);
    setActive((keys) => [...new Set([...keys, ...sectionsOf(names)])]);
    // A new row's fields exist only after the next render.
    setTimeout(() => {
      // antd types a name as a path into the values, which these are but TypeScript cannot tell.
      (form as FormInstance).setFields(missing.map(({ name, warning }) => ({ name, warnings: [warning] })));
      form.scrollToField(names[0] as FieldPath, { block: 'center' });
    }, 250);
  };

  const useMyProfile = async () => {
    setLoadingProfile(true);
    setProblem(undefined);
    try {
      const profile = await fetchMyProfile();
      let values = withProfile(form.getFieldsValue(true) as SelfCheckValues, profile);
      // The work history needs the current job; the system knows at least what kind of employer it is.
      if (!hasCurrentWork(values.applicant)) {
        const employer =
          profile.currentEmployer !== undefined
            ? profile.currentEmployer
            : await fetchEligibilityProfile().then(
                (known) => known.currentEmployer,
                () => null,
              );
        const employerKind = employer?.employerKind;
        if (employerKind) values = withCurrentWork(values, employerKind, profile.currentEmployer ?? {});
      }
      form.setFieldsValue(values);
      keepTitleEvidence(profile);
      setUpdatedAt(profile.updatedAt);
      setActive((keys) => [...new Set([...keys, 'basic', 'titles', 'work'])]);
      const missing = missingDates(values.applicant);
      flagMissingDates(missing);
      const employer = profile.organisation ? `（${profile.organisation}）` : '';
      const ask = !profile.updatedAt
        ? '，请补充学历、工作经历等后保存到我的档案'
        : missing.length > 0
          ? '，请补充标出的日期'
          : '';
      message.success(`已载入 ${profile.name}${employer} 的档案${ask}`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoadingProfile(false);
    }
  };

  /** Stores the form's applicant part as the applicant's profile, for the next visit. */
  const saveProfile = async () => {
    try {
      await form.validateFields([[A]], { recursive: true });
    } catch (error) {
      const fields = (error as { errorFields?: { name: FieldPath }[] }).errorFields ?? [];
      openSections(fields.map((field) => field.name));
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      const values = form.getFieldsValue(true) as SelfCheckValues;
      const saved = await saveMyProfile(toApplicant(values.applicant));
      keepTitleEvidence(saved);
      setUpdatedAt(saved.updatedAt);
      message.success('已保存到我的档案');
    } catch (error) {
      showRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  const reset = () => {
    form.resetFields();
    setResult(undefined);
    setProblem(undefined);
    setActive(openAtStart);
  };

  return (
    <>
      <PageHeader
        title="申报条件自测"
        description="按所选政策核对职称申报条件：一次性列出全部不符合的条件及其政策依据，并给出可走的申报途径和最早可申报日期。结果仅供参考，以评审机构审核为准。"
        extra={
          isApplicant ? (
            <Button icon={<IdcardOutlined />} loading={quietLoading(loadingProfile)} onClick={useMyProfile}>
              使用我的档案
            </Button>
          ) : null
        }
      />
      <LoadErrorAlert
        error={policies.error}
        title="政策列表加载失败"
        onRetry={policies.reload}
        style={{ marginBottom: 16 }}
      />
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={14}>
          <Form<SelfCheckValues>
            form={form}
            layout="vertical"
            initialValues={initialValues(defaultPolicy)}
            onFinish={check}
            onFinishFailed={({ errorFields }) => openSections(errorFields.map((field) => field.name))}
            data-testid="self-check-form"
          >
            <Card size="small" title="申报目标" style={{ marginBottom: 16 }}>
              <TargetFields form={form} policies={policies.data ?? []} loadingPolicies={policies.loading} />
            </Card>
            <Typography.Title level={5} style={{ marginBottom: 8 }}>
              申报人情况
            </Typography.Title>
            <TitleEvidenceContext value={titleEvidence}>
              <ApplicantSections form={form} active={active} onActiveChange={setActive} />
            </TitleEvidenceContext>
            {problem ? (
              <Alert
                type="error"
                showIcon
                title={problem}
                style={{ marginTop: 16 }}
                data-testid="check-error"
              />
            ) : null}
            <Flex wrap gap={12} align="center" style={{ marginTop: 16 }}>
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                icon={<FileSearchOutlined />}
                loading={quietLoading(checking)}
              >
                开始自测
              </Button>
              {isApplicant ? (
                <Button
                  size="large"
                  icon={<SaveOutlined />}
                  loading={quietLoading(saving)}
                  onClick={saveProfile}
                >
                  保存到我的档案
                </Button>
              ) : null}
              <Button size="large" icon={<UndoOutlined />} onClick={reset}>
                清空重填
              </Button>
              {isApplicant && updatedAt ? (
                <Typography.Text type="secondary" data-testid="profile-updated-at">
                  档案更新于 {formatDateTime(updatedAt)}
                </Typography.Text>
              ) : null}
            </Flex>
          </Form>
        </Col>
        <Col xs={24} xl={10}>
          <div ref={resultRef} style={{ scrollMarginTop: 72 }}>
            {result ? (
              <EligibilityResultView result={result} policies={policies.data ?? []} />
            ) : (
              <Card>
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description="填写左侧信息后点击“开始自测”，这里将列出全部不符合的条件及政策依据。"
                />
              </Card>
            )}
          </div>
        </Col>
      </Row>
    </>
  );
}
