import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { createApplication } from '../../api/applications';
import { fetchAttachments } from '../../api/attachments';
import { fetchMyProfile } from '../../api/eligibility';
import { PageHeader } from '../../components/page-header';
import { useRequest } from '../../lib/use-request';
import {
  applicationFor,
  newIdempotencyKey,
  profileSaved,
  suggestedTarget,
  type TargetValues,
} from './apply-values';
import { CheckStep, runCheck } from './check-step';
import { CommitStep } from './commit-step';
import { MaterialsStep } from './materials-step';
import { TargetStep } from './target-step';

const steps = [{ title: '申报目标' }, { title: '资格自查' }, { title: '申报材料' }, { title: '承诺并提交' }];

/**
 * 发起职称申报: target → check of the saved profile → materials → personal commitment and submit. The
 * wizard holds one Idempotency-Key from start to end, so a double click or a retry after a lost answer
 * files one application, never two.
 */
export function ApplyWizardPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<TargetValues>();
  const [step, setStep] = useState(0);
  const [target, setTarget] = useState<TargetValues>();
  const [selected, setSelected] = useState<string[]>([]);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const inFlight = useRef(false);

  const profile = useRequest(() => fetchMyProfile(), []);
  const materials = useRequest((signal) => fetchAttachments(signal), []);
  const saved = profileSaved(profile.data);
  const check = useRequest(
    () => (target && saved ? runCheck(target) : Promise.resolve(null)),
    [target, saved],
  );

  // The profile suggests the target; what the user already chose is left alone.
  useEffect(() => {
    if (profile.data && !form.isFieldsTouched()) form.setFieldsValue(suggestedTarget(profile.data));
  }, [profile.data, form]);

  const next = async () => {
    if (step === 0) {
      try {
        setTarget(await form.validateFields());
      } catch {
        return;
      }
    }
    setProblem(undefined);
    setStep((current) => Math.min(current + 1, steps.length - 1));
  };

  const submit = async () => {
    if (!target || inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setProblem(undefined);
    try {
      const filed = await createApplication(applicationFor(target, selected), idempotencyKey);
      message.success(`申报已提交，申报编号 ${filed.number}`);
      navigate(`/applications/${filed.id}`, { replace: true });
    } catch (error) {
      setProblem(error);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const blocked = step === 1 && (!saved || !check.data);
  return (
    <>
      <PageHeader
        title="发起职称申报"
        description="按步骤确定申报目标、核对申报条件、选择申报材料，签署个人承诺后提交，由所在单位审核。"
        extra={<Button onClick={() => navigate('/my/applications')}>返回我的申报</Button>}
      />
      <Card>
        <Steps current={step} items={steps} style={{ marginBottom: 24 }} data-testid="apply-steps" />
        <div style={{ display: step === 0 ? undefined : 'none' }}>
          <TargetStep form={form} profile={profile.data} />
        </div>
        {step === 1 ? <CheckStep profile={profile} check={check} /> : null}
        {step === 2 ? (
          <MaterialsStep materials={materials} selected={selected} onChange={setSelected} />
        ) : null}
        {step === 3 ? (
          <CommitStep
            target={target}
            materialCount={selected.length}
            eligibility={check.data?.eligibility}
            submitting={submitting}
            problem={problem}
            onSubmit={submit}
          />
        ) : null}
        <Flex gap={8} style={{ marginTop: 24 }}>
          {step > 0 ? (
            <Button icon={<ArrowLeftOutlined />} onClick={() => setStep(step - 1)} disabled={submitting}>
              上一步
            </Button>
          ) : null}
          {step < steps.length - 1 ? (
            <Button type="primary" onClick={next} disabled={blocked}>
              下一步 <ArrowRightOutlined />
            </Button>
          ) : null}
        </Flex>
      </Card>
    </>
  );
}
