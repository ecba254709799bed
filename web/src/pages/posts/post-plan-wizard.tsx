import {
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  createPostPlan,
  type PostPlan,
  type PostPlanDraft,
  type PostPlanProblem,
  submitPostPlan,
  updatePostPlan,
} from '../../api/posts';
import { DetailDrawer } from '../../components/detail-drawer';
import { ProblemAlert } from '../../components/problem-alert';
import { useAction } from '../../lib/use-action';
import { PlanProblems, problemsOfRefusal } from './plan-problems';
import {
  categoryOptions,
  fundingOptions,
  gradesOfLevel,
  LEVEL_NAMES,
  PLAN_LEVELS,
  postGradeName,
} from './post-plan-labels';

interface Values {
  staffingQuota: number;
  funding: PostPlanDraft['funding'];
  mainCategory: PostPlanDraft['mainCategory'];
  publicService: boolean;
  highestGrade: number | null;
  effectiveFrom: Dayjs;
  totals: { professional: number; management: number; support: number };
  /** The quota of each grade by its number: a grade left empty has no posts. */
  quotas: Record<string, number | null>;
  specialPosts: { grade: number; count: number; reason: string; citation?: string | null }[];
}

const gradeOptions = PLAN_LEVELS.flatMap((level) =>
  gradesOfLevel(level).map((grade) => ({ value: grade, label: postGradeName(grade) })),
);

function valuesOf(plan: PostPlan | null): Partial<Values> {
  if (!plan)
    return {
      funding: 'full',
      mainCategory: 'professional',
      publicService: true,
      highestGrade: null,
      effectiveFrom: dayjs().add(1, 'month').startOf('month'),
      quotas: {},
      specialPosts: [],
    };
  return {
    staffingQuota: plan.staffingQuota,
    funding: plan.funding,
    mainCategory: plan.mainCategory,
    publicService: plan.publicService,
    highestGrade: plan.highestGrade,
    effectiveFrom: dayjs(plan.effectiveFrom),
    totals: plan.totals,
    quotas: Object.fromEntries(plan.gradeQuotas.map((line) => [String(line.grade), line.quota])),
    specialPosts: plan.specialPosts,
  };
}

function draftOf(values: Values): PostPlanDraft {
  return {
    staffingQuota: values.staffingQuota,
    funding: values.funding,
    mainCategory: values.mainCategory,
    publicService: values.publicService,
    highestGrade: values.highestGrade ?? null,
    effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
    totals: values.totals,
    gradeQuotas: Object.entries(values.quotas ?? {})
      .filter(([, quota]) => typeof quota === 'number' && quota > 0)
      .map(([grade, quota]) => ({ grade: Number(grade), quota: quota as number })),
    specialPosts: (values.specialPosts ?? []).map((line) => ({
      grade: line.grade,
      count: line.count,
      reason: line.reason,
      citation: line.citation?.trim() ? line.citation.trim() : null,
    })),
  };
}

const count = (label: string) => [{ required: true, message: `请填写${label}` }];

interface Props {
  /** `'new'` for a new version, a plan to edit it, `null` to keep the wizard closed. */
  subject: PostPlan | 'new' | null;
  onClose: () => void;
  /** A plan was saved or submitted: the list behind reloads. */
  onChanged: (plan: PostPlan) => void;
}

/**
 * 岗位设置方案 as the unit fills it: 编制, 经费, 主体岗位, totals per category, a quota per grade
 * (grouped by level, grade 1 being the nation's), special posts apart. Each save answers with the
 * server's structure check — the same rules and policy set that will judge the submission — listed
 * with every clause beside the form; 报送 is refused with the same list while any item fails.
 */
