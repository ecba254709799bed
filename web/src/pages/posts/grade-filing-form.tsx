import { Alert, DatePicker, Descriptions, Flex, Form, Input, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  createGradeFiling,
  fetchGradeFilingOptions,
  type GradeFiling,
  type GradeFilingOptions,
  updateGradeFiling,
} from '../../api/posts';
import { CitationTag } from '../../components/citation-tag';
import { FormModal } from '../../components/form-modal';
import { requiredChoice, requiredText } from '../../lib/form-rules';
import { useModalForm } from '../../lib/use-modal-form';
import { postGradeName } from './post-plan-labels';

interface Values {
  targetGrade: 2 | 3;
  plannedDate: Dayjs;
  standard: string;
  candidates: string[];
}

const gradeOptions = [
  { value: 2, label: '专业技术二级岗位' },
  { value: 3, label: '专业技术三级岗位（吉林：四级聘满三年申报）' },
];

/** The unit's rules for the grade on the day, as the server reads them; null while unknown or refused. */
function useFilingOptions(open: boolean, grade: 2 | 3 | undefined, day: Dayjs | undefined) {
  const [options, setOptions] = useState<GradeFilingOptions | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const date = day?.isValid() ? day.format('YYYY-MM-DD') : undefined;
  useEffect(() => {
    if (!open || !grade || !date) return;
    let current = true;
    fetchGradeFilingOptions(grade, date).then(
      (o) => {
        if (!current) return;
        setOptions(o);
        setProblem(null);
      },
      (error: Error) => {
        if (!current) return;
        setOptions(null);
        setProblem(error.message);
      },
    );
    return () => {
      current = false;
    };
  }, [open, grade, date]);
  return { options, problem };
}

/** The quota, vacancy and clauses of the grade: what the candidate list is held to. */
function RouteFacts({ options }: { options: GradeFilingOptions }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      data-testid="grade-filing-route"
      items={[
        {
          key: 'quota',
          label: `${postGradeName(options.targetGrade)}岗位`,
          children: `核定 ${options.quota} 个，空余 ${options.vacancy} 个（参评人数不得超过空余数）`,
        },
        {
          key: 'from',
          label: '申报条件',
          children: `现聘${postGradeName(options.fromGrade)}岗位${options.requiredMonths ? `满${options.requiredMonths}个月` : ''}，具备正高级职称`,
        },
        {
          key: 'clauses',
          label: '依据',
          children: (
            <Flex gap={4} wrap>
              {options.citations.map((c) => (
                <CitationTag key={`${c.document}-${c.clause}`} citation={c} />
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}

interface Props {
  /** 'new', a filing to correct, or null (closed). */
  subject: GradeFiling | 'new' | null;
  onClose: () => void;
  onSaved: (filing: GradeFiling) => void;
}

/**
 * 评前沟通's content: the grade, the planned day of appointment, the standard in the unit's words,
 * and the candidates picked from the unit's staff at the grade below (with their grade, since when
 * and title); the grade's quota and vacancy are shown beside them. Saving keeps a draft; the drawer
 * sends it to the provincial bureau.
 */
export function GradeFilingForm({ subject, onClose, onSaved }: Props) {
  const editing = subject && subject !== 'new' ? subject : null;
  const { form, frame, submit, message } = useModalForm<Values>(subject, 'paths', (f) =>
    f.setFieldsValue(
      editing
        ? {
            targetGrade: editing.targetGrade as 2 | 3,
            plannedDate: dayjs(editing.plannedDate),
            standard: editing.standard,
            candidates: editing.candidates.map((c) => c.personId),
          }
        : { targetGrade: 2, plannedDate: dayjs().add(3, 'month').startOf('month'), candidates: [] },
    ),
  );
  const grade = Form.useWatch('targetGrade', form);
  const day = Form.useWatch('plannedDate', form);
  const picked = Form.useWatch('candidates', form) ?? [];
  const { options, problem } = useFilingOptions(frame.open, grade, day);

  const save = () =>
    submit(async (values) => {
      const draft = {
        targetGrade: values.targetGrade,
        plannedDate: values.plannedDate.format('YYYY-MM-DD'),
        standard: values.standard.trim(),
        candidates: values.candidates,
      };
      const saved = editing ? await updateGradeFiling(editing.id, draft) : await createGradeFiling(draft);
      message.success(
        saved.check && saved.check.problems.length > 0
          ? `已保存草稿，尚有${saved.check.problems.length}项不符合规定`
          : '已保存草稿，可报送评前沟通',
      );
      onSaved(saved);
    });

  return (
    <FormModal
      {...frame}
      title={editing ? '修改岗位评定备案' : '新建岗位评定备案'}
      okText="保存"
      width={760}
      onOk={save}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" name="grade-filing">
        <Flex gap={12} wrap>
          <Form.Item
            name="targetGrade"
            label="评定等级"
            rules={requiredChoice('评定等级')}
            style={{ flex: '1 1 260px' }}
          >
            <Select options={gradeOptions} />
          </Form.Item>
          <Form.Item
            name="plannedDate"
            label="拟聘用日期"
            rules={requiredChoice('拟聘用日期')}
            style={{ flex: '1 1 200px' }}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        {problem ? <Alert type="warning" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
        {options ? <RouteFacts options={options} /> : null}
        <Form.Item
          name="standard"
          label="评定标准条件"
          rules={[...requiredText('评定标准条件', 10), { max: 4000, message: '评定标准最多4000字' }]}
          style={{ marginTop: 12 }}
        >
          <Input.TextArea
            rows={4}
            maxLength={4000}
            showCount
            placeholder="按省人社厅核准的二级岗位评定标准填写本单位的具体条件"
          />
        </Form.Item>
        <Form.Item
          name="candidates"
          label={`参评人员（已选 ${picked.length} 人${options ? `，空余 ${options.vacancy} 个` : ''}）`}
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一名参评人员' }]}
          valuePropName="selectedRowKeys"
          trigger="onChange"
          getValueFromEvent={(keys: string[]) => keys}
        >
          <CandidatePicker staff={options?.staff ?? []} fromGrade={options?.fromGrade} />
        </Form.Item>
        {options && picked.length > options.vacancy ? (
          <Typography.Text type="danger" data-testid="grade-filing-over">
            参评人数超过空余岗位数，报送评前沟通时将被退回
          </Typography.Text>
        ) : null}
      </Form>
    </FormModal>
  );
}

/** The unit's staff at the grade below, each with since when and their title, to tick. */
function CandidatePicker(props: {
  staff: GradeFilingOptions['staff'];
  fromGrade: number | undefined;
  selectedRowKeys?: string[];
  onChange?: (keys: string[]) => void;
}) {
  return (
    <Table
      size="small"
      rowKey="personId"
      pagination={false}
      scroll={{ x: 440 }}
      dataSource={props.staff}
      data-testid="grade-filing-staff"
      locale={{
        emptyText: props.fromGrade
          ? `本单位没有现聘${postGradeName(props.fromGrade)}岗位的人员`
          : '请先选择等级和日期',
      }}
      rowSelection={{
        selectedRowKeys: props.selectedRowKeys ?? [],
        onChange: (keys) => props.onChange?.(keys as string[]),
      }}
      columns={[
        { title: '姓名', dataIndex: 'name' },
        {
          title: '现聘等级',
          key: 'grade',
          render: () => (props.fromGrade ? postGradeName(props.fromGrade) : ''),
        },
        { title: '聘用时间', dataIndex: 'since' },
        { title: '职称', dataIndex: 'titleLevelName', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}