export function PostPlanWizard({ subject, onClose, onChanged }: Props) {
  const [form] = Form.useForm<Values>();
  const [plan, setPlan] = useState<PostPlan | null>(null);
  const [problems, setProblems] = useState<readonly PostPlanProblem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { busy, run, message } = useAction();
  const quotas = Form.useWatch('quotas', form);
  const professional = Form.useWatch(['totals', 'professional'], form);
  const highestGrade = Form.useWatch('highestGrade', form);

  useEffect(() => {
    // Closing keeps what was there, so the drawer does not empty itself while it slides away.
    if (subject === null) return;
    const start = subject === 'new' ? null : subject;
    setPlan(start);
    setProblems(start ? start.check.problems : null);
    setError(null);
    form.resetFields();
    form.setFieldsValue(valuesOf(start) as Values);
  }, [subject, form]);

  const gradeSum = Object.values(quotas ?? {}).reduce<number>((sum, quota) => sum + (quota ?? 0), 0);

  const save = async (): Promise<PostPlan | null> => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return null;
    setError(null);
    try {
      const saved = plan
        ? await updatePostPlan(plan.id, draftOf(values))
        : await createPostPlan(draftOf(values));
      setPlan(saved);
      setProblems(saved.check.problems);
      onChanged(saved);
      return saved;
    } catch (failure) {
      setError(failure);
      return null;
    }
  };

  const saveDraft = () =>
    run(async () => {
      const saved = await save();
      if (saved) message.success(`已保存第${saved.version}版草稿`);
    });

  const saveAndSubmit = () =>
    run(async () => {
      const saved = await save();
      if (!saved) return;
      try {
        const submitted = await submitPostPlan(saved.id);
        message.success(`第${submitted.version}版方案已报送，${submitted.stateName}`);
        onChanged(submitted);
        onClose();
      } catch (failure) {
        const refused = problemsOfRefusal(failure);
        if (refused) setProblems(refused);
        else setError(failure);
      }
    });

  return (
    <DetailDrawer
      subject={subject}
      onClose={onClose}
      title={plan ? `编辑岗位设置方案（第${plan.version}版）` : '新建岗位设置方案'}
      width={1080}
    >
      <Row gutter={[24, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 15, order: 1 }}>
          <Form form={form} layout="vertical" name="post-plan" data-testid="post-plan-form">
            <Card size="small" title="基本情况" style={{ marginBottom: 16 }}>
              <Row gutter={12}>
                <Col xs={12} md={8}>
                  <Form.Item name="staffingQuota" label="编制数" rules={count('编制数')}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name="funding" label="经费形式" rules={count('经费形式')}>
                    <Select options={fundingOptions} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name="mainCategory" label="主体岗位" rules={count('主体岗位')}>
                    <Select options={categoryOptions} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name="effectiveFrom" label="生效日期" rules={count('生效日期')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name="highestGrade" label="最高等级（已核定时）">
                    <Select allowClear options={gradeOptions} placeholder="未核定" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="publicService" label="主要以专业技术提供公益服务">
                    <Radio.Group
                      options={[
                        { value: true, label: '是' },
                        { value: false, label: '否' },
                      ]}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card size="small" title="岗位总量" style={{ marginBottom: 16 }}>
              <Row gutter={12}>
                <Col xs={8}>
                  <Form.Item
                    name={['totals', 'professional']}
                    label="专业技术"
                    rules={count('专业技术岗位数')}
                  >
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={8}>
                  <Form.Item name={['totals', 'management']} label="管理" rules={count('管理岗位数')}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={8}>
                  <Form.Item name={['totals', 'support']} label="工勤技能" rules={count('工勤技能岗位数')}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card
              size="small"
              title="专业技术岗位各等级岗位数"
              extra={
                <Typography.Text
                  type={professional !== undefined && gradeSum !== professional ? 'danger' : 'secondary'}
                  data-testid="grade-sum"
                >
                  合计 {gradeSum}
                  {typeof professional === 'number' ? ` / 专业技术岗位 ${professional}` : ''}
                </Typography.Text>
              }
              style={{ marginBottom: 16 }}
            >
              {PLAN_LEVELS.map((level) => (
                <div key={level}>
                  <Typography.Text strong>{LEVEL_NAMES[level]}</Typography.Text>
                  <Row gutter={12} style={{ marginTop: 4 }}>
                    {gradesOfLevel(level).map((grade) => (
                      <Col xs={8} md={6} key={grade}>
                        <Form.Item name={['quotas', String(grade)]} label={`${grade}级`}>
                          <InputNumber
                            min={0}
                            precision={0}
                            style={{ width: '100%' }}
                            placeholder="0"
                            // Above the unit's highest grade there are no posts to set (the server refuses them too).
                            disabled={typeof highestGrade === 'number' && grade < highestGrade}
                          />
                        </Form.Item>
                      </Col>
                    ))}
                  </Row>
                </div>
              ))}
            </Card>
            <Card size="small" title="特设岗位（不占核定岗位数）">
              <Form.List name="specialPosts">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field) => (
                      <Flex key={field.key} gap={8} wrap align="start" data-testid="special-post-row">
                        <Form.Item name={[field.name, 'grade']} rules={count('等级')} style={{ width: 140 }}>
                          <Select options={gradeOptions} placeholder="等级" />
                        </Form.Item>
                        <Form.Item name={[field.name, 'count']} rules={count('岗位数')} style={{ width: 90 }}>
                          <InputNumber min={1} precision={0} placeholder="数量" style={{ width: '100%' }} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'reason']}
                          rules={[{ required: true, whitespace: true, min: 2, message: '请写明设置事由' }]}
                          style={{ flex: 1, minWidth: 160 }}
                        >
                          <Input maxLength={200} placeholder="设置事由" />
                        </Form.Item>
                        <Form.Item name={[field.name, 'citation']} style={{ width: 160 }}>
                          <Input maxLength={200} placeholder="设置依据（文件）" />
                        </Form.Item>
                        <Button onClick={() => remove(field.name)}>删除</Button>
                      </Flex>
                    ))}
                    <Button type="dashed" onClick={() => add({ count: 1 })}>
                      添加特设岗位
                    </Button>
                  </>
                )}
              </Form.List>
            </Card>
          </Form>
        </Col>
        {/* On a phone the check comes first: it is what the user saved to read. */}
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 9, order: 2 }}>
          <Flex vertical gap={12} style={{ position: 'sticky', top: 0 }}>
            <Flex gap={8} wrap>
              <Button onClick={saveDraft} loading={busy} data-testid="plan-save">
                保存并检查
              </Button>
              <Button type="primary" onClick={saveAndSubmit} loading={busy} data-testid="plan-submit">
                保存并报送
              </Button>
            </Flex>
            <ProblemAlert error={error} title="保存失败" />
            {plan && plan.returnReasons.length > 0 ? <ReturnReasons reasons={plan.returnReasons} /> : null}
            {problems ? (
              <PlanProblems problems={problems} />
            ) : (
              <Typography.Text type="secondary">
                保存后即按本单位适用的政策集检查编制、主体岗位比例和结构比例，逐项列出不符合的规定及依据。
              </Typography.Text>
            )}
          </Flex>
        </Col>
      </Row>
    </DetailDrawer>
  );
}

/** What the department or the bureau asked to change when it returned the plan, one item a line. */
export function ReturnReasons({ reasons }: { reasons: readonly string[] }) {
  return (
    <Card
      size="small"
      title="退回意见"
      data-testid="return-reasons"
      styles={{ header: { color: '#cf1322' } }}
    >
      <ol style={{ margin: 0, paddingInlineStart: 18 }}>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ol>
    </Card>
  );
}
